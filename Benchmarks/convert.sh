#!/usr/bin/env bash
# Throughput of `floatscope convert` through a pipe: 1 GiB of float32 input to bf16, fp16, e4m3fn.
# Input: random bit patterns (every exponent, NaNs, infinities, subnormals: the edge cases are the
# point) and normally distributed values. Prints the median of N runs per target, and numpy +
# ml_dtypes `astype` on the same data for comparison when they are installed
# (pip install numpy ml_dtypes).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DATA=${DATA:-/tmp/floatscope-bench}
mkdir -p "$DATA"
swift build -c release --product floatscope >/dev/null
BIN=$(swift build -c release --show-bin-path)/floatscope
[ -f "$DATA/random.f32" ] || head -c $((1 << 30)) /dev/urandom > "$DATA/random.f32"
if [ ! -f "$DATA/normal.f32" ]; then
  python3 -c "import numpy as np; np.random.default_rng(1).standard_normal(1 << 28, dtype=np.float32).tofile('$DATA/normal.f32')" 2>/dev/null \
    || cp "$DATA/random.f32" "$DATA/normal.f32"
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for input in random normal; do
  for target in bf16 fp16 e4m3fn; do
    times=$(for _ in $(seq "$RUNS"); do
      /usr/bin/time -f "%e %M" sh -c "cat '$DATA/$input.f32' | '$BIN' convert --from fp32 --to $target > /dev/null" 2>&1 | tail -1
    done)
    t=$(echo "$times" | awk '{print $1}' | median); mem=$(echo "$times" | awk '{print $2}' | sort -n | tail -1)
    awk -v t="$t" -v m="$mem" -v i="$input" -v g="$target" 'BEGIN { printf "floatscope %-6s -> %-6s  median %.3f s  %.2f GB/s  %.2f ns/value  peak RSS %.1f MB\n", i, g, t, 1.073741824/t, t/268435456*1e9, m/1024 }'
  done
done
python3 - "$DATA" "$RUNS" <<'PY' 2>/dev/null || echo "(numpy + ml_dtypes not installed: no reference figures)"
import sys, time, numpy as np, ml_dtypes as m
data, runs = sys.argv[1], int(sys.argv[2])
for name in ["random", "normal"]:
    a = np.fromfile(f"{data}/{name}.f32", dtype=np.float32)[: 1 << 26]
    for t, dt in [("bf16", m.bfloat16), ("fp16", np.float16), ("e4m3fn", m.float8_e4m3fn)]:
        ts = []
        for _ in range(runs):
            t0 = time.perf_counter(); a.astype(dt); ts.append(time.perf_counter() - t0)
        ts.sort(); med = ts[len(ts) // 2]
        print(f"numpy+ml_dtypes {name:6} -> {t:6}  astype only, {med / len(a) * 1e9:.2f} ns/value")
PY
