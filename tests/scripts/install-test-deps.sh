#!/usr/bin/env bash
# Installs what the test suite needs on Debian/Ubuntu: Pacemaker's CLI tools (the corpus and
# CIB_file tests), a real single-node cluster's daemons and sshd (the command-layer fixture),
# tmux (the real-terminal tests), sudo (the lab test of --sudo: the lab node uses this machine's
# /usr), git and shellcheck (the install.sh tests: a clean copy of HEAD, the script linted).
# Idempotent; needs root.
#
# The 3-node lab's Pacemaker Remote node needs pacemaker-remoted, whose Debian package conflicts
# with `pacemaker` (installing it REMOVES the cluster daemons). So it is never installed: its
# binary is unpacked from the .deb into /opt/crmtui-lab/sbin/ (the libraries it links are
# libpacemaker1's, already installed with pacemaker).
set -euo pipefail
REMOTED=/opt/crmtui-lab/sbin/pacemaker-remoted
install_remoted() {
  [ -x "$REMOTED" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "install-test-deps: $REMOTED missing; run as root to unpack it (3-node lab tests need it)" >&2
    return 1
  fi
  local tmp
  tmp=$(mktemp -d)
  chmod 0755 "$tmp"   # apt's download user must be able to write here
  (cd "$tmp" && { apt-get download -qq pacemaker-remote >/dev/null 2>&1 || { apt-get update -qq && apt-get download -qq pacemaker-remote; }; })
  dpkg-deb -x "$tmp"/pacemaker-remote_*.deb "$tmp/x"
  install -D -m 0755 "$tmp/x/usr/sbin/pacemaker-remoted" "$REMOTED"
  rm -rf "$tmp"
  echo "install-test-deps: unpacked pacemaker-remoted into $REMOTED"
}
pkgs=(pacemaker pacemaker-cli-utils corosync crmsh pcs openssh-server openssh-client sudo tmux iproute2 procps util-linux git shellcheck)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  install_remoted
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
install_remoted
