#!/usr/bin/env bash
# Workbench start time with the demo caseload (issue 6): from starting the product's launch script to the
# caseload view painting its clients, and to the first workbench window having opened, both reported by the product
# itself through -Dcasenotes.bench.startup (nothing polls the display meanwhile: a program asking the X server for
# windows every few milliseconds slowed the start it measured). Run 1 is a first start on an empty data folder, which
# creates the demo caseload; the other runs reopen it. Prints every run and the median of the reopening runs. Needs
# a display (Xvfb is fine) and xdotool (to quit the workbench after each run).
#   releng/bench/caseload-startup.sh [runs]        (default 6; build the product first: ./mvnw package -DskipTests)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/releng/org.casenotes.product/target/products/org.casenotes.product/linux/gtk/x86_64"
runs=${1:-6}
[ -x "$product/casenotes" ] || { echo "caseload-startup.sh: build the product first (./mvnw package -DskipTests)" >&2; exit 1; }
command -v xdotool >/dev/null || { echo "caseload-startup.sh: needs xdotool (apt-get install xdotool)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
reopen_times=()
for run in $(seq "$runs"); do
  kind=$([ "$run" = 1 ] && echo "first start, creates the demo" || echo "reopens the demo")
  probe="$work/startup$run"
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dcasenotes.bench.startup=$probe" \
    "$product/casenotes" --data "$work/data" >"$work/out$run.txt" 2>&1 &
  pid=$!
  until grep -q '^caseload ' "$probe" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "run $run: the product exited early:"; cat "$work/out$run.txt"; exit 1; }
    [ $(( $(now_ms) - start )) -lt 300000 ] || { echo "run $run: no caseload after 5 minutes"; kill "$pid"; exit 1; }
    sleep 0.05
  done
  read -r _ window <<<"$(grep '^window ' "$probe" || true)"
  read -r _ shown clients <<<"$(grep '^caseload ' "$probe")"
  window_ms=$([ -n "${window:-}" ] && echo $(( window - start )) || echo "?")
  shown_ms=$(( shown - start ))
  echo "run $run ($kind): window opened after $window_ms ms, caseload of $clients clients shown after $shown_ms ms"
  [ "$run" = 1 ] || reopen_times+=("$shown_ms")
  sleep 2
  window=$(xdotool search --onlyvisible --name '^Casenotes( - .*)? *$' | head -n 1)
  xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
  wait "$pid" || true
done
if [ "${#reopen_times[@]}" -gt 0 ]; then
  median=$(printf '%s\n' "${reopen_times[@]}" | sort -n \
    | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
  echo "median of ${#reopen_times[@]} reopening runs: $median ms (launch script to caseload shown)"
fi
