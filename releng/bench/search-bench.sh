#!/usr/bin/env bash
# Note search harness (issue 16): builds the search index of the 100,000-note caseload, loads it in a fresh session,
# search p50/p95 (words, stems, phrases), the index update on a save, then the same searches with ripgrep over the
# notes' text exported to plain files in a temporary folder (deleted after, ratio printed) and with H2's own
# full-text search over 20,000 of them in memory. Prints "bench: <what>: <value>" lines.
#
#   releng/bench/search-bench.sh [WORK_DIR] [CLIENTS] [NOTES_PER_CLIENT]
#   SEARCH_ONLY=1 releng/bench/search-bench.sh    # index and search numbers only (no ripgrep, no H2 comparison)
#
# Builds the store and its test bundle (tests skipped; SKIP_BUILD=1 to reuse them), generates the caseload once
# into WORK_DIR (default /tmp/casenotes-search-bench) as store-bench.sh does, then measures in a fresh JVM. The
# index is built the first time and kept inside the caseload's encrypted database; delete WORK_DIR to build again.
# Needs ripgrep (rg) on the PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
WORK="${1:-/tmp/casenotes-search-bench}"
CLIENTS="${2:-1000}"
NOTES="${3:-100}"
command -v rg >/dev/null || { echo "search-bench: ripgrep (rg) is not installed" >&2; exit 2; }

. releng/bench/store-classpath.sh

"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.casenotes.store.tests.bench.StoreBenchmark generate "$WORK" "$CLIENTS" "$NOTES"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.casenotes.store.tests.bench.SearchBenchmark "$WORK" \
  ${SEARCH_ONLY:+search-only}
