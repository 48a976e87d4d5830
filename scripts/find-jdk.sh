# Sourced (POSIX sh) by ./mvnw, ./rsnet, a distribution's bin/rsnet and .ci/run. Finds a JDK >= 21
# (Xtext 2.42 is Java 21 bytecode) and exports JAVA_HOME for it. Order: $JAVA_HOME, then `java` on
# PATH, then the JDKs under /usr/lib/jvm (or $RSNET_JVM_ROOT, for JDKs kept elsewhere), newest first.
# On failure it prints what it found and how to fix it, and returns 1.
#
# It runs on every `rsnet` command, so it starts no JVM when it can help it: a JDK names its version
# in its `release` file, which costs a read; starting `java -XshowSettings` costs a JVM start per
# candidate (seconds on a loaded machine). Only a java without a `release` file is asked, and its
# answer is remembered in ${XDG_CACHE_HOME:-~/.cache}/rsnet/java-versions, keyed by the binary's
# path and modification time. The JDK chosen in the JVM folder is remembered there too
# (jvm-root-choice), so that the usual call forks at most one process (readlink, for `java` on PATH).

RSNET_MIN_JAVA=21

# Reads JAVA_VERSION and JAVA_RUNTIME_VERSION from the `release` file of the JDK home $1 into
# _rsnet_version and _rsnet_runtime; returns 1 when there is no such file.
rsnet_read_release() {
  [ -r "$1/release" ] || return 1
  _rsnet_version=""
  _rsnet_runtime=""
  while IFS='=' read -r _rsnet_key _rsnet_value; do
    _rsnet_value=${_rsnet_value#\"}
    _rsnet_value=${_rsnet_value%\"}
    case "$_rsnet_key" in
      JAVA_VERSION) _rsnet_version=$_rsnet_value ;;
      JAVA_RUNTIME_VERSION) _rsnet_runtime=$_rsnet_value ;;
    esac
  done < "$1/release"
  [ -n "$_rsnet_version" ]
}

rsnet_cache_dir() {
  _rsnet_cache_dir=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/rsnet
}

# Sets _rsnet_path_java to the first `java` on PATH (a loop rather than $(command -v java), which
# would fork a subshell).
rsnet_path_java() {
  _rsnet_old_ifs=$IFS
  IFS=:
  for _rsnet_dir in $PATH; do
    if [ -n "$_rsnet_dir" ] && [ -f "$_rsnet_dir/java" ] && [ -x "$_rsnet_dir/java" ]; then
      IFS=$_rsnet_old_ifs
      _rsnet_path_java=$_rsnet_dir/java
      return 0
    fi
  done
  IFS=$_rsnet_old_ifs
  return 1
}

# Listing and sorting the JVM folder costs three processes, so the JDK chosen there is remembered
# until the folder changes (a JDK added or removed) or that JDK's `release` file does (updated).
rsnet_remembered_jvm_root_choice() {
  rsnet_cache_dir
  _rsnet_choice=$_rsnet_cache_dir/jvm-root-choice
  [ -r "$_rsnet_choice" ] && ! [ "$_rsnet_jvm_root" -nt "$_rsnet_choice" ] || return 1
  { read -r _rsnet_choice_root && read -r _rsnet_choice_java; } < "$_rsnet_choice" || return 1
  [ "$_rsnet_choice_root" = "$_rsnet_jvm_root" ] \
    && ! [ "${_rsnet_choice_java%/bin/java}/release" -nt "$_rsnet_choice" ] \
    && rsnet_accept_java "$_rsnet_choice_java"
}

rsnet_remember_jvm_root_choice() {
  rsnet_cache_dir
  # Best effort: a read-only home only means listing the folder again next time.
  { mkdir -p "$_rsnet_cache_dir" \
      && printf '%s\n%s\n' "$_rsnet_jvm_root" "$1" > "$_rsnet_cache_dir/jvm-root-choice.$$" \
      && mv -f "$_rsnet_cache_dir/jvm-root-choice.$$" "$_rsnet_cache_dir/jvm-root-choice"; } 2>/dev/null || true
}

# Sets _rsnet_version from what the java binary $1 says (the slow way, remembered by path + mtime).
rsnet_ask_java() {
  rsnet_cache_dir
  _rsnet_memo=$_rsnet_cache_dir/java-versions
  _rsnet_mtime=$(stat -c %Y "$1" 2>/dev/null || stat -f %m "$1" 2>/dev/null)
  _rsnet_version=""
  if [ -r "$_rsnet_memo" ]; then
    while read -r _rsnet_memo_mtime _rsnet_memo_version _rsnet_memo_path; do
      if [ "$_rsnet_memo_path" = "$1" ] && [ "$_rsnet_memo_mtime" = "$_rsnet_mtime" ]; then
        _rsnet_version=$_rsnet_memo_version
      fi
    done < "$_rsnet_memo"
    [ -n "$_rsnet_version" ] && return 0
  fi
  _rsnet_version=$("$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  if [ -n "$_rsnet_version" ] && [ -n "$_rsnet_mtime" ]; then
    # Best effort: a read-only home only means asking again next time.
    { mkdir -p "$_rsnet_cache_dir" \
        && printf '%s %s %s\n' "$_rsnet_mtime" "$_rsnet_version" "$1" >> "$_rsnet_memo"; } 2>/dev/null || true
  fi
}

# Sets RSNET_JAVA_MAJOR to the major version of the java binary $1 ("1.8" -> 8, "17" -> 17, "25.0.3"
# -> 25), RSNET_JAVA_RUNTIME to its full runtime version when its JDK names it, and _rsnet_real to
# the binary with links resolved. Not a command substitution: that would fork a shell per candidate.
rsnet_java_version() {
  _rsnet_real=$1
  _rsnet_home=${1%/bin/java}
  RSNET_JAVA_RUNTIME=""
  if ! rsnet_read_release "$_rsnet_home"; then
    # `java` on PATH is usually a chain of links into a JDK.
    _rsnet_real=$(readlink -f "$1" 2>/dev/null || printf '%s' "$1")
    _rsnet_home=${_rsnet_real%/bin/java}
    if ! rsnet_read_release "$_rsnet_home"; then
      rsnet_ask_java "$_rsnet_real"
      _rsnet_runtime=""
    fi
  fi
  RSNET_JAVA_RUNTIME=$_rsnet_runtime
  case "$_rsnet_version" in
    1.*) _rsnet_version=${_rsnet_version#1.} ;;
  esac
  RSNET_JAVA_MAJOR=${_rsnet_version%%[!0-9]*}
}

# Whether the java binary $1 is a JDK >= RSNET_MIN_JAVA; sets RSNET_JAVA_MAJOR and records it in the
# list of what was seen (for the error message).
rsnet_accept_java() {
  [ -x "$1" ] || return 1
  rsnet_java_version "$1"
  _rsnet_seen="$_rsnet_seen
  $1 (Java ${RSNET_JAVA_MAJOR:-unknown})"
  # A JRE cannot build RSNet: Maven needs javac next to java.
  [ -n "$RSNET_JAVA_MAJOR" ] && [ "$RSNET_JAVA_MAJOR" -ge "$RSNET_MIN_JAVA" ] \
    && [ -x "${_rsnet_real%/java}/javac" ] || return 1
  case "$_rsnet_home" in
    /*) JAVA_HOME=$_rsnet_home ;;
    *) JAVA_HOME=$(cd "$_rsnet_home" && pwd) ;;
  esac
  export JAVA_HOME
  return 0
}

rsnet_find_jdk() {
  _rsnet_jvm_root=${RSNET_JVM_ROOT:-/usr/lib/jvm}
  _rsnet_seen=""
  _rsnet_found=1
  if [ -n "${JAVA_HOME:-}" ] && rsnet_accept_java "$JAVA_HOME/bin/java"; then
    _rsnet_found=0
  elif rsnet_path_java && rsnet_accept_java "$_rsnet_path_java"; then
    _rsnet_found=0
  elif _rsnet_seen_before=$_rsnet_seen && rsnet_remembered_jvm_root_choice; then
    _rsnet_found=0
  else
    _rsnet_seen=$_rsnet_seen_before
    _rsnet_old_ifs=$IFS
    IFS='
'
    for _rsnet_jvm in $(ls -d "$_rsnet_jvm_root"/*/ 2>/dev/null | sort -rV); do
      if rsnet_accept_java "${_rsnet_jvm%/}/bin/java"; then
        _rsnet_found=0
        rsnet_remember_jvm_root_choice "${_rsnet_jvm%/}/bin/java"
        break
      fi
    done
    IFS=$_rsnet_old_ifs
  fi
  [ "$_rsnet_found" = 0 ] && return 0
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
