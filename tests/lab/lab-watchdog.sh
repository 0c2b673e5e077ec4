#!/usr/bin/env bash
# Started by lab-up.sh --owner-pid: waits for the owner process to exit, then removes the lab
# (only if it is still the same lab, by its id), so a killed test run leaves nothing behind.
#
#   lab-watchdog.sh OWNER_PID OWNER_START LAB_ID NAME
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
owner_pid=$1 owner_start=$2 id=$3 name=$4
while [ "$(proc_start "$owner_pid" 2>/dev/null || true)" = "$owner_start" ]; do sleep 2; done
exec "$LAB_SCRIPTS/lab-down.sh" --if-id "$id" "$name"
