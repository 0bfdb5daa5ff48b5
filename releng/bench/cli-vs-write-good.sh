#!/usr/bin/env bash
# Whole-process time of `casenotes lint note.txt` on a one-line note against the npm linter write-good on the same
# file, side by side: each command started as a user starts it, timed from process start to exit, medians and ratio.
#   releng/bench/cli-vs-write-good.sh [RUNS]            (default 20 runs each, after 3 warm-up runs)
#   BENCH_REALTIME=1 releng/bench/cli-vs-write-good.sh  both under real-time scheduling (chrt -f 10, needs root): on a
#                                                       machine busy with other work, close to what an idle one gives
# Needs the built product (./mvnw -DskipTests package) and node + npm. Installs write-good (the version
# peer-linters/package.json pins) into $BENCH_WORK (default /tmp/casenotes-bench-write-good); uses hyperfine if
# installed, installs it with apt-get if it can, and otherwise times a loop itself. The casenotes runs use the
# launch script's caches in the user's cache folder, as every start after the first does (the warm-up runs fill them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs="${1:-20}"
product="$root/releng/org.casenotes.product/target/products/org.casenotes.product/linux/gtk/x86_64"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/casenotes-bench-write-good}"
[ -x "$product/casenotes" ] || { echo "bench: no product at $product; build it: ./mvnw -DskipTests package" >&2; exit 1; }
command -v npm >/dev/null || { echo "bench: needs node and npm" >&2; exit 1; }

version=$(sed -n 's/.*"write-good": *"\([^"]*\)".*/\1/p' "$here/peer-linters/package.json")
mkdir -p "$work"
if [ ! -x "$work/node_modules/.bin/write-good" ] \
    || [ "$(node -p "require('$work/node_modules/write-good/package.json').version")" != "$version" ]; then
  echo "== installing write-good $version into $work"
  (cd "$work" && npm install --no-audit --no-fund --no-save --loglevel=error "write-good@$version")
fi
if ! command -v hyperfine >/dev/null && command -v apt-get >/dev/null; then
  echo "== installing hyperfine (apt-get)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q hyperfine >/dev/null 2>&1 || true
  elif command -v sudo >/dev/null; then sudo -n apt-get install -y -q hyperfine >/dev/null 2>&1 || true
  fi
fi

note="$work/note.txt"
# one line on which both find something (write-good: a weasel word and a passive; casenotes: two judgmental labels)
echo "Client was uncooperative and was basically very upset; the homework was refused." > "$note"
casenotes=("$product/casenotes" lint "$note")
writegood=("$work/node_modules/.bin/write-good" "$note")
echo "== casenotes lint: $("${casenotes[@]}" | tail -n 1)"
echo "== write-good: $("${writegood[@]}" | grep -c '^"' || true) suggestions"  # it exits with their number
echo "== load before: $(uptime | sed 's/.*load average/load average/')"

priority=()
if [ "${BENCH_REALTIME:-0}" = 1 ]; then priority=(chrt -f 10); fi
if command -v hyperfine >/dev/null; then
  # -N: no intermediate shell; -i: both exit non-zero when they find something
  ${priority[@]+"${priority[@]}"} hyperfine -N -i --warmup 3 --runs "$runs" --style basic --export-json "$work/times.json" \
    -n "casenotes lint" "$(printf '%q ' "${casenotes[@]}")" -n "write-good" "$(printf '%q ' "${writegood[@]}")"
  read -r ours theirs ours_cpu theirs_cpu < <(node -e '
    const r = require(process.argv[1]).results;
    console.log(r[0].median.toFixed(3), r[1].median.toFixed(3),
                (r[0].user + r[0].system).toFixed(3), (r[1].user + r[1].system).toFixed(3));' "$work/times.json")
  timer="hyperfine, $runs runs each after 3 warm-up runs${priority[*]:+, under ${priority[*]}}"
else
  median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
  seconds() { local start end; start=$(date +%s%N); ${priority[@]+"${priority[@]}"} "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN {printf "%.4f\n", ns / 1e9}'; }
  for _ in 1 2 3; do seconds "${casenotes[@]}" >/dev/null; seconds "${writegood[@]}" >/dev/null; done
  ours_all=() theirs_all=()
  for _ in $(seq "$runs"); do  # alternating, so both see the same machine load
    ours_all+=("$(seconds "${casenotes[@]}")")
    theirs_all+=("$(seconds "${writegood[@]}")")
  done
  ours=$(printf '%s\n' "${ours_all[@]}" | median)
  theirs=$(printf '%s\n' "${theirs_all[@]}" | median)
  timer="a timed loop (no hyperfine), $runs alternating runs each after 3 warm-up runs${priority[*]:+, under ${priority[*]}}"
fi

echo "== load after: $(uptime | sed 's/.*load average/load average/') ($(nproc) cores)"
echo "bench: casenotes lint, one-line note, whole process: median $ours s"
echo "bench: write-good $version, same note, whole process: median $theirs s"
echo "bench: ratio casenotes / write-good: $(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}') ($timer)"
if [ -n "${ours_cpu:-}" ]; then  # less dependent on what else the machine runs than the wall time
  echo "bench: CPU time (user + system), mean: casenotes lint $ours_cpu s, write-good $theirs_cpu s"
fi
