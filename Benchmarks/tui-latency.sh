#!/usr/bin/env bash
# Measures through tmux, as a person would see it: how long `floatscope` takes from launch to its
# first frame on screen, and from a key press to the frame showing it. Polls `tmux capture-pane`
# (each poll costs about 1-3 ms, which is included in the figures, so they are upper bounds).
# Usage: Benchmarks/tui-latency.sh [path/to/floatscope] [runs]
set -euo pipefail
BIN=$(realpath "${1:-.build/release/floatscope}")
RUNS=${2:-20}
LOG=$(mktemp)
T="tmux -L floatscope-latency-$$ -f /dev/null"
trap '$T kill-server 2>/dev/null || true; rm -f "$LOG"' EXIT
source "$(dirname "$0")/tmux-keys.sh"
median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "median %.1f ms, max %.1f ms (%d runs)\n", m/1e6, a[NR]/1e6, NR}'; }

$T new-session -d -s p -x 200 -y 60 "sleep 600"
first=()
for _ in $(seq "$RUNS"); do
  start=$(now)
  $T respawn-pane -k -t p "env LANG=C.UTF-8 '$BIN' tui --timing-log '$LOG'"
  wait_for "nf4"
  first+=($(( $(now) - start )))
done
echo "launch to first frame (200x60): $(printf '%s\n' "${first[@]}" | median)"

: > "$LOG"
$T respawn-pane -k -t p "env LANG=C.UTF-8 '$BIN' tui --value 0.1 --timing-log '$LOG'"
wait_for "nf4"
time_key_presses "fp32:0x3dccccce" "fp32:0x3dcccccd"
echo "key press to frame on screen (200x60, '+'/'-'): $(printf '%s\n' "${keys[@]}" | median)"
# Inside the app: update + view + diff + curses output and flush, per frame (microseconds).
tail -n +2 "$LOG" | awk '{print $4 * 1000}' | median | sed 's/^/in-app time per key frame (update+view+draw+flush): /'
