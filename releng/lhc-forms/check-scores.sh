#!/usr/bin/env bash
# Renders every standard template's Questionnaire, as Casenotes exports it, in LHC-Forms (npm package lforms) in
# headless Chromium and checks that each renders without error with every item present; then fills the PHQ-9 screen
# and the SOAP progress note (SDC calculatedExpression) with five PHQ-9 answer sets through its widgets and checks
# that the total and severity LHC-Forms calculates equal Casenotes' own.
#   releng/lhc-forms/check-scores.sh [--fixtures DIR]
# Needs: node + npm (installs lforms and puppeteer-core here, not committed), Chromium (Debian: apt-get install
# chromium; or set CHROMIUM), and for the fixtures JDK >= 21 and the build (./mvnw), unless --fixtures names them.
# Exit 0 all rendered and the same, 1 an item not rendered or a difference, 2 could not run. Report: releng/lhc-forms/work/report.json.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FIXTURES=""
if [ "${1:-}" = "--fixtures" ]; then
  # absolute: the check itself runs from this folder
  FIXTURES="$(cd "${2:?--fixtures needs a folder}" 2>/dev/null && pwd)" || { echo "no folder $2" >&2; exit 2; }
fi

if [ -z "$FIXTURES" ]; then
  echo "== writing the Questionnaires and Casenotes' totals (LhcFormsFixturesTest)"
  (cd "$ROOT" && ./mvnw -o -B -q verify -pl tests/org.casenotes.fhir.tests -am -Dtest=LhcFormsFixturesTest \
    -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false) >&2
  FIXTURES="$ROOT/tests/org.casenotes.fhir.tests/target/lhc-forms"
fi
[ -f "$FIXTURES/cases.json" ] || { echo "no $FIXTURES/cases.json" >&2; exit 2; }

CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$CHROMIUM" ] || { echo "Chromium not found: apt-get install chromium, or set CHROMIUM" >&2; exit 2; }
export CHROMIUM

echo "== installing lforms and puppeteer-core (local node_modules, not committed)"
(cd "$HERE" && npm install --no-audit --no-fund --loglevel=error) >&2

echo "== LHC-Forms"
cd "$HERE" && node check-scores.mjs "$FIXTURES" "$HERE/work"
