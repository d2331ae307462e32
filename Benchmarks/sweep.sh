#!/usr/bin/env bash
# Sweep throughput, release build: exhaustive fp32 -> T -> fp32 sweeps with every statistic, with 1
# and 2 threads, NF4/64 (and other block formats) on 2^26 pre-generated N(0,1) samples, and in the
# same run the references: the C/OpenMP program of Benchmarks/reference-c (bf16 and fp16, every
# statistic, gcc -O3 -march=native) and a numpy + ml_dtypes script for the exhaustive bf16 sweep
# (counts, sums and maxima only). Medians of RUNS runs; REFERENCE=0 skips both references.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
swift build -c release --product sweep-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)/sweep-bench
for t in bf16 fp16 e4m3fn e5m2 e2m1fn; do
  for threads in 1 2; do "$BIN" "$t" "$threads" "$RUNS" | head -1; done
done
"$BIN" bf16 2 1 | tail -1
for t in nf4:64 int4:64 mxfp4 nvfp4; do
  for threads in 1 2; do "$BIN" "$t" "$threads" "$RUNS" normal:67108864 | head -1; done
done
if [ "${REFERENCE:-1}" = 1 ]; then
if command -v gcc >/dev/null; then
  RUNS=$RUNS Benchmarks/reference-c/run.sh | grep -E "thread|^built"
else
  echo "(gcc not installed: no C reference)"
fi
python3 - <<'PY' 2>/dev/null || echo "(numpy + ml_dtypes not installed: pip install numpy ml_dtypes)"
import time, numpy as np, ml_dtypes as m
t0 = time.perf_counter()
n = nan = ovf = fin = 0; sabs = srel = ssq = ssig = 0.0; mabs = mrel = 0.0
step = 1 << 24
for start in range(0, 1 << 32, step):
    bits = np.arange(start, start + step, dtype=np.uint64).astype(np.uint32)
    x = bits.view(np.float32)
    y = x.astype(m.bfloat16).astype(np.float32)
    ok = np.isfinite(x) & np.isfinite(y)
    nan += int(np.isnan(x).sum()); ovf += int((np.isfinite(x) & np.isinf(y)).sum())
    xd = x[ok].astype(np.float64); yd = y[ok].astype(np.float64)
    e = np.abs(yd - xd); fin += e.size
    sabs += e.sum(); ssq += (e * e).sum(); ssig += (xd * xd).sum()
    nz = xd != 0
    r = e[nz] / np.abs(xd[nz]); srel += r.sum()
    mabs = max(mabs, e.max(initial=0)); mrel = max(mrel, r.max(initial=0))
t = time.perf_counter() - t0
print(f"numpy + ml_dtypes reference, exhaustive fp32 -> bf16 -> fp32 (counts, sums, maxima; no histogram or binades): {t:.1f} s; NaN {nan}, overflow {ovf}")
PY
fi
