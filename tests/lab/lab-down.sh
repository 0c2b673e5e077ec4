#!/usr/bin/env bash
# Stops a lab and removes everything it created: every process inside its namespaces, the
# persisted namespaces, the veth pair, the network namespace, /run/netns if it created that
# mount, and its state directory. Idempotent: a lab that is not there is not an error.
#
#   lab-down.sh [--if-id ID] NAME
#
#   --if-id ID   only if the lab's marker still has this id (used by the watchdog, so it never
#                removes a newer lab that reused the name).
# Refuses (exit 2) to touch a state directory without this lab's marker.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if_id=""
if [ "${1:-}" = "--if-id" ]; then if_id=$2; shift 2; fi
[ $# -eq 1 ] || die "$EXIT_REFUSED" "usage: lab-down.sh [--if-id ID] NAME"
lab_vars "$1"
[ "$(id -u)" = 0 ] || die "$EXIT_UNSUPPORTED" "lab-down.sh needs root"

started=$(date +%s.%N)
lab_lock
if [ ! -e "$LAB_STATE" ]; then
  # Nothing recorded. A network namespace of our naming scheme without a marker is not ours.
  [ -e "/run/netns/$(node_netns 1)" ] && log "note: /run/netns/$(node_netns 1) exists but has no marker; not touching it"
  log "no lab '$LAB_NAME' here; nothing to do"
  exit 0
fi
is_our_lab || die "$EXIT_REFUSED" "$LAB_STATE exists but has no lab marker; not touching it"
if [ -n "$if_id" ] && [ "$(kv_get "$LAB_MARKER" id)" != "$if_id" ]; then
  log "lab '$LAB_NAME' is a different lab now (id changed); leaving it"
  exit 0
fi
teardown_lab
log "down in $(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $started}") s"
