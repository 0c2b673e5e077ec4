#!/usr/bin/env bash
# Stops or starts Pacemaker on a lab node, for tests of what crmtui does when the cluster stack
# goes away under it (and comes back). corosync and sshd keep running.
#
#   lab-node.sh NAME [--node I] stop-pacemaker|start-pacemaker
#
# stop-pacemaker: `pacemakerd --shutdown` (resources are stopped cleanly), then waits until
#   every pacemaker daemon of that node has exited (bounded: 60 s).
# start-pacemaker: starts pacemakerd detached inside the node's namespaces, then waits until
#   crm_mon answers with a DC (bounded: 60 s). The CIB survives in the node's private tmpfs.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 2 ] || die "$EXIT_REFUSED" "usage: lab-node.sh NAME [--node I] stop-pacemaker|start-pacemaker"
lab_vars "$1"; shift
node=1
if [ "$1" = "--node" ]; then node=$2; shift 2; fi
is_our_lab || die "$EXIT_REFUSED" "no lab '$LAB_NAME' under $LAB_ROOT"

pacemaker_pids() {
  local p
  for p in $(node_pids "$node"); do
    case $(cat "/proc/$p/comm" 2>/dev/null) in pacemakerd|pacemaker-*) echo "$p" ;; esac
  done
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$(( $(date +%s) + $1 )) what=$2; shift 2
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || die "$EXIT_FAILED" "$what did not happen within the time allowed"
    sleep 0.2
  done
}
no_pacemaker() { [ -z "$(pacemaker_pids)" ]; }
dc_elected() { in_node "$node" crm_mon --output-as=xml 2>/dev/null | grep -q '<current_dc present="true"'; }

case $1 in
  stop-pacemaker)
    no_pacemaker && { log "pacemaker is not running on node $node"; exit 0; }
    in_node "$node" pacemakerd --shutdown >/dev/null 2>&1 || true
    wait_for 60 "pacemaker shutdown on node $node" no_pacemaker
    log "pacemaker stopped on node $node"
    ;;
  start-pacemaker)
    no_pacemaker || { log "pacemaker is already running on node $node"; exit 0; }
    in_node "$node" env PCMK_logfile=/var/log/pacemaker/pacemaker.log PCMK_logfacility=none \
      setsid pacemakerd </dev/null >>"$(node_dir "$node")/log/pacemaker/pacemakerd.stdout" 2>&1 &
    wait_for 60 "a DC election on node $node" dc_elected
    log "pacemaker started on node $node"
    ;;
  *) die "$EXIT_REFUSED" "unknown action '$1' (stop-pacemaker or start-pacemaker)" ;;
esac
