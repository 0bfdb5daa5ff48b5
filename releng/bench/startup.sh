#!/usr/bin/env bash
# Measures the time from starting the built product (its launch script) to the Casenotes window being mapped,
# over several runs, and prints each run and the median. Needs a display (Xvfb is fine) and xdotool.
#   releng/bench/startup.sh [runs]        (default 5; build first with ./casenotes or ./mvnw package)
# CASENOTES_BENCH_PREFIX runs the product under a command (e.g. "nice -n -19" on a busy machine);
# CASENOTES_BENCH_KEEP=1 keeps the data folders and outputs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/releng/org.casenotes.product/target/products/org.casenotes.product/linux/gtk/x86_64"
runs=${1:-5}
[ -x "$product/casenotes" ] || { echo "startup.sh: build the product first (./mvnw package -DskipTests)" >&2; exit 1; }
command -v xdotool >/dev/null || { echo "startup.sh: needs xdotool (apt-get install xdotool)" >&2; exit 1; }
data=$(mktemp -d)
trap '[ -n "${CASENOTES_BENCH_KEEP:-}" ] || rm -rf "$data"' EXIT
times=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  ${CASENOTES_BENCH_PREFIX:-} "$product/casenotes" --data "$data/run$run" >"$data/out$run.txt" 2>&1 &
  pid=$!
  window=""
  until [ -n "$window" ]; do
    window=$(xdotool search --onlyvisible --name '^Casenotes *$' 2>/dev/null | head -n 1 || true)
    kill -0 "$pid" 2>/dev/null || { echo "run $run: the product exited early:"; cat "$data/out$run.txt"; exit 1; }
    [ -n "$window" ] || sleep 0.02
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$elapsed")
  echo "run $run: window mapped after $elapsed ms"
  # quit as a user would (File > Exit, Ctrl+Q); a loaded machine may need a second press
  for _ in 1 2 3; do
    sleep 2
    xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null || break
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
echo "median of $runs runs: $median ms (launch script to window mapped)"
