#!/usr/bin/env bash
# Export harness (issue 15): one note to PDF warm (p50/p95), one letter merged, signed and to PDF warm (p50/p95),
# and a records request of about 200 signed documents to PDF + JSON. Prints "bench: <what>: <value>" lines; never
# fails on time.
#
#   releng/bench/export-bench.sh [NOTES]       (default 215 notes for one client, about 200 of them signed)
#
# Builds the export bundle and its test bundle (tests skipped), then runs ExportBenchmark on a plain class path with
# the product's JVM flags (client compiler only, serial GC).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -o verify -DskipTests -pl tests/org.casenotes.export.tests -am
fi

repo="${MAVEN_REPO:-$HOME/.m2/repository}"
target=releng/org.casenotes.target/org.casenotes.target
version_of() { grep -o "<artifactId>$1</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//'; }
jar() { echo "$repo/$1/$2/$3/$2-$3.jar"; }
newest() { # the newest version of $1/$2 whose jar is in the local repository
  for v in $(ls "$repo/$1/$2" | grep '^[0-9]' | sort -V -r); do
    if [ -f "$(jar "$1" "$2" "$v")" ]; then echo "$v"; return; fi
  done
}
CP="tests/org.casenotes.export.tests/target/classes"
for bundle in export demo store core model; do CP="$CP:bundles/org.casenotes.$bundle/target/classes"; done
CP="$CP:$(jar com/h2database h2 "$(version_of h2)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.common "$(version_of org.eclipse.emf.common)")"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.ecore "$(version_of org.eclipse.emf.ecore)")"
for a in pdfbox fontbox pdfbox-io; do CP="$CP:$(jar org/apache/pdfbox $a "$(version_of $a)")"; done
CP="$CP:$(jar commons-logging commons-logging "$(version_of commons-logging)")"
CP="$CP:$(jar net/sf/jasperreports jasperreports-fonts "$(version_of jasperreports-fonts)")"
CP="$CP:$(jar com/google/code/gson gson "$(newest com/google/code/gson gson)")"
for a in org.eclipse.equinox.common org.eclipse.equinox.registry; do
  CP="$CP:$(jar org/eclipse/platform $a "$(newest org/eclipse/platform $a)")"
done

"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTIONS:-} -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" \
  org.casenotes.export.tests.bench.ExportBenchmark "$@"
