#!/usr/bin/env bash
# Runs a command inside a lab node's namespaces, as the tests' runner does:
#
#   lab-exec.sh NAME [--node I] -- COMMAND [ARG...]
#   e.g. lab-exec.sh demo -- crm_mon -1
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 1 ] || die "$EXIT_REFUSED" "usage: lab-exec.sh NAME [--node I] -- COMMAND [ARG...]"
lab_vars "$1"; shift
node=1
if [ "${1:-}" = "--node" ]; then node=$2; shift 2; fi
[ "${1:-}" = "--" ] && shift
[ $# -ge 1 ] || die "$EXIT_REFUSED" "no command given"
is_our_lab || die "$EXIT_REFUSED" "no lab '$LAB_NAME' under $LAB_ROOT"
exec nsenter --net="/run/netns/$(node_netns "$node")" --mount="$(node_dir "$node")/ns/mnt" \
  --uts="$(node_dir "$node")/ns/uts" --ipc="$(node_dir "$node")/ns/ipc" -- "$@"
