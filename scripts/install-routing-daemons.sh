#!/usr/bin/env bash
# Installs the routing software the generator tests run the generated configurations on:
# ExaBGP (exabgp --validate, and an NVA in the interop test), FRR (vtysh -C, bgpd for NVAs and for the
# Route Server stand-ins), BIRD 2 (bird -p -c, and an NVA in the interop test) and iproute2 (network
# namespaces). Does nothing when all are present.
set -euo pipefail

missing=()
command -v exabgp >/dev/null 2>&1 || missing+=(exabgp)
{ command -v vtysh >/dev/null 2>&1 && [ -x /usr/lib/frr/bgpd ]; } || missing+=(frr)
command -v bird >/dev/null 2>&1 || missing+=(bird2)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)

if [ ${#missing[@]} -eq 0 ]; then
  echo "routing daemons: already installed (exabgp, frr, bird2, iproute2)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "routing daemons: ${missing[*]} missing; run this script as root (sudo $0)" >&2
  exit 1
fi

echo "routing daemons: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
echo "routing daemons: installed ${missing[*]}"
