#!/usr/bin/env bash
# Faults on a lab node, for tests of what crmtui does when the cluster stack goes away under it
# (and comes back).
#
#   lab-node.sh NAME [--node I] ACTION
#
# stop-pacemaker: `pacemakerd --shutdown` (resources are stopped cleanly), then waits until
#   every pacemaker daemon of that node has exited (bounded: 60 s).
# start-pacemaker: starts pacemakerd detached inside the node's namespaces, then waits until
#   crm_mon answers with a DC (bounded: 60 s). The CIB survives in the node's private tmpfs.
# kill-corosync: SIGKILL to the node's corosync only (the cluster sees it UNCLEAN and fences it).
# power-off: SIGKILL to every process in the node's namespaces, as the fence agent's "off"
#   (no fencing involved: the cluster just loses the node).
# power-on: boots a powered-off node again (fresh private state, as the fence agent's "on").
# stop-remoted / start-remoted: the Pacemaker Remote daemon of a remote node goes away / comes back.
#   stop is SIGTERM: remoted asks the cluster to shut its connection down, and a connection that
#   then fails is "unrecoverable" to the scheduler, which fences the remote node.
# kill-remoted: SIGKILL to pacemaker-remoted (a crash: no shutdown request), the connection's
#   monitor fails and the cluster recovers it per its on-fail.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 2 ] || die "$EXIT_REFUSED" "usage: lab-node.sh NAME [--node I] ACTION (see the header)"
lab_vars "$1"; shift
node=1
if [ "$1" = "--node" ]; then node=$2; shift 2; fi
is_our_lab || die "$EXIT_REFUSED" "no lab '$LAB_NAME' under $LAB_ROOT"

pacemaker_pids() {
  local p
  for p in $(node_pids "$node"); do
    # pacemaker-remoted (comm truncated to 15 bytes) is not part of a full node's stack.
    case $(cat "/proc/$p/comm" 2>/dev/null) in pacemaker-remot) ;; pacemakerd|pacemaker-*) echo "$p" ;; esac
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
remoted_running() {
  local p
  for p in $(node_pids "$node"); do [ "$(cat "/proc/$p/comm" 2>/dev/null)" = pacemaker-remot ] && return 0; done
  return 1
}
no_remoted() { ! remoted_running; }
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
  kill-corosync)
    killed=""
    for p in $(node_pids "$node"); do
      [ "$(cat "/proc/$p/comm" 2>/dev/null)" = corosync ] && kill -KILL "$p" 2>/dev/null && killed=$p
    done
    [ -n "$killed" ] || die "$EXIT_FAILED" "no corosync running on node $node"
    log "corosync (pid $killed) killed on node $node"
    ;;
  power-off)
    kill_node "$node"
    log "node $node powered off"
    ;;
  power-on)
    ! node_is_on "$node" || { log "node $node is already on"; exit 0; }
    role=full
    [ "$(kv_get "$LAB_MARKER" remote)" = yes ] && [ "$node" = "$(lab_namespaces)" ] && role=remote
    boot_node "$node" "$role"
    log "node $node booted"
    ;;
  stop-remoted)
    for p in $(node_pids "$node"); do
      [ "$(cat "/proc/$p/comm" 2>/dev/null)" = pacemaker-remot ] && kill -TERM "$p" 2>/dev/null
    done
    wait_for 30 "pacemaker-remoted exit on node $node" no_remoted
    log "pacemaker-remoted stopped on node $node"
    ;;
  kill-remoted)
    killed=""
    for p in $(node_pids "$node"); do
      [ "$(cat "/proc/$p/comm" 2>/dev/null)" = pacemaker-remot ] && kill -KILL "$p" 2>/dev/null && killed=$p
    done
    [ -n "$killed" ] || die "$EXIT_FAILED" "no pacemaker-remoted running on node $node"
    wait_for 30 "pacemaker-remoted exit on node $node" no_remoted
    log "pacemaker-remoted (pid $killed) killed on node $node"
    ;;
  start-remoted)
    no_remoted || { log "pacemaker-remoted is already running on node $node"; exit 0; }
    in_node "$node" env PCMK_logfile=/var/log/pacemaker/pacemaker.log PCMK_logfacility=none \
      setsid "$(lab_remoted)" </dev/null >>"$(node_dir "$node")/log/pacemaker/pacemaker-remoted.stdout" 2>&1 &
    wait_for 30 "pacemaker-remoted start on node $node" remoted_running
    log "pacemaker-remoted started on node $node"
    ;;
  *) die "$EXIT_REFUSED" "unknown action '$1' (stop-pacemaker, start-pacemaker, kill-corosync, power-off, power-on, stop-remoted, kill-remoted, start-remoted)" ;;
esac
