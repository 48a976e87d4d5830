# Sourced by ./rsnet and .ci/run. Finds a JDK >= 21 (Xtext 2.42 is Java 21 bytecode) and exports
# JAVA_HOME for it. Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*, newest first.
# On failure it prints what it found and how to fix it, and returns 1.

RSNET_MIN_JAVA=21

rsnet_java_major() {
  # Prints the major version of the java binary $1 ("1.8.0_x" -> 8, "17.0.15" -> 17, "25" -> 25).
  local version
  version=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$version" in
    1.*) version=${version#1.} ;;
  esac
  printf '%s' "${version%%.*}"
}

rsnet_find_jdk() {
  local candidates=() seen="" candidate major home
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local jvm
  for jvm in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidates+=("${jvm%/}/bin/java")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(rsnet_java_major "$candidate")
    seen="$seen\n  $candidate (Java ${major:-unknown})"
    # A JRE cannot build the CLI: Maven needs javac next to java.
    if [ -n "$major" ] && [ "$major" -ge "$RSNET_MIN_JAVA" ] && [ -x "$(dirname "$candidate")/javac" ]; then
      home=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
      export JAVA_HOME="$home"
      RSNET_JAVA_MAJOR="$major"
      return 0
    fi
  done
  printf 'rsnet: needs a JDK %s or newer, and none was found.\n' "$RSNET_MIN_JAVA" >&2
  if [ -n "$seen" ]; then
    printf 'Looked at:%b\n' "$seen" >&2
  else
    printf 'Looked at: $JAVA_HOME, java on PATH, /usr/lib/jvm/* (no java found)\n' >&2
  fi
  printf 'Fix: install a JDK 21+ (e.g. Debian: apt-get install openjdk-21-jdk-headless, or Eclipse Temurin 21/25)\n' >&2
  printf '     and set JAVA_HOME to it, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64\n' >&2
  return 1
}

# Flags for running RSNet on the JDK found: Guice warns about sun.misc.Unsafe on JDK 23+, and the
# flag that silences it does not exist before 23.
rsnet_java_flags() {
  if [ "${RSNET_JAVA_MAJOR:-0}" -ge 23 ]; then
    printf '%s' "--sun-misc-unsafe-memory-access=allow"
  fi
}
