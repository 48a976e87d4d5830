#!/bin/sh
# Builds the Eclipse plug-in with Tycho (the reactor in eclipse/tycho) and runs its UI tests. The main
# Maven build calls this from the eclipse module; it can also be run by hand:
#   eclipse/build.sh verify              # plug-in, UI tests, p2 repository
#   eclipse/build.sh verify -DskipTests  # plug-in and p2 repository only
# The UI tests need a display: the one in $DISPLAY, or else a private Xvfb started here (Debian
# package xvfb; scripts/install-editor-clients.sh installs it).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)

needs_display=true
for argument in "$@"; do
  case "$argument" in
    -DskipTests|-DskipTests=true|-Dmaven.test.skip=true) needs_display=false ;;
  esac
done

xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

if [ "$needs_display" = true ] && [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "eclipse/build.sh: the Eclipse UI tests need a display, and there is no DISPLAY and no Xvfb." >&2
    echo "  Install Xvfb (sudo apt-get install xvfb, or sudo scripts/install-editor-clients.sh)," >&2
    echo "  or build the plug-in without its tests: eclipse/build.sh verify -DskipTests" >&2
    exit 1
  fi
  display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1))
  done
  Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  waited=0
  while [ ! -e "/tmp/.X11-unix/X$display" ]; do
    if ! kill -0 "$xvfb_pid" 2>/dev/null || [ "$waited" -ge 100 ]; then
      echo "eclipse/build.sh: Xvfb :$display did not start." >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  DISPLAY=":$display"
  export DISPLAY
fi

"$root/mvnw" -B -f "$root/eclipse/tycho/pom.xml" "$@"
