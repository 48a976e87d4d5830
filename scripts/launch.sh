# Sourced (bash) by ./rsnet in a source checkout and by bin/rsnet in a distribution, after
# scripts/find-jdk.sh has set JAVA_HOME: starts rsnet.jar with JVM options chosen for the
# sub-command, and with a start-up cache for this JDK when there is one (docs/performance.md,
# "Start-up").

# The JVM options for the sub-command $1.
rsnet_jvm_options() {
  # A command line runs briefly on few cores: the throughput collector beats G1 there (rsnet bench
  # measured it). Nearly everything that survives a collection is the parsed model, which lives
  # until the command ends, so it is promoted at once instead of being copied between survivor
  # spaces (MaxTenuringThreshold=0: parse and full runs both about a fifth faster in rsnet bench).
  rsnet_options=(-XX:+UseParallelGC -XX:MaxTenuringThreshold=0)
  # Guice warns about sun.misc.Unsafe on JDK 23+, and the flag that silences it does not exist
  # before 23.
  if [ "${RSNET_JAVA_MAJOR:-0}" -ge 23 ]; then
    rsnet_options+=(--sun-misc-unsafe-memory-access=allow)
  fi
  case "${1:-}" in
    lsp)
      # The language server runs for as long as the editor does: without a limit its heap grew to
      # gigabytes (a quarter of the machine's memory by default) although what it keeps needs a few
      # dozen megabytes. It gets at most 640 MB: with the JVM's own 250-270 MB (code cache, metaspace,
      # threads) it stays under 1 GB resident (docs/editors.md, "Memory"). It uses the serial collector
      # (one editor, few threads; it gives memory back after a full collection) and ends on running
      # out of memory rather than limping on: the editor starts a new one. Long-running, it keeps the
      # optimizing compiler.
      rsnet_options=(-XX:+UseSerialGC -Xmx640m -XX:+ExitOnOutOfMemoryError)
      if [ "${RSNET_JAVA_MAJOR:-0}" -ge 23 ]; then
        rsnet_options+=(--sun-misc-unsafe-memory-access=allow)
      fi
      ;;
    bench)
      # Long-running: the optimizing compiler (C2) pays for itself.
      ;;
    *)
      # A check of a model is over before C2 has compiled much; C1 alone starts sooner and spends
      # the second core on the command instead of on compiling. Guice would generate a class per
      # injected type for faster construction later, which a short run never gets to use, and
      # generated classes cannot be kept in the start-up cache.
      rsnet_options+=(-XX:TieredStopAtLevel=1 -Dguice_bytecode_gen_option=DISABLED)
      ;;
  esac
}

# Sets rsnet_cache to where the start-up cache of jar $1 for this JDK lives: next to the jar when
# that folder is writable (a source checkout's target/, a user's own unpacked distribution), else
# under the user's cache folder. Returns 1 when the cache is off or has nowhere to go.
rsnet_cache_location() {
  local jar_dir=${1%/*} folder kind jdk
  case "${RSNET_STARTUP_CACHE:-auto}" in
    off) return 1 ;;
    cds) kind=jsa ;;
    *) if [ "${RSNET_JAVA_MAJOR:-0}" -ge 25 ]; then kind=aot; else kind=jsa; fi ;;
  esac
  # An AOT cache needs JDK 25 (-XX:AOTCacheOutput); asked for on an older JDK, there is none.
  [ "${RSNET_STARTUP_CACHE:-auto}" = aot ] && [ "$kind" != aot ] && return 1
  # AOT/CDS caches only load into the very JVM build that wrote them.
  jdk=${JAVA_HOME//\//_}-${RSNET_JAVA_RUNTIME:-$RSNET_JAVA_MAJOR}
  if [ -w "$jar_dir" ]; then
    folder=$jar_dir
  else
    folder=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/rsnet/startup${jar_dir//\//_}
  fi
  rsnet_cache="$folder/rsnet${jdk}.$kind"
}

# The options that load the start-up cache $1 (kind from its name). The JVM checks the cache
# against the jar and itself and ignores it on any mismatch; its messages about that would land on
# stdout, where they would corrupt a report, so they are turned off.
rsnet_cache_options() {
  case "$1" in
    *.aot) rsnet_options+=("-XX:AOTCache=$1" '-Xlog:aot*=off' '-Xlog:cds*=off') ;;
    *.jsa) rsnet_options+=("-XX:SharedArchiveFile=$1" '-Xlog:cds*=off') ;;
  esac
}

# Builds the start-up cache $2 for jar $1 with a training run (`rsnet compile` of the model $3 into
# a scratch folder, which loads what check, simulate and compile need). Quiet, and never an error
# for the caller: a read-only folder or a failed run only means no cache. One build at a time per
# cache (a lock folder, taken over when older than ten minutes).
rsnet_build_cache() {
  local jar=$1 cache=$2 model=$3 lock="$2.lock" scratch status
  [ -f "$model" ] || return 0
  mkdir -p "${cache%/*}" 2>/dev/null || return 0
  if ! mkdir "$lock" 2>/dev/null; then
    [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] || return 0
    rm -rf "$lock" && mkdir "$lock" 2>/dev/null || return 0
  fi
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/rsnet-training.XXXXXX") || { rmdir "$lock"; return 0; }
  # JDK 25.0.3 crashed writing an AOT cache with its class linking on (SIGSEGV in
  # AOTClassLinker::write_to_archive) for a jar whose validator classes hold lambdas in field
  # initializers; without class linking the cache is a little less useful but is written. So a
  # failed AOT training run is tried once more without it.
  local attempt extra
  for attempt in 1 2; do
    rsnet_jvm_options compile
    extra=()
    case "$cache" in
      *.aot) rsnet_options+=("-XX:AOTCacheOutput=$lock/cache"); [ "$attempt" = 2 ] && extra=(-XX:-AOTClassLinking) ;;
      *.jsa) rsnet_options+=("-XX:ArchiveClassesAtExit=$lock/cache"); [ "$attempt" = 2 ] && break ;;
    esac
    status=0
    rm -rf "$scratch/out" "$lock/cache"
    (cd "$scratch" && nice -n 10 "$JAVA_HOME/bin/java" "${rsnet_options[@]}" "${extra[@]}" -jar "$jar" compile "$model" \
      --output "$scratch/out" </dev/null >/dev/null 2>&1) || status=$?
    if [ "$status" = 0 ] && [ -s "$lock/cache" ]; then
      mv -f "$lock/cache" "$cache" 2>/dev/null || true
      break
    fi
  done
  rm -rf "$scratch" "$lock" || true
  return 0
}

# Runs jar $1 with the arguments that follow, replacing this shell. With a fresh start-up cache it
# is loaded; without one, one is built in the background for the next commands (this one runs
# as it would have without a cache), from the training model $RSNET_TRAINING_MODEL.
rsnet_exec() {
  local jar=$1
  shift
  rsnet_jvm_options "${1:-}"
  local options=("${rsnet_options[@]}")
  if rsnet_cache_location "$jar"; then
    if [ -s "$rsnet_cache" ] && ! [ "$jar" -nt "$rsnet_cache" ]; then
      rsnet_options=()
      rsnet_cache_options "$rsnet_cache"
      options+=("${rsnet_options[@]}")
    elif [ -n "${RSNET_TRAINING_MODEL:-}" ]; then
      # Detached from this command's output, so that a caller reading it to the end does not wait.
      (rsnet_build_cache "$jar" "$rsnet_cache" "$RSNET_TRAINING_MODEL" &) </dev/null >/dev/null 2>&1
    fi
  fi
  # RSNET_JAVA_OPTS adds or overrides JVM options, e.g. RSNET_JAVA_OPTS=-Xmx512m.
  # shellcheck disable=SC2086
  exec "$JAVA_HOME/bin/java" "${options[@]}" ${RSNET_JAVA_OPTS:-} -jar "$jar" "$@"
}
