# Sourced by the TUI latency scripts: timing through tmux. $T is the tmux command; the app runs in pane "p".
now() { date +%s%N; }
wait_for() { until $T capture-pane -p -t p | grep -qF -- "$1"; do :; done; }
# Presses '+' and '-' alternately $RUNS times, each time until its text ($1 after '+', $2 after '-') is on
# screen; the times in nanoseconds go to the array `keys`.
time_key_presses() {
  local i key want start
  keys=()
  for i in $(seq "$RUNS"); do
    if (( i % 2 )); then key="+"; want=$1; else key="-"; want=$2; fi
    start=$(now)
    $T send-keys -t p "$key"
    wait_for "$want"
    keys+=($(( $(now) - start )))
  done
}
