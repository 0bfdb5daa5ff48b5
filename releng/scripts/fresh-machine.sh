#!/usr/bin/env bash
# Tries the README's first command as a new user would, on what a fresh machine has: only the machine's own Maven
# (Debian's 3.8 is enough), no wrapper Maven yet, and a clone whose product is not built.
#   releng/scripts/fresh-machine.sh [--bootstrap-only]
# 1. ./mvnw -v with an empty MAVEN_USER_HOME and an empty local repository: the wrapper fetches its pinned Maven
#    through the machine's Maven (seconds) and runs it.
# 2. (unless --bootstrap-only) ./casenotes on a fresh clone of HEAD, with an empty MAVEN_USER_HOME: it builds the
#    product (with the local repository this machine already has, so the build's dependencies are not fetched
#    twice), starts the workbench, and the script waits for its window and quits it with Ctrl+Q.
# Needs a DISPLAY (or Xvfb to start one) and xdotool for step 2. Exits non-zero, saying which step failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
cleanup() {
  [ -n "${product_pid:-}" ] && kill -9 $(pgrep -P "$product_pid" 2>/dev/null) "$product_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "fresh-machine: $*"; }

command -v mvn >/dev/null || { say "no machine Maven on the PATH (apt-get install maven)"; exit 1; }
say "machine Maven: $(cd "$work" && mvn -B -v 2>/dev/null | head -n 1 | sed "s/\x1b\[[0-9;]*m//g")"

start=$(date +%s)
if ! output=$(cd "$root" && MAVEN_USER_HOME="$work/maven-user-home" ./mvnw -v -Dmaven.repo.local="$work/empty-repository" 2>&1); then
  printf '%s\n' "$output" | tail -n 20
  say "FAILED: ./mvnw -v with an empty MAVEN_USER_HOME and local repository"
  exit 1
fi
printf '%s\n' "$output" | grep -q '^Apache Maven 3\.9' || { printf '%s\n' "$output"; say "FAILED: ./mvnw -v did not run the pinned Maven"; exit 1; }
say "bootstrap: $(printf '%s\n' "$output" | grep '^Apache Maven') fetched and run in $(( $(date +%s) - start )) s"

[ "${1:-}" = "--bootstrap-only" ] && exit 0

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { say "no DISPLAY and no Xvfb to start one (apt-get install xvfb)"; exit 1; }
  . "$root/releng/scripts/xvfb.sh"
  casenotes_start_xvfb || exit 1
fi
command -v xdotool >/dev/null || { say "xdotool is needed to find and quit the window (apt-get install xdotool)"; exit 1; }

git clone -q "$root" "$work/clone" || { say "FAILED: git clone"; exit 1; }
say "./casenotes on a fresh clone of $(git -C "$work/clone" rev-parse --short HEAD) (builds the product first)"
start=$(date +%s)
(cd "$work/clone" && MAVEN_USER_HOME="$work/maven-user-home-2" exec ./casenotes --data "$work/data") \
  >"$work/casenotes.out" 2>&1 &
product_pid=$!
window=""
# The build takes minutes on a cold clone; the window follows within seconds.
for _ in $(seq 1800); do
  window=$(xdotool search --onlyvisible --name '^Casenotes( - .*)? *$' 2>/dev/null | head -n 1)
  [ -n "$window" ] && break
  kill -0 "$product_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$window" ]; then
  tail -n 40 "$work/casenotes.out"
  [ -f "$work/data/.metadata/.log" ] && tail -n 40 "$work/data/.metadata/.log"
  say "FAILED: ./casenotes on a fresh clone showed no Casenotes window"
  exit 1
fi
say "window after $(( $(date +%s) - start )) s (build included)"
sleep 3
xdotool windowfocus --sync "$window" && xdotool key --clearmodifiers ctrl+q
for _ in $(seq 60); do
  kill -0 "$product_pid" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$product_pid" 2>/dev/null; then
  say "FAILED: the workbench did not quit on Ctrl+Q"
  exit 1
fi
wait "$product_pid"
status=$?
product_pid=""
[ "$status" -eq 0 ] || { tail -n 40 "$work/casenotes.out"; say "FAILED: the workbench exited with $status"; exit 1; }
say "./casenotes built, started and quit cleanly"
