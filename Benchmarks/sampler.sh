#!/usr/bin/env bash
# The sample stream alone and end to end, release build, in one run:
#   1. `sweep-bench sampler T RUNS N`: N standard normals drawn by Distribution.fill in chunks of
#      65,536 into a buffer per thread (as the sweep engine draws them), 1 and 2 threads;
#   2. numpy's Generator.standard_normal(dtype=float32) (PCG64, ziggurat, one thread), the same N,
#      into one array and in chunks of 65,536 into one buffer (`out=`);
#   3. `floatscope sweep --to nf4:64 --dist normal --samples S --threads 2` wall time (E2E=0 skips).
# Medians of RUNS. N defaults to 2^28, S to 1G.
#   RUNS=5 N=268435456 S=1G Benchmarks/sampler.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
N=${N:-268435456}
S=${S:-1G}
swift build -c release --product sweep-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)
for t in 1 2; do "$BIN/sweep-bench" sampler "$t" "$RUNS" "$N"; done
python3 - "$RUNS" "$N" <<'PY' || echo "(numpy not installed)"
import sys, time, numpy as np
runs, n = int(sys.argv[1]), int(sys.argv[2])
def median(f):
    t = []
    for _ in range(runs):
        t0 = time.perf_counter(); f(); t.append(time.perf_counter() - t0)
    t.sort(); return t[len(t) // 2], t
rng = np.random.default_rng(1)
m, t = median(lambda: rng.standard_normal(n, dtype=np.float32))
print(f"numpy {np.__version__} standard_normal({n}, float32), one array, 1 thread: median {m:.3f} s ({n / m / 1e6:.0f} M values/s) of {[round(x, 3) for x in t]}")
buf = np.empty(65536, dtype=np.float32)
def chunks():
    for _ in range(n // 65536): rng.standard_normal(out=buf, dtype=np.float32)
m, t = median(chunks)
print(f"numpy standard_normal in chunks of 65,536 (out=), 1 thread: median {m:.3f} s ({n / m / 1e6:.0f} M values/s) of {[round(x, 3) for x in t]}")
PY
if [ "${E2E:-1}" = 1 ]; then
  swift build -c release --product floatscope >/dev/null
  times=()
  for _ in $(seq "$RUNS"); do
    s=$(date +%s.%N)
    "$BIN/floatscope" sweep --to nf4:64 --dist normal --samples "$S" --threads 2 >/dev/null
    e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc)")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "floatscope sweep --to nf4:64 --dist normal --samples $S --threads 2: median $med s wall of $sorted"
fi
