#!/usr/bin/env bash
# Installs what the test suite needs on Debian/Ubuntu: Pacemaker's CLI tools (the corpus and
# CIB_file tests), a real single-node cluster's daemons and sshd (the command-layer fixture),
# and tmux (the real-terminal tests). Idempotent; needs root.
set -euo pipefail
pkgs=(pacemaker pacemaker-cli-utils corosync crmsh pcs openssh-server openssh-client tmux iproute2 procps util-linux)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all present"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-test-deps: missing ${missing[*]}; run as root (or install them) to run every test" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts services on install where it can; the tests start their own, in namespaces.
echo "install-test-deps: installed ${missing[*]}"
