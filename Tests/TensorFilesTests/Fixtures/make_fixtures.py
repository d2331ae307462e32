#!/usr/bin/env python3
"""Writes the TensorFilesTests fixtures: small safetensors and GGUF files covering every dtype and
type floatscope reads, and expected.json with each tensor's values as float32 bit patterns.

Run by hand (never by the tests): python3 make_fixtures.py   (in this directory)
Needs: numpy, ml_dtypes, safetensors 0.8, gguf 0.19.0.

Expected values come from numpy / ml_dtypes conversions to float32 (nearest even) and from gguf-py's
dequantize for the GGUF block types. Every NaN is written as float32's quiet NaN with its sign
(0x7fc00000 / 0xffc00000): floatscope does not keep NaN payloads (fp32 data excepted, passed through).
"""
import json
import os
import struct

import ml_dtypes
import numpy as np
import safetensors
import gguf
from gguf import GGMLQuantizationType as Q
from gguf import GGUFValueType as V

rng = np.random.default_rng(20261203)
expected = {}


def f32_bits(values):
    """float32 bit patterns of a float32 array, NaNs canonical."""
    a = np.asarray(values, dtype=np.float32).reshape(-1)
    bits = a.view(np.uint32).copy()
    nan = np.isnan(a)
    bits[nan] = np.where((bits[nan] >> 31) == 1, 0xFFC00000, 0x7FC00000)
    return [int(b) for b in bits]


def record(file, name, dtype, shape, bits):
    expected.setdefault(file, {})[name] = {"dtype": dtype, "shape": list(shape), "bits": bits}


# ---------------------------------------------------------------- safetensors: every dtype
def all_codes(dtype, shape=(16, 16)):
    return np.arange(256, dtype=np.uint8).view(dtype).reshape(shape)


tensors = {}   # name -> (safetensors dtype, constructor dtype name, logical shape, bytes, expected bits)


def add(name, st_dtype, ctor, array, bits, shape=None):
    array = np.ascontiguousarray(array)
    tensors[name] = (st_dtype, ctor, list(shape if shape is not None else array.shape), array.tobytes(), bits)


# Floats: specials, subnormals, rounding cases, random.
f64 = np.concatenate([
    np.array([0.0, -0.0, 1.0, -2.5, np.inf, -np.inf, np.nan, -np.nan, 1e-40, -1e-45, 1e-46, 3.4028235e38, 3.5e38, 1e300,
              1 + 2.0**-24, 1 + 2.0**-24 + 2.0**-52, 1 + 3 * 2.0**-24, 2.0**-149, 2.0**-150, 2.0**-150 * 1.5]),
    rng.standard_normal(44) * 10.0 ** rng.integers(-8, 8, 44)])
with np.errstate(over="ignore"):   # 3.5e38 and 1e300 overflow to inf, as intended
    add("f64", "F64", "float64", f64.reshape(8, 8), f32_bits(f64.astype(np.float32)))

f32 = np.concatenate([np.array([0.0, -0.0, np.inf, -np.inf, 1e-45, -3e-39], dtype=np.float32),
                      rng.standard_normal(58).astype(np.float32)])
f32_raw = f32.view(np.uint32).copy()
f32_raw = np.concatenate([f32_raw, np.array([0x7FC00001, 0xFF800001], dtype=np.uint32)])  # NaNs with payloads
add("f32", "F32", "float32", f32_raw.view(np.float32).reshape(2, 33), [int(b) for b in f32_raw])  # passed through

f16_codes = np.concatenate([np.arange(0, 65536, 97, dtype=np.uint32), np.array([0x7C00, 0xFC00, 0x7E00, 0xFE01, 0x0001, 0x8001, 0x7BFF])]).astype(np.uint16)
add("f16", "F16", "float16", f16_codes.view(np.float16), f32_bits(f16_codes.view(np.float16).astype(np.float32)))

bf16_codes = np.concatenate([np.arange(0, 65536, 101, dtype=np.uint32), np.array([0x7F80, 0xFF80, 0x7FC0, 0xFFC1, 0x0001, 0x8001, 0x7F7F])]).astype(np.uint16)
bf16 = bf16_codes.view(ml_dtypes.bfloat16)
add("bf16", "BF16", "bfloat16", bf16, f32_bits(bf16.astype(np.float32)))

for st, ctor, dt in [("F8_E4M3", "float8_e4m3fn", ml_dtypes.float8_e4m3fn),
                     ("F8_E5M2", "float8_e5m2", ml_dtypes.float8_e5m2),
                     ("F8_E8M0", "float8_e8m0fnu", ml_dtypes.float8_e8m0fnu),
                     ("F8_E4M3FNUZ", "float8_e4m3fnuz", ml_dtypes.float8_e4m3fnuz),
                     ("F8_E5M2FNUZ", "float8_e5m2fnuz", ml_dtypes.float8_e5m2fnuz)]:
    a = all_codes(dt)
    add(st.lower(), st, ctor, a, f32_bits(a.astype(np.float32)))

# F4: all 16 codes as 8 bytes, element 2k in the low nibble (PyTorch float4_e2m1fn_x2).
f4_codes = np.array([3, 14, 0, 7, 9, 15, 1, 8, 12, 2, 11, 4, 6, 13, 10, 5], dtype=np.uint8)
f4_bytes = (f4_codes[0::2] | (f4_codes[1::2] << 4)).astype(np.uint8)
f4_values = np.frombuffer(f4_codes.tobytes(), dtype=ml_dtypes.float4_e2m1fn).astype(np.float32)
tensors["f4"] = ("F4", "float4_e2m1fn_x2", [2, 8], f4_bytes.tobytes(), f32_bits(f4_values))

ints = {
    "i8": ("I8", "int8", np.arange(-128, 128, dtype=np.int8).reshape(16, 16)),
    "u8": ("U8", "uint8", np.arange(0, 256, dtype=np.uint8).reshape(16, 16)),
    "i16": ("I16", "int16", np.array([-32768, -1, 0, 1, 32767, 12345, -23456, 255], dtype=np.int16)),
    "u16": ("U16", "uint16", np.array([0, 1, 65535, 32768, 4097, 99, 60000, 7], dtype=np.uint16)),
    "i32": ("I32", "int32", np.array([-2**31, 2**31 - 1, 0, -1, 2**24 + 1, 2**24 + 3, -(2**25 + 3), 123456789], dtype=np.int32)),
    "u32": ("U32", "uint32", np.array([0, 2**32 - 1, 2**24 + 1, 2**24 + 2, 2**31 + 129, 7, 16777217, 4000000001], dtype=np.uint32)),
    "i64": ("I64", "int64", np.array([-2**63, 2**63 - 1, 0, -1, 2**24 + 1, 2**53 + 1, -(2**40 + 2**16 + 1), 2**62 + 2**38], dtype=np.int64)),
    "u64": ("U64", "uint64", np.array([0, 2**64 - 1, 2**24 + 1, 2**63, 2**63 + 2**39, 5, 2**40 + 2**16, 2**33 + 1], dtype=np.uint64)),
}
for name, (st, ctor, a) in ints.items():
    add(name, st, ctor, a, f32_bits(a.astype(np.float32)))
b = np.array([True, False, False, True, True, False], dtype=bool)
add("bool", "BOOL", "bool", b.reshape(2, 3), f32_bits(b.astype(np.float32)))
scalar = np.array(np.float32(-0.75))
add("scalar_f32", "F32", "float32", scalar, f32_bits(scalar), shape=[])
add("empty_bf16", "BF16", "bfloat16", np.zeros((0, 4), dtype=ml_dtypes.bfloat16), [], shape=[0, 4])


def write_safetensors(path, names, metadata):
    keep = []
    specs = {}
    for name in names:
        st, ctor, shape, data, _ = tensors[name]
        buf = np.frombuffer(data, dtype=np.uint8).copy() if data else np.zeros(1, dtype=np.uint8)
        keep.append(buf)
        storage_shape = list(shape)
        if st == "F4":
            storage_shape[-1] //= 2   # TensorSpec doubles the last dim of float4_e2m1fn_x2
        specs[name] = safetensors.TensorSpec(dtype=ctor, shape=storage_shape, data_ptr=buf.ctypes.data, data_len=len(data))
    safetensors.serialize_file(specs, path, metadata=metadata)
    os.chmod(path, 0o644)
    for name in names:
        st, _, shape, _, bits = tensors[name]
        record(path, name, st, shape, bits)


all_names = list(tensors)
write_safetensors("all_dtypes.safetensors", all_names, {"format": "pt", "note": "floatscope fixture: every dtype"})

# Sharded: two shards and their index (shard 2 in a subdirectory).
os.makedirs("sharded/part", exist_ok=True)
write_safetensors("sharded/model-00001-of-00002.safetensors", ["f16", "i8"], {"format": "pt"})
write_safetensors("sharded/part/model-00002-of-00002.safetensors", ["bf16", "f8_e4m3"], {"format": "pt"})
index = {"metadata": {"total_size": sum(len(tensors[n][3]) for n in ["f16", "i8", "bf16", "f8_e4m3"])},
         "weight_map": {"bf16": "part/model-00002-of-00002.safetensors", "f16": "model-00001-of-00002.safetensors",
                        "f8_e4m3": "part/model-00002-of-00002.safetensors", "i8": "model-00001-of-00002.safetensors"}}
with open("sharded/model.safetensors.index.json", "w") as f:
    json.dump(index, f, indent=2)


# Hand-written safetensors (no writer makes these): F6 (not decoded), C64, an unknown dtype, gaps.
def write_raw_safetensors(path, entries, metadata=None):
    header = {}
    if metadata:
        header["__metadata__"] = metadata
    data = b""
    for name, dtype, shape, payload in entries:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(payload)]}
        data += payload
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + data)


write_raw_safetensors("other_dtypes.safetensors", [
    ("f6_e2m3", "F6_E2M3", [2, 4], bytes(range(6))),
    ("f6_e3m2", "F6_E3M2", [4], bytes([1, 2, 3])),
    ("c64", "C64", [2], np.array([1 + 2j, -3j], dtype=np.complex64).tobytes()),
    ("future", "F3_FUTURE", [8], bytes(3)),
    ("u8_after", "U8", [3], bytes([7, 8, 9])),
])
record("other_dtypes.safetensors", "u8_after", "U8", [3], f32_bits(np.array([7, 8, 9], dtype=np.float32)))


# ---------------------------------------------------------------- GGUF
def gguf_file(path, alignment=None):
    w = gguf.GGUFWriter(path, "llama")
    if alignment:
        w.add_custom_alignment(alignment)
    return w


w = gguf_file("all_types.gguf")
w.add_uint8("test.u8", 200)
w.add_int8("test.i8", -100)
w.add_uint16("test.u16", 65000)
w.add_int16("test.i16", -32000)
w.add_uint32("llama.block_count", 2)
w.add_int32("test.i32", -2_000_000_000)
w.add_float32("test.f32", 0.1)
w.add_bool("test.bool", True)
w.add_string("general.name", "floatscope fixture ✓")
w.add_array("test.nested", [[1, 2], [3, 4, 5]])
w.add_uint64("llama.context_length", 4096)
w.add_int64("test.i64", -(2**62))
w.add_float64("test.f64", -1.25e-300)
w.add_array("tokenizer.ggml.tokens", [f"tok{i}" for i in range(100)])
w.add_array("test.floats", [0.5, 1.5, -2.0])
w.add_uint32("general.quantization_version", 2)

gguf_expect = {}


def gguf_add(name, array, qtype, expected_values, raw=None, shape=None):
    if raw is not None:
        w.add_tensor(name, raw, raw_dtype=qtype)
    elif qtype in (Q.F32, Q.F16, Q.F64, Q.I8, Q.I16, Q.I32, Q.I64):
        w.add_tensor(name, array)
    else:
        w.add_tensor(name, gguf.quants.quantize(array, qtype), raw_dtype=qtype)
    gguf_expect[name] = (qtype.name, list(shape if shape is not None else array.shape), expected_values)


x = (rng.standard_normal((4, 256)) * np.array([[1e-3], [1.0], [30.0], [0.02]])).astype(np.float32)
x[1, 5] = 0.0
gguf_add("f32", x[:2, :64].copy(), Q.F32, f32_bits(x[:2, :64]))
gguf_add("f16", x[:2, :64].astype(np.float16), Q.F16, f32_bits(x[:2, :64].astype(np.float16).astype(np.float32)))
bf = gguf.quants.quantize(x[:2, :64], Q.BF16)
gguf_add("bf16", None, Q.BF16, f32_bits(gguf.quants.dequantize(bf, Q.BF16)), raw=bf, shape=[2, 64])
gguf_add("f64", x[:1, :32].astype(np.float64) * 1e-30, Q.F64, f32_bits((x[:1, :32].astype(np.float64) * 1e-30).astype(np.float32)))
gguf_add("i8", np.arange(-64, 64, dtype=np.int8).reshape(4, 32), Q.I8, f32_bits(np.arange(-64, 64).astype(np.float32)))
gguf_add("i16", np.array([[-32768, 32767, 5, -5]], dtype=np.int16), Q.I16, f32_bits(np.array([-32768, 32767, 5, -5], dtype=np.float32)))
i32 = np.array([[2**31 - 1, -2**31, 2**24 + 1, -7]], dtype=np.int32)
gguf_add("i32", i32, Q.I32, f32_bits(i32.astype(np.float32)))
i64 = np.array([2**63 - 1, -2**63, 2**53 + 1, -7, 2**24 + 1, 0], dtype=np.int64).reshape(2, 3)
gguf_add("i64", i64, Q.I64, f32_bits(i64.astype(np.float32)))
for qt in [Q.Q4_0, Q.Q4_1, Q.Q5_0, Q.Q5_1, Q.Q8_0, Q.MXFP4]:
    q = gguf.quants.quantize(x, qt)
    gguf_add(qt.name.lower(), None, qt, f32_bits(gguf.quants.dequantize(q, qt)), raw=q, shape=[4, 256])


def random_blocks(qt, rows, fp16_fields):
    """Random blocks of a type gguf-py cannot quantise, with finite moderate fp16 scale fields."""
    block, size = gguf.GGML_QUANT_SIZES[qt]
    n = rows * 256 // block
    raw = rng.integers(0, 256, (n, size), dtype=np.uint8)
    for off in fp16_fields:
        scales = (rng.uniform(0.001, 0.1, n) * rng.choice([-1, 1], n)).astype(np.float16)
        raw[:, off:off + 2] = scales.view(np.uint8).reshape(n, 2)
    return raw.reshape(rows, -1)


for qt, fields in [(Q.Q2_K, [80, 82]), (Q.Q3_K, [108]), (Q.Q4_K, [0, 2]), (Q.Q5_K, [0, 2]), (Q.Q6_K, [208]), (Q.IQ4_NL, [0])]:
    raw = random_blocks(qt, 2, fields if qt != Q.IQ4_NL else [])
    if qt == Q.IQ4_NL:   # blocks of 32: 16 per row of 256, d at each block's start
        raw = raw.reshape(-1, 18)
        raw[:, 0:2] = (rng.uniform(0.001, 0.1, len(raw)).astype(np.float16)).view(np.uint8).reshape(-1, 2)
        raw = raw.reshape(2, -1)
    gguf_add(qt.name.lower(), None, qt, f32_bits(gguf.quants.dequantize(raw, qt)), raw=raw, shape=[2, 256])

# A type floatscope cannot decode: its place and size are still checked.
iq2 = rng.integers(0, 256, (1, 66), dtype=np.uint8)
gguf_add("iq2_xxs", None, Q.IQ2_XXS, None, raw=iq2, shape=[1, 256])
gguf_add("after_unsupported", np.array([[1.5, -2.5, 3.5, 0.0]], dtype=np.float32), Q.F32, f32_bits([1.5, -2.5, 3.5, 0.0]))

w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
for name, (qt, shape, bits) in gguf_expect.items():
    if bits is not None:
        record("all_types.gguf", name, qt, shape, bits)
    else:
        expected.setdefault("all_types.gguf", {})[name] = {"dtype": qt, "shape": shape, "unsupported": True}

# Alignment 64 and version 2 (same layout as 3 for little-endian files).
w = gguf_file("aligned64_v2.gguf", alignment=64)
a = np.arange(40, dtype=np.float32).reshape(5, 8) / 8
w.add_tensor("a", a)
q = gguf.quants.quantize(x[:1], Q.Q8_0)
w.add_tensor("q", q, raw_dtype=Q.Q8_0)
w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
with open("aligned64_v2.gguf", "r+b") as f:
    f.seek(4)
    f.write(struct.pack("<I", 2))
record("aligned64_v2.gguf", "a", "F32", [5, 8], f32_bits(a))
record("aligned64_v2.gguf", "q", "Q8_0", [1, 256], f32_bits(gguf.quants.dequantize(q, Q.Q8_0)))

with open("expected.json", "w") as f:
    json.dump(expected, f, separators=(",", ":"), sort_keys=True)
print("wrote", sum(len(v) for v in expected.values()), "tensors")
