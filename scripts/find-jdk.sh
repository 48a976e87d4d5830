# Sourced (POSIX sh) by ./mvnw, ./rsnet and .ci/run. Finds a JDK >= 21 (Xtext 2.42 is Java 21
# bytecode) and exports JAVA_HOME for it. Order: $JAVA_HOME, then `java` on PATH, then the JDKs under
# /usr/lib/jvm (or $RSNET_JVM_ROOT, for JDKs kept elsewhere), newest first. On failure it prints
# what it found and how to fix it, and returns 1.

RSNET_MIN_JAVA=21

rsnet_java_major() {
  # The major version of the java binary $1 ("1.8" -> 8, "17" -> 17, "25" -> 25).
  _rsnet_version=$("$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$_rsnet_version" in
    1.*) _rsnet_version=${_rsnet_version#1.} ;;
  esac
  printf '%s' "${_rsnet_version%%.*}"
}

rsnet_find_jdk() {
  _rsnet_jvm_root=${RSNET_JVM_ROOT:-/usr/lib/jvm}
  _rsnet_candidates=""
  [ -n "${JAVA_HOME:-}" ] && _rsnet_candidates="$JAVA_HOME/bin/java"
  _rsnet_path_java=$(command -v java 2>/dev/null || true)
  [ -n "$_rsnet_path_java" ] && _rsnet_candidates="$_rsnet_candidates
$_rsnet_path_java"
  for _rsnet_jvm in $(ls -d "$_rsnet_jvm_root"/*/ 2>/dev/null | sort -rV); do
    _rsnet_candidates="$_rsnet_candidates
${_rsnet_jvm%/}/bin/java"
  done
  _rsnet_seen=""
  _rsnet_old_ifs=$IFS
  IFS='
'
  for _rsnet_java in $_rsnet_candidates; do
    [ -x "$_rsnet_java" ] || continue
    _rsnet_major=$(rsnet_java_major "$_rsnet_java")
    _rsnet_seen="$_rsnet_seen
  $_rsnet_java (Java ${_rsnet_major:-unknown})"
    # A JRE cannot build RSNet: Maven needs javac next to java.
    if [ -n "$_rsnet_major" ] && [ "$_rsnet_major" -ge "$RSNET_MIN_JAVA" ] \
        && [ -x "$(dirname "$_rsnet_java")/javac" ]; then
      IFS=$_rsnet_old_ifs
      JAVA_HOME=$(cd "$(dirname "$(readlink -f "$_rsnet_java")")/.." && pwd)
      export JAVA_HOME
      RSNET_JAVA_MAJOR=$_rsnet_major
      return 0
    fi
  done
  IFS=$_rsnet_old_ifs
  {
    printf 'rsnet: needs a JDK %s or newer, and none was found.\n' "$RSNET_MIN_JAVA"
    if [ -n "$_rsnet_seen" ]; then
      printf 'Looked at:%s\n' "$_rsnet_seen"
    else
      printf 'Looked at: $JAVA_HOME, java on PATH, %s/* (no java found)\n' "$_rsnet_jvm_root"
    fi
    printf 'Fix: install a JDK 21+ (e.g. Debian: apt-get install openjdk-21-jdk-headless, or Eclipse Temurin 21/25)\n'
    printf '     and set JAVA_HOME to it, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64\n'
  } >&2
  return 1
}

# Flags for running RSNet on the JDK found: Guice warns about sun.misc.Unsafe on JDK 23+, and the
# flag that silences it does not exist before 23.
rsnet_java_flags() {
  if [ "${RSNET_JAVA_MAJOR:-0}" -ge 23 ]; then
    printf '%s' "--sun-misc-unsafe-memory-access=allow"
  fi
}
