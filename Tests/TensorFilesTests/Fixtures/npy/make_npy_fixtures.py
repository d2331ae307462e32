#!/usr/bin/env python3
"""Writes the .npy/.npz fixtures of TensorFilesTests (NPYFixtureTests) and expected.json, with each
array's values as float32 bit patterns (numpy's conversion to float32, nearest even; NaN canonical).

Run by hand (never by the tests): python3 make_npy_fixtures.py   (in this directory)
Needs: numpy (2.4), ml_dtypes.

The member 'big' of compressed.npz (163 840 uint8 values, deflated to more than one block, with
copies 30 000 bytes back so that the 32 KiB history wraps) is not listed value by value: its values
come from big_values(), which the Swift test repeats (NPYFixtureTests.bigValues).
"""
import io
import json
import struct
import zipfile
import zlib

import ml_dtypes
import numpy as np

rng = np.random.default_rng(20261203)
expected = {}


def f32_bits(values):
    a = np.asarray(values).astype(np.float32).reshape(-1)
    bits = a.view(np.uint32).copy()
    nan = np.isnan(a)
    bits[nan] = np.where((bits[nan] >> 31) == 1, 0xFFC00000, 0x7FC00000)
    return [int(b) for b in bits]


def record(file, name, array, bits=True):
    # C order, as floatscope reads them.
    entry = {"dtype": array.dtype.str, "shape": list(array.shape), "fortran": bool(array.flags.f_contiguous and not array.flags.c_contiguous)}
    if bits:
        with np.errstate(over="ignore", invalid="ignore"):
            entry["bits"] = f32_bits(np.ascontiguousarray(array))
    expected.setdefault(file, {})[name] = entry


def big_values():
    """163 840 bytes: 4-bit values of a 32-bit LCG, and every third 4096-byte run (after the first
    32 768 bytes) a copy of the bytes 30 000 earlier."""
    n = 163840
    v = bytearray(n)
    state = 12345
    for i in range(n):
        if i >= 32768 and (i // 4096) % 3 == 2:
            v[i] = v[i - 30000]
        else:
            state = (state * 1103515245 + 12345) & 0xFFFFFFFF
            v[i] = (state >> 16) & 0x0F
    return np.frombuffer(bytes(v), dtype=np.uint8)


specials32 = np.array([0.0, -0.0, 1.0, -2.5, np.inf, -np.inf, np.nan, 1e-45, -3e-39, 3.4028235e38, 0.1, -7.0], dtype=np.float32)
f4 = specials32.reshape(3, 4)
f8 = np.array([0.0, -0.0, np.inf, -np.nan, 1e300, 1e-320, 1 + 2.0**-24, 1 + 2.0**-24 + 2.0**-52, 2.0**-150, -123.456], dtype=np.float64).reshape(2, 5)
f2 = np.concatenate([np.arange(0, 65536, 4099, dtype=np.uint32), [0x7C00, 0xFC00, 0x7E00, 0x0001, 0x8001, 0x7BFF]]).astype(np.uint16).view(np.float16)
i1 = np.arange(-128, 128, 17, dtype=np.int8)
u2 = np.array([0, 1, 255, 256, 65535, 32768, 12345], dtype=np.uint16)
i4 = np.array([0, -1, 2**31 - 1, -2**31, 16777217, -16777219, 123], dtype=np.int32)
i8 = np.array([0, -1, 2**63 - 1, -2**63, 2**53 + 1, 16777217, -5], dtype=np.int64)
b1 = np.array([True, False, True, True, False], dtype=np.bool_)

npy = {
    "v1_f4.npy": (f4, (1, 0)),
    "v2_be_f4.npy": (f4.astype(">f4"), (2, 0)),
    "v3_f2.npy": (f2.reshape(2, 11), (3, 0)),
    "be_f8.npy": (f8.astype(">f8"), None),
    "i1.npy": (i1, None),
    "u2.npy": (u2, None),
    "le_i4.npy": (i4, None),
    "be_i8.npy": (i8.astype(">i8"), None),
    "bool.npy": (b1, None),
    "fortran_2d.npy": (np.asfortranarray(rng.standard_normal((3, 5)).astype(np.float32)), None),
    "fortran_3d.npy": (np.asfortranarray(np.arange(24, dtype=">i4").reshape(2, 3, 4) * 1000 - 7000), None),
    "scalar.npy": (np.array(-0.1, dtype=np.float64), None),
    "empty.npy": (np.zeros((0, 3), dtype=np.float32), None),
    "bf16.npy": (np.array([1.0, 2.0, -3.0], dtype=ml_dtypes.bfloat16), None),
}
for name, (array, version) in npy.items():
    with open(name, "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=False)
    record(name, name[:-4], array, bits=array.dtype.kind != "V")

members = {
    "a": f4,
    "b": i1,
    "c": np.asfortranarray(np.arange(12, dtype=np.uint16).reshape(3, 4) * 5000),
    "d": np.zeros((2, 0), dtype=np.float64),
    "e": np.array(3.5, dtype=np.float32),
    "be": specials32.astype(">f4"),
}
np.savez("stored.npz", **members)
for k, a in members.items():
    record("stored.npz", k, a)
compressed = dict(members)
compressed["f8_fortran"] = np.asfortranarray(rng.standard_normal((4, 3, 5)))
compressed["big"] = big_values()
compressed["layers/0.weight"] = rng.standard_normal(50).astype(np.float16)
np.savez_compressed("compressed.npz", **compressed)
for k, a in compressed.items():
    record("compressed.npz", k, a, bits=k != "big")

# ZIP64 as Python's zipfile writes it when told to (a ZIP64 extra field in the local headers).
with zipfile.ZipFile("zip64_forced.npz", "w", allowZip64=True) as zf:
    for k, a, method in [("s", f4, zipfile.ZIP_STORED), ("z", i4, zipfile.ZIP_DEFLATED)]:
        info = zipfile.ZipInfo(k + ".npy")
        info.compress_type = method
        with zf.open(info, "w", force_zip64=True) as f:
            np.lib.format.write_array(f, a)
        record("zip64_forced.npz", k, a)


def zip64_records(path, arrays):
    """A zip whose central directory entries keep sizes and offsets in ZIP64 extra fields, with a
    ZIP64 end record and locator (what an archive above 4 GiB has), written by hand."""
    out = bytearray()
    central = bytearray()
    for index, (name, array) in enumerate(arrays.items()):
        buf = io.BytesIO()
        np.lib.format.write_array(buf, array)
        data = buf.getvalue()
        method = 8 if index % 2 else 0
        if method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = c.compress(data) + c.flush()
        else:
            comp = data
        crc = zlib.crc32(data)
        nb = (name + ".npy").encode()
        flags = 0 if nb.isascii() else 0x800   # bit 11: the name is UTF-8
        offset = len(out)
        extra = struct.pack("<HHQQ", 1, 16, len(data), len(comp))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, flags, method, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(nb), len(extra)) + nb + extra + comp
        cextra = struct.pack("<HHQQQ", 1, 24, len(data), len(comp), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, flags, method, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                               len(nb), len(cextra), 0, 0, 0, 0, 0xFFFFFFFF) + nb + cextra
    directory = len(out)
    out += central
    record64 = len(out)
    n = len(arrays)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, len(central), directory)
    out += struct.pack("<IIQI", 0x07064B50, 0, record64, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    with open(path, "wb") as f:
        f.write(out)


z64 = {"x": f8, "y": u2, "ü": b1}
zip64_records("zip64_records.npz", z64)
for k, a in z64.items():
    record("zip64_records.npz", k, a)

# Every archive reads back with numpy and zipfile (CRCs included).
for path in ["stored.npz", "compressed.npz", "zip64_forced.npz", "zip64_records.npz"]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None, path
    with np.load(path) as z:
        for k in z.files:
            src = {"stored.npz": members, "compressed.npz": compressed, "zip64_forced.npz": {"s": f4, "z": i4}, "zip64_records.npz": z64}[path][k]
            assert np.array_equal(z[k], src, equal_nan=True), (path, k)
with zipfile.ZipFile("compressed.npz") as zf:
    info = zf.getinfo("big.npy")
    assert info.compress_size > 65536 or info.file_size > 65536
    print("big.npy:", info.file_size, "bytes,", info.compress_size, "compressed")

with open("expected.json", "w") as f:
    json.dump(expected, f, indent=0, sort_keys=True)
