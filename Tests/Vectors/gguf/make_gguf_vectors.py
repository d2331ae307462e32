#!/usr/bin/env python3
"""make_gguf_vectors.py -- the larger GGUF vector sets under Tests/Vectors/gguf (not run by tests or CI).

Made with llama.cpp's own quantisers: ../shared/tools/ggml-reference (bash build.sh first; needs
numpy). Every set is rows of 256 float32; the blocks are what llama-quantize writes without an
importance matrix (ggq.quantize_llama), the dequantised floats what ggml's dequantiser gives
(ggq.dequantize). To keep the files small the dequantised floats are stored as one FNV-1a 64 hash
per row (over the row's float32 bytes, little-endian), one little-endian uint64 per row.

    python3 make_gguf_vectors.py [path/to/ggml-reference]

Sets (SET.input.f32, SET.TYPE.bin, SET.TYPE.fnv64):
  large   -- 512 rows: every 32-value block drawn from one of many generators (weight-like
             normal*0.02, heavy tails, outliers, ties on power-of-two grids, tiny / huge /
             subnormal scales, constant, zero, one-signed, near-powers-of-two maxima, the 1e-15
             all-zero threshold of the K-quants), so that super-blocks mix sub-block kinds.
  special -- 64 rows of the same kinds with NaN, +inf and -inf put in (ggml's behaviour with
             them is that of a stock x86-64 build: its float-to-int conversions of NaN / out of
             range values are undefined in C and give INT32_MIN there).
  random  -- decode only (no input): 64 rows of random block bytes per type (SET.TYPE.bin), the
             fnv64 hashes taken with every NaN made 0x7FC00000 (which of two NaN operands x86
             returns depends on the compiler's operand order, not on ggml).
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared/tools/ggml-reference")
sys.path.insert(0, REF)
import ggq  # noqa: E402

TYPES = ["Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K", "IQ4_NL", "MXFP4"]


def fnv64_rows(values, canonical_nan=False):
    """FNV-1a 64 of each row's float32 bytes (rows of 256)."""
    bits = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32).reshape(-1, 256).copy()
    if canonical_nan:
        nan = np.isnan(bits.view(np.float32))
        bits[nan] = 0x7FC00000
    raw = bits.astype("<u4").view(np.uint8).reshape(bits.shape[0], -1)
    out = np.zeros(raw.shape[0], dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    h = np.full(raw.shape[0], 0xCBF29CE484222325, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(raw.shape[1]):           # all rows at once, byte by byte
            h ^= raw[:, i].astype(np.uint64)
            h *= prime
    out[:] = h
    return out.astype("<u8")


def block(rng, kind):
    """32 float32 values of one kind."""
    n = 32
    g = rng.standard_normal(n)
    if kind == "normal":
        return g * 0.02
    if kind == "normal_scaled":
        return g * 10.0 ** rng.uniform(-4, 3)
    if kind == "student_t":
        return rng.standard_t(2.5, n) * 0.02
    if kind == "laplace":
        return rng.laplace(0, 0.05, n)
    if kind == "outlier":
        x = g * 0.01
        x[rng.integers(n)] = rng.choice([-1, 1]) * rng.uniform(0.5, 20)
        return x
    if kind == "lone_outlier":
        x = np.zeros(n)
        x[rng.integers(n)] = rng.choice([-1, 1]) * 10.0 ** rng.uniform(-3, 3)
        return x
    if kind == "grid_ties":           # half-integers and integers times a power of two
        k = rng.integers(-12, 8)
        return (rng.integers(-16, 17, n) + 0.5 * rng.integers(0, 2, n)) * 2.0 ** k
    if kind == "grid_small":
        k = rng.integers(-8, 4)
        return rng.integers(-8, 9, n) * 2.0 ** k
    if kind == "uniform_grid":        # multiples of 1/15, 1/31, 1/127 of a power of two
        k = rng.integers(-6, 6)
        den = rng.choice([7, 15, 31, 63, 127])
        return rng.integers(-den, den + 1, n) / den * 2.0 ** k
    if kind == "tiny":
        return g * 10.0 ** rng.uniform(-38, -8)
    if kind == "subnormal":
        return g * 10.0 ** rng.uniform(-45, -39)
    if kind == "eps_edge":            # around ggml's 1e-15 all-zero threshold
        return g * rng.choice([3e-16, 8e-16, 1e-15, 1.2e-15, 3e-15])
    if kind == "huge":
        return g * 10.0 ** rng.uniform(4, 37)
    if kind == "fp16_edge":           # scales near fp16's overflow / subnormal ranges
        return g * rng.choice([65504.0 * 8, 65504.0 * 127, 1e6, 6e-8 * 8, 6e-5, 1e-7])
    if kind == "constant":
        return np.full(n, rng.choice([-1, 1]) * 10.0 ** rng.uniform(-6, 4))
    if kind == "zero":
        return np.zeros(n) * rng.choice([1.0, -1.0])
    if kind == "positive":
        return np.abs(g) * 10.0 ** rng.uniform(-3, 1)
    if kind == "negative":
        return -np.abs(g) * 10.0 ** rng.uniform(-3, 1)
    if kind == "offset":
        return g * 0.01 + rng.uniform(-2, 2)
    if kind == "sparse":
        x = g * 0.05
        x[rng.random(n) < 0.8] = 0
        return x
    if kind == "near_pow2":           # largest |x| just below or at a power of two (MXFP4's log2f)
        x = g * 0.1
        e = int(rng.integers(-30, 30))
        top = np.float32(2.0 ** e)
        steps = int(rng.integers(0, 6))
        m = top
        for _ in range(steps):
            m = np.nextafter(m, np.float32(0))
        x = x * (float(m) / np.max(np.abs(x)) * 0.5)
        x[rng.integers(n)] = float(m) * rng.choice([-1, 1])
        return x
    raise KeyError(kind)


KINDS = ["normal", "normal", "normal", "normal_scaled", "student_t", "laplace", "outlier", "lone_outlier",
         "grid_ties", "grid_small", "uniform_grid", "tiny", "subnormal", "eps_edge", "huge", "fp16_edge",
         "constant", "zero", "positive", "negative", "offset", "sparse", "near_pow2", "near_pow2"]


def make_rows(rng, rows, specials=False):
    x = np.zeros((rows, 256), dtype=np.float32)
    for r in range(rows):
        uniform_row = rng.random() < 0.25            # a quarter of the rows: one kind throughout
        row_kind = rng.choice(KINDS)
        for b in range(8):
            kind = row_kind if uniform_row else rng.choice(KINDS)
            with np.errstate(over="ignore"):
                x[r, 32 * b:32 * b + 32] = block(rng, kind).astype(np.float32)
        if specials:
            count = int(rng.integers(1, 4))
            for _ in range(count):
                x[r, rng.integers(256)] = rng.choice([np.nan, np.inf, -np.inf])
    return x


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bytes(data))


def encoded_set(set_name, x):
    write(f"{set_name}.input.f32", x.astype("<f4").tobytes())
    for t in TYPES:
        b = ggq.quantize_llama(t, x)
        y = ggq.dequantize(t, b)
        write(f"{set_name}.{t.lower()}.bin", b)
        write(f"{set_name}.{t.lower()}.fnv64", fnv64_rows(y).tobytes())


def random_set(rng, rows=64):
    for t in TYPES:
        blck, size = ggq.block_info(t)
        b = rng.integers(0, 256, rows * 256 // blck * size, dtype=np.uint8)
        y = ggq.dequantize(t, b)
        write(f"random.{t.lower()}.bin", b.tobytes())
        write(f"random.{t.lower()}.fnv64", fnv64_rows(y, canonical_nan=True).tobytes())


def main():
    rng = np.random.default_rng(20261202)
    encoded_set("large", make_rows(rng, 512))
    encoded_set("special", make_rows(rng, 64, specials=True))
    random_set(rng)


if __name__ == "__main__":
    main()
