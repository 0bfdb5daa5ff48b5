#!/usr/bin/env bash
# Client import harness (issue 13, "Moving in": 1,000 clients from CSV in < 5 s). Prints "bench: <what>: <value>".
#
#   releng/bench/client-import-bench.sh [WORK_DIR] [CLIENTS] [RUNS]
#
# Builds core, store and the command-line test bundle (tests skipped), writes a CSV of fictional clients into
# WORK_DIR (default /tmp/casenotes-import-bench), then times read + parse, row checks and the durable save into a
# new caseload, RUNS times (default 5) in one fresh JVM (the first run is the cold one).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
WORK="${1:-/tmp/casenotes-import-bench}"
CLIENTS="${2:-1000}"
RUNS="${3:-5}"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -o verify -DskipTests -pl tests/org.casenotes.cli.tests -am
fi

repo="${MAVEN_REPO:-$HOME/.m2/repository}"
target=releng/org.casenotes.target/org.casenotes.target
version_of() { grep -o "<artifactId>$1</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//'; }
jar() { echo "$repo/$1/$2/$3/$2-$3.jar"; }
CP="tests/org.casenotes.cli.tests/target/classes:bundles/org.casenotes.core/target/classes"
CP="$CP:bundles/org.casenotes.core"   # the bundled ICD-10-CM list, data/icd10cm/, is read from the bundle's root
CP="$CP:bundles/org.casenotes.store/target/classes:bundles/org.casenotes.model/target/classes"
CP="$CP:$(jar com/h2database h2 "$(version_of h2)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.common "$(version_of org.eclipse.emf.common)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.ecore "$(version_of org.eclipse.emf.ecore)")"
CP="$CP:$(jar org/apache/commons commons-csv "$(version_of commons-csv)")"
CP="$CP:$(jar commons-io commons-io "$(version_of commons-io)")"
CP="$CP:$(jar commons-codec commons-codec "$(version_of commons-codec)")"

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.casenotes.cli.tests.ClientImportBenchmark "$WORK" "$CLIENTS" "$RUNS"
