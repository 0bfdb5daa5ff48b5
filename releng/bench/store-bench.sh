#!/usr/bin/env bash
# Store performance harness (issue 4): durable save p50/p95, open a client with 500 notes, open a
# 100,000-note caseload and list clients, heap after opening; issue 13: open a client with 500 notes and 100
# measure results, add and edit a client durably (p50/p95); issue 16: the caseload dashboard counts (first, p50,
# p95). Prints "bench: <what>: <value>" lines.
#
#   releng/bench/store-bench.sh [WORK_DIR] [CLIENTS] [NOTES_PER_CLIENT]
#
# Builds the store and its test bundle (tests skipped), generates the caseload once into WORK_DIR
# (default /tmp/casenotes-store-bench; about 1.5 min for the default 1,000 x 100), then measures in a fresh JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
WORK="${1:-/tmp/casenotes-store-bench}"
CLIENTS="${2:-1000}"
NOTES="${3:-100}"

. releng/bench/store-classpath.sh

main=org.casenotes.store.tests.bench.StoreBenchmark
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" "$main" generate "$WORK" "$CLIENTS" "$NOTES"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" "$main" measure "$WORK"
