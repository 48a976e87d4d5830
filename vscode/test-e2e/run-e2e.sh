#!/usr/bin/env bash
# Runs vscode-e2e.js with code-server and Chromium in a network namespace of their own (loopback
# only): the test needs no network, and nothing it starts can reach one. Paths of the installed
# clients come from scripts/install-editor-clients.sh (~/.cache/rsnet-ci/editor-clients.ready).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ready="$HOME/.cache/rsnet-ci/editor-clients.ready"
if [ ! -f "$ready" ]; then
  echo "run-e2e: $ready is missing: run scripts/install-editor-clients.sh first" >&2
  exit 2
fi
node24=$(sed -n 's/^node=//p' "$ready")
code_server=$(sed -n 's/^code_server=//p' "$ready")
chromium=$(sed -n 's/^chromium=//p' "$ready")
: "${JAVA_HOME:?JAVA_HOME must name a JDK 21+ for the language server}"
# unshare needs root (CI runs as root); elsewhere a user namespace maps the caller to root.
unshare_flags=(-n)
[ "$(id -u)" -ne 0 ] && unshare_flags=(-r -n)
exec unshare "${unshare_flags[@]}" env NODE24="$node24" CODE_SERVER="$code_server" CHROMIUM="$chromium" \
  JAVA_HOME="$JAVA_HOME" bash -c 'ip link set lo up && exec node "$1"' run-e2e "$here/vscode-e2e.js"
