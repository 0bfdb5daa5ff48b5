#!/usr/bin/env bash
# Side-by-side run of the Casenotes language lint and the npm linters alex and write-good on one
# generated corpus: throughput ratio and how many of their findings our rules also flag.
#   releng/bench/peer-linters/compare.sh [MEGABYTES]     (default 1; alex runs at ~0.05 MB/s)
# Needs: JDK >= 21 (JAVA_HOME, default Temurin 25), Maven (MVN, default mvn; e.g. MVN="mvn -o"), node + npm.
# Output: work/report.md here.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
MEGABYTES="${1:-1}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' \
  || { echo "JDK 21 or newer needed; set JAVA_HOME" >&2; exit 1; }
WORK="$HERE/work"
rm -rf "$WORK" && mkdir -p "$WORK"

echo "== installing alex and write-good (local node_modules, not committed)"
(cd "$HERE" && npm install --no-audit --no-fund --loglevel=error)

echo "== building the benchmark jar"
(cd "$ROOT/releng/bench/rules" && ${MVN:-mvn} -q -B package)
JAR="$ROOT/releng/bench/rules/target/rules-bench.jar"

echo "== generating a ${MEGABYTES} MB corpus"
"$JAVA_HOME/bin/java" -cp "$JAR" org.casenotes.bench.CorpusGenerator "$WORK/corpus" "$MEGABYTES" 4

echo "== casenotes"
"$JAVA_HOME/bin/java" -Dcasenotes.wordlists="$ROOT/bundles/org.casenotes.core/wordlists" -cp "$JAR" \
  org.casenotes.bench.CorpusLint "$WORK/corpus" --findings "$WORK/casenotes.jsonl" | tee "$WORK/casenotes.json"

echo "== alex, write-good"
(cd "$HERE" && node peer.mjs "$WORK/corpus" "$WORK")

echo "== comparison"
(cd "$HERE" && node compare.mjs "$WORK")
