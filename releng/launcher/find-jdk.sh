# Sourced by ./mvnw and ./casenotes: sets JAVA_HOME to a JDK >= 21, or exits with one line saying what to do.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm (or the folder named by
# CASENOTES_JDK_ROOT, which the tests use).
# The feature release of the JDK at $1: from its release file (every JDK since 9 has one; reading it costs nothing,
# where asking the JDK's java costs a JVM start per candidate at every launch), else from its java.
casenotes_java_major() {
  local major
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$major" ]; then
    echo "$major"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
  fi
}
casenotes_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(casenotes_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then return 0; fi
  fi
  for candidate in "${CASENOTES_JDK_ROOT:-/usr/lib/jvm}"/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(casenotes_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "casenotes: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under ${CASENOTES_JDK_ROOT:-/usr/lib/jvm}). Install a JDK 21 or newer (e.g. Temurin 21+, or openjdk-21-jdk where your distribution has it) or set JAVA_HOME to one." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}
casenotes_find_jdk
