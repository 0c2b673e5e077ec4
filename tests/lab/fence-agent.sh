#!/usr/bin/env bash
# The lab's test-only fence agent (fence-agents stdin protocol: key=value lines on stdin, or
# -o ACTION / -n PLUG on the command line). Pacemaker runs it as /usr/sbin/fence_crmtuilab inside
# a lab node; that wrapper (written by lab-up.sh) re-enters the host's namespaces and runs this.
#
#   off     kills every process in the target node's namespaces (the node "loses power")
#   on      boots the node again: fresh mount/UTS/IPC namespaces, node-init.sh (its private
#           tmpfs state is gone, as after a power cycle; the cluster re-syncs its CIB)
#   reboot  off, then waits until every surviving full node has seen the target leave the
#           membership (a node that rejoins before that is told it was "allegedly just fenced"
#           and shuts itself down), then on
#   status  0 when the target is on (its power holder runs: lib.sh node_is_on), 2 when it is off
#   list, monitor, validate-all, metadata
#
# Parameters: plug (or port) = node name; lab = lab name; lab_root = the labs' root directory.
# When $LAB_ROOT/<lab>/fence-fail exists, off and reboot fail (exit 1) without touching the node:
# the failed-fencing case. Every call is logged to $LAB_ROOT/<lab>/fence.log.
set -uo pipefail

action="" plug="" lab="" lab_root=""
set_opt() {
  case $1 in
    action|option) action=$2 ;;
    plug|port|nodename) [ "$1" = nodename ] && [ -n "$plug" ] || plug=$2 ;;
    lab) lab=$2 ;;
    lab_root) lab_root=$2 ;;
  esac
}
while [ $# -gt 0 ]; do
  case $1 in
    -o) action=$2; shift 2 ;;
    --action=*) action=${1#*=}; shift ;;
    -n) plug=$2; shift 2 ;;
    --plug=*) plug=${1#*=}; shift ;;
    *) shift ;;
  esac
done
if [ ! -t 0 ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    [[ $line == *=* ]] && set_opt "${line%%=*}" "${line#*=}"
  done
fi
action=${action:-reboot}

if [ "$action" = metadata ]; then
  cat <<'EOF'
<?xml version="1.0" ?>
<resource-agent name="fence_crmtuilab" shortdesc="crmtui test lab: power a lab node off and on">
<longdesc>Test-only fence agent for crmtui's namespaced lab (tests/lab). Off kills every process in the node's namespaces; on starts the node again.</longdesc>
<vendor-url>https://github.com/</vendor-url>
<parameters>
  <parameter name="action" unique="0" required="1">
    <getopt mixed="-o, --action=[action]"/>
    <content type="string" default="reboot"/>
    <shortdesc lang="en">Fencing action</shortdesc>
  </parameter>
  <parameter name="plug" unique="0" required="1" obsoletes="port">
    <getopt mixed="-n, --plug=[id]"/>
    <content type="string"/>
    <shortdesc lang="en">Lab node name (node1, node2, node3, remote1)</shortdesc>
  </parameter>
  <parameter name="port" unique="0" required="0" deprecated="1">
    <getopt mixed="-n, --plug=[id]"/>
    <content type="string"/>
    <shortdesc lang="en">Lab node name (deprecated: plug)</shortdesc>
  </parameter>
  <parameter name="lab" unique="0" required="1">
    <content type="string"/>
    <shortdesc lang="en">Lab name (tests/lab/lab-up.sh NAME)</shortdesc>
  </parameter>
  <parameter name="lab_root" unique="0" required="0">
    <content type="string" default="/tmp/crmtui-lab"/>
    <shortdesc lang="en">Directory holding the labs' state</shortdesc>
  </parameter>
</parameters>
<actions>
  <action name="on" automatic="0"/>
  <action name="off"/>
  <action name="reboot"/>
  <action name="status"/>
  <action name="list"/>
  <action name="monitor"/>
  <action name="metadata"/>
  <action name="validate-all"/>
</actions>
</resource-agent>
EOF
  exit 0
fi

[ -n "$lab" ] || { echo "fence_crmtuilab: parameter 'lab' is required" >&2; exit 1; }
[ -n "$lab_root" ] && export CRMTUI_LAB_ROOT=$lab_root
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lab_vars "$lab"
is_our_lab || { echo "fence_crmtuilab: no lab '$lab' under $LAB_ROOT" >&2; exit 1; }
flog() { printf '%s %s %s: %s\n' "$(date -u +%H:%M:%S.%3N)" "$action" "${plug:--}" "$*" >>"$LAB_STATE/fence.log"; }

# Node name -> index, from the hostname file lab-up.sh wrote for each node.
target=""
for i in $(seq "$(lab_namespaces)"); do
  [ "$(cat "$(node_dir "$i")/hostname" 2>/dev/null)" = "$plug" ] && target=$i
done
role_of() { if [ "$(kv_get "$LAB_MARKER" remote)" = yes ] && [ "$1" = "$(lab_namespaces)" ]; then echo remote; else echo full; fi; }
need_target() { [ -n "$target" ] || { flog "unknown node"; echo "fence_crmtuilab: no node '$plug' in lab $lab" >&2; exit 1; }; }
check_fail_marker() {
  if [ -e "$LAB_STATE/fence-fail" ]; then
    flog "failing on purpose ($LAB_STATE/fence-fail exists)"
    echo "fence_crmtuilab: fencing disabled by $LAB_STATE/fence-fail" >&2
    exit 1
  fi
}
power_off() {
  kill_node "$target"
  flog "off: every process in the node's namespaces killed"
}
power_on() {
  if node_is_on "$target"; then flog "on: already running"; return 0; fi
  boot_node "$target" "$(role_of "$target")" >>"$LAB_STATE/fence.log" 2>&1 || { flog "on: boot failed"; return 1; }
  flog "on: booted"
}
# True when every full node that still runs Pacemaker lists the target as lost (or not at all).
survivors_saw_it_leave() {
  local j out
  for j in $(seq "$(kv_get "$LAB_MARKER" nodes)"); do
    [ "$j" = "$target" ] && continue
    node_is_on "$j" || continue
    out=$(in_node "$j" timeout 5 crm_node -l 2>/dev/null) || return 1
    grep -Eq "^[0-9]+ $plug member" <<<"$out" && return 1
  done
  return 0
}

case $action in
  monitor|validate-all) exit 0 ;;
  list)
    for i in $(seq "$(lab_namespaces)"); do cat "$(node_dir "$i")/hostname"; done
    exit 0 ;;
  status)
    need_target
    node_is_on "$target" && exit 0
    exit 2 ;;
  off)
    need_target; check_fail_marker; power_off; exit 0 ;;
  on)
    need_target; power_on; exit $? ;;
  reboot)
    need_target; check_fail_marker; power_off
    if [ "$(role_of "$target")" = full ]; then
      deadline=$(( $(date +%s) + 60 ))
      until survivors_saw_it_leave; do
        [ "$(date +%s)" -lt "$deadline" ] || { flog "survivors did not see the node leave within 60 s"; exit 1; }
        sleep 0.2
      done
      flog "survivors saw the node leave"
    fi
    power_on; exit $? ;;
  *)
    echo "fence_crmtuilab: unsupported action '$action'" >&2; exit 1 ;;
esac
