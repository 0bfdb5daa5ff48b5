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

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -o verify -DskipTests -pl tests/org.casenotes.store.tests -am
fi

repo="${MAVEN_REPO:-$HOME/.m2/repository}"
target=releng/org.casenotes.target/org.casenotes.target
version_of() { grep -o "<artifactId>$1</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//'; }
jar() { echo "$repo/$1/$2/$3/$2-$3.jar"; }
CP="tests/org.casenotes.store.tests/target/classes:bundles/org.casenotes.store/target/classes"
CP="$CP:bundles/org.casenotes.model/target/classes"
CP="$CP:$(jar com/h2database h2 "$(version_of h2)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.common "$(version_of org.eclipse.emf.common)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.ecore "$(version_of org.eclipse.emf.ecore)")"

main=org.casenotes.store.tests.bench.StoreBenchmark
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" "$main" generate "$WORK" "$CLIENTS" "$NOTES"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" "$main" measure "$WORK"
