#!/usr/bin/env bash
# Key latency while a background sweep keeps both cores busy, measured through tmux as a person
# sees it: start the app, go to the Sweep screen, start the exhaustive fp32 sweep (2^32 values per
# target), go back to the Bits screen and time '+'/'-' until the new code is on screen. Each
# capture-pane poll spawns tmux, which is included: the figures are upper bounds.
# Usage: Benchmarks/tui-latency-sweep.sh [path/to/floatscope] [runs]
set -euo pipefail
BIN=$(realpath "${1:-.build/release/floatscope}")
RUNS=${2:-30}
T="tmux -L floatscope-sweep-latency-$$ -f /dev/null"
trap '$T kill-server 2>/dev/null || true' EXIT
source "$(dirname "$0")/tmux-keys.sh"
median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "median %.1f ms, p90 %.1f ms, max %.1f ms (%d presses)\n", m/1e6, a[int(NR*0.9)]/1e6, a[NR]/1e6, NR}'; }

$T new-session -d -s p -x 200 -y 60 "env LANG=C.UTF-8 '$BIN' tui --value 0.1 --formats fp32,bf16,fp16"
wait_for "fp16"
$T send-keys -t p 5 f Enter      # Sweep screen, source "fp32, all codes", start
sleep 2
$T send-keys -t p 1              # back to Bits while the sweep runs
wait_for "0x3dcccccd"
busy=$(top -bn1 | awk '/floatscope/ {print $9; exit}')
time_key_presses "0x3dccccce" "0x3dcccccd"
echo "app CPU while sweeping: ${busy}% (200 = both cores)"
echo "key press to frame on screen during the sweep (200x60, '+'/'-'): $(printf '%s\n' "${keys[@]}" | median)"
