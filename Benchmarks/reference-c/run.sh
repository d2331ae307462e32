#!/usr/bin/env bash
# Builds sweep_ref.c (gcc -O3 -march=native, OpenMP; AVX-512 or AVX2) and times the exhaustive
# fp32 -> T -> fp32 sweep for bf16 and fp16 with 1 and 2 OpenMP threads: median of RUNS wall times
# (omp_get_wtime, as printed by the program), then the figures of one run per target. Every run of a
# target must print the same figures (they do not depend on the thread count); the script fails if not.
#
#   Benchmarks/reference-c/run.sh                  # RUNS=3, TARGETS="bf16 fp16", THREADS="1 2"
#   RUNS=5 THREADS=2 Benchmarks/reference-c/run.sh
#   VERIFY=1 Benchmarks/reference-c/run.sh         # first check the round trips (F16C, AVX512-BF16 where the CPU has it, reference)
#   EXTRA_CFLAGS=-DREL_F32 Benchmarks/reference-c/run.sh   # relative error as a float32 quotient
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
TARGETS=${TARGETS:-"bf16 fp16"}
THREADS=${THREADS:-"1 2"}
CC=${CC:-gcc}

# -mprefer-vector-width=512: with -march=native gcc otherwise keeps to 256-bit vectors on most
# AVX-512 CPUs; with it the hot loops use zmm registers (checked below).
# shellcheck disable=SC2086
"$CC" -O3 -march=native -mprefer-vector-width=512 -fopenmp ${EXTRA_CFLAGS:-} sweep_ref.c -o sweep_ref -lm
echo "built with $("$CC" --version | head -1): -O3 -march=native -mprefer-vector-width=512 -fopenmp ${EXTRA_CFLAGS:-}"
if command -v objdump >/dev/null; then
  for f in run_range_bf16 run_range_fp16; do
    n=$(objdump -d --no-show-raw-insn sweep_ref | awk -v f="<$f>:" '$2 == f { p = 1; next } />:$/ { p = 0 } p && /zmm/' | wc -l)
    echo "  $f: $n instructions on zmm registers"
  done
fi

if [ "${VERIFY:-0}" = 1 ]; then
  for t in $TARGETS; do ./sweep_ref "$t" --verify; done
fi

declare -A LAST
for t in $TARGETS; do
  ref=""
  for th in $THREADS; do
    times=()
    for _ in $(seq "$RUNS"); do
      out=$(OMP_NUM_THREADS=$th ./sweep_ref "$t")
      times+=("$(echo "$out" | head -1 | sed 's/.*elapsed \([0-9.]*\) s.*/\1/')")
      figures=$(echo "$out" | tail -n +2)
      if [ -z "$ref" ]; then ref=$figures
      elif [ "$figures" != "$ref" ]; then echo "error: $t figures differ between runs" >&2; exit 1; fi
      LAST[$t]=$out
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    median=$(echo "$sorted" | sed -n "$(( RUNS / 2 + 1 ))p")
    echo "$t, all 2^32 fp32 patterns, $th thread(s): median $median s of [${times[*]}]"
  done
done
for t in $TARGETS; do
  echo
  echo "${LAST[$t]}"
done
