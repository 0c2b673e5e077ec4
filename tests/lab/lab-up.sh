#!/usr/bin/env bash
# Starts a real Pacemaker cluster (plus sshd per node) in namespaces of its own: one node by
# default, or three full nodes on a bridge with the lab's fence agent and optionally a Pacemaker
# Remote node.
#
#   lab-up.sh [--nodes 1|3] [--remote] [--index N] [--owner-pid PID] [--timeout SECONDS] NAME
#
#   NAME            1-9 characters [a-z0-9]; the lab's state lives in $CRMTUI_LAB_ROOT/NAME
#                   (default /tmp/crmtui-lab/NAME).
#   --index N       use 10.78.N.0/24 (1-254); default: the first subnet nobody on the host uses.
#   --owner-pid P   the lab belongs to process P: when P is gone, a watchdog tears the lab down,
#                   and a later lab-up of the same NAME treats the lab as stale and replaces it.
#                   Without it the lab is "manual" and only lab-down.sh removes it.
#   --timeout S     how long to wait for every resource to start (default 90).
#   --nodes 3       three full nodes (node1-3, 10.78.N.2-4) joined by the bridge crmb-NAME, whose
#                   host address is 10.78.N.1; stonith-enabled=true with a fence_crmtuilab device
#                   (tests/lab/fence_crmtuilab), dc-deadtime=5s. Default: 1 node, no fencing.
#   --remote        with --nodes 3: a fourth namespace running pacemaker-remoted (remote1,
#                   10.78.N.5) and its ocf:pacemaker:remote connection resource.
#
# On success prints KEY=VALUE lines on stdout (also saved as NAME/lab.env); progress goes to
# stderr. Exit codes: 0 up; 1 failed (logs dumped, everything removed); 2 refused (would collide
# with something this lab did not create); 3 busy (a lab of that name is ours but its owner is
# alive); 4 unsupported (not root, no namespaces, tools missing).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

index=""
owner_pid=""
timeout=90
nodes=1
remote=no
while [ $# -gt 0 ]; do
  case $1 in
    --index) index=$2; shift 2 ;;
    --owner-pid) owner_pid=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --remote) remote=yes; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    -*) die "$EXIT_REFUSED" "unknown option $1 (see --help)" ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || die "$EXIT_REFUSED" "usage: lab-up.sh [--nodes 1|3] [--remote] [--index N] [--owner-pid PID] [--timeout S] NAME"
[[ $nodes = 1 || $nodes = 3 ]] || die "$EXIT_REFUSED" "--nodes must be 1 or 3"
[[ $remote = no || $nodes = 3 ]] || die "$EXIT_REFUSED" "--remote needs --nodes 3"
lab_vars "$1"
[[ -z $index || ( $index =~ ^[0-9]+$ && $index -ge 1 && $index -le 254 ) ]] || die "$EXIT_REFUSED" "--index must be 1-254"
[[ $timeout =~ ^[0-9]+$ ]] || die "$EXIT_REFUSED" "--timeout must be a number of seconds"
if [ -n "$owner_pid" ]; then
  owner_start=$(proc_start "$owner_pid") || die "$EXIT_REFUSED" "--owner-pid $owner_pid: no such process"
fi
reason=$(check_prerequisites) || die "$EXIT_UNSUPPORTED" "$reason"
if [ "$remote" = yes ] && ! lab_remoted >/dev/null; then
  die "$EXIT_UNSUPPORTED" "a remote node needs pacemaker-remoted (tests/scripts/install-test-deps.sh unpacks it into /opt/crmtui-lab/sbin; never install Debian's pacemaker-remote package, it removes pacemaker)"
fi

started=$(date +%s.%N)
namespaces=$nodes
[ "$remote" = yes ] && namespaces=$((nodes + 1))
remote_index=$((nodes + 1))   # only meaningful with --remote
bridge=no
[ "$namespaces" -gt 1 ] && bridge=yes

# --- Claim: check for collisions and create the network side, under the machine-wide lock ---
lab_lock
if [ -e "$LAB_STATE" ]; then
  is_our_lab || die "$EXIT_REFUSED" "$LAB_STATE exists but holds no marker written by these scripts; remove it yourself if it is garbage"
  if owner_alive; then
    if [ -z "$(kv_get "$LAB_MARKER" owner_pid)" ]; then
      die "$EXIT_BUSY" "lab '$LAB_NAME' is already up (started by hand); stop it with lab-down.sh $LAB_NAME"
    fi
    die "$EXIT_BUSY" "lab '$LAB_NAME' is in use by live process $(kv_get "$LAB_MARKER" owner_pid)"
  fi
  log "removing stale lab '$LAB_NAME' left by dead process $(kv_get "$LAB_MARKER" owner_pid)"
  teardown_lab
fi

for i in $(seq "$namespaces"); do
  netns=$(node_netns "$i")
  [ ! -e "/run/netns/$netns" ] || die "$EXIT_REFUSED" "network namespace $netns exists and is not this lab's (no $LAB_MARKER)"
  for ifname in "$(node_host_if "$i")" "$(node_peer_if "$i")"; do
    ! ip link show "$ifname" >/dev/null 2>&1 || die "$EXIT_REFUSED" "interface $ifname exists and is not this lab's"
  done
done
if [ "$bridge" = yes ]; then
  ! ip link show "$(lab_bridge)" >/dev/null 2>&1 || die "$EXIT_REFUSED" "interface $(lab_bridge) exists and is not this lab's"
fi

# A subnet is in use when the host has an address in it, a route inside it or covering it
# narrowly (a /16 or longer: a VPN or another lab scheme; the default route and broad
# routes such as 10.0.0.0/8 do not count, since our /24 is more specific), or another lab claimed it.
subnet_in_use() {
  local n=$1 m
  [ -n "$(ip -o addr show to "10.78.$n.0/24")" ] && return 0
  [ -n "$(ip route show root "10.78.$n.0/24")" ] && return 0
  [ -n "$(ip route show match "10.78.$n.1" | awk '$1 != "default" { split($1, a, "/"); if ((a[2] == "" ? 32 : a[2]) >= 16) print }')" ] && return 0
  for m in "$LAB_ROOT"/*/marker; do
    [ -f "$m" ] && [ "$(kv_get "$m" index)" = "$n" ] && return 0
  done
  return 1
}
if [ -n "$index" ]; then
  ! subnet_in_use "$index" || die "$EXIT_REFUSED" "10.78.$index.0/24 is already in use on this host (address, route or another lab)"
else
  for n in $(seq 1 254); do
    if ! subnet_in_use "$n"; then index=$n; break; fi
  done
  [ -n "$index" ] || die "$EXIT_REFUSED" "no free subnet in 10.78.1-254.0/24"
fi

created_run_netns_mount=no
if ! mountpoint -q /run/netns 2>/dev/null; then
  created_run_netns_mount=yes
  touch "$LAB_NETNS_FLAG"
fi

# The marker goes first: from here on a failure leaves something teardown can recognise as ours.
mkdir -m 0755 "$LAB_STATE"
cat >"$LAB_MARKER" <<EOF
$LAB_MARKER_MAGIC
id=$(cat /proc/sys/kernel/random/uuid)
name=$LAB_NAME
index=$index
nodes=$nodes
namespaces=$namespaces
remote=$remote
bridge=$bridge
owner_pid=$owner_pid
owner_start=${owner_start:-}
created_run_netns_mount=$created_run_netns_mount
EOF

on_failure() {
  local rc=$? dump
  trap - EXIT
  trap '' PIPE   # a reader that went away must not stop the cleanup below
  [ "$rc" -eq 0 ] && return
  # The logs live in the state directory that teardown removes: copy them out first.
  dump=$(mktemp)
  dump_logs >"$dump" 2>&1 || true
  teardown_lab || true
  log "bring-up failed (exit $rc); the lab was removed; its logs follow"
  cat "$dump" >&2 || true
  rm -f "$dump"
  exit "$EXIT_FAILED"
}
dump_logs() {
  local d i f
  echo "----- crm_mon -1 -r (node1) -----"
  in_node 1 timeout 10 crm_mon -1 -r 2>&1 || true
  for i in $(seq "$namespaces"); do
    d=$(node_dir "$i")
    for f in log/cluster/corosync.log log/cluster/corosync.stdout log/pacemaker/pacemakerd.stdout \
             log/pacemaker/pacemaker-remoted.stdout log/pacemaker/pacemaker.log log/sshd.log; do
      [ -f "$d/$f" ] && { echo "----- node $i: $f (last 60 lines) -----"; tail -n 60 "$d/$f"; }
    done
  done
}
trap on_failure EXIT
trap 'exit 130' INT TERM HUP   # killed (e.g. by the fixture's timeout): still clean up via EXIT

if [ "$bridge" = yes ]; then
  ip link add "$(lab_bridge)" type bridge
  ip addr add "$(host_addr "$index")/24" dev "$(lab_bridge)"
  ip link set "$(lab_bridge)" up
fi
for i in $(seq "$namespaces"); do
  netns=$(node_netns "$i")
  host_if=$(node_host_if "$i")
  peer_if=$(node_peer_if "$i")
  ip netns add "$netns"
  ip link add "$host_if" type veth peer name "$peer_if"
  ip link set "$peer_if" netns "$netns"
  if [ "$bridge" = yes ]; then
    ip link set "$host_if" master "$(lab_bridge)"
  else
    ip addr add "$(host_addr "$index")/24" dev "$host_if"
  fi
  ip link set "$host_if" up
  ip netns exec "$netns" ip link set lo up
  ip netns exec "$netns" ip link set "$peer_if" name eth0
  ip netns exec "$netns" ip addr add "$(node_addr "$i" "$index")/24" dev eth0
  ip netns exec "$netns" ip link set eth0 up
done
lab_unlock

# --- Generate every node's configuration on the host side ---
node_label() { if [ "$remote" = yes ] && [ "$1" = "$remote_index" ]; then echo remote1; else node_name "$1"; fi; }
for i in $(seq "$namespaces"); do
  d=$(node_dir "$i")
  mkdir -p "$d/log" "$d/ssh" "$d/ns"
  chmod 0700 "$d/ssh"
  node_label "$i" >"$d/hostname"
done
d1=$(node_dir 1)

corosync-keygen -k "$d1/authkey" >/dev/null 2>&1
{
  cat <<EOF
# Generated by tests/lab/lab-up.sh for lab $LAB_NAME.
totem {
    version: 2
    cluster_name: crmtui-$LAB_NAME
    transport: knet
    crypto_cipher: aes256
    crypto_hash: sha256
    # 1 s token: failure detection in about 3.5 s instead of the default's 5 s or more.
    token: 1000
}
nodelist {
EOF
  for i in $(seq "$nodes"); do
    printf '    node {\n        ring0_addr: %s\n        name: %s\n        nodeid: %s\n    }\n' \
      "$(node_addr "$i" "$index")" "$(node_name "$i")" "$i"
  done
  cat <<EOF
}
quorum {
    provider: corosync_votequorum
}
logging {
    to_stderr: no
    to_syslog: no
    to_logfile: yes
    logfile: /var/log/cluster/corosync.log
    timestamp: on
}
EOF
} >"$d1/corosync.conf"

# The CIB: built with Pacemaker's own tools on a file (CIB_file), so the schema is right.
cib="$d1/cib.xml"
cibadmin --empty >"$cib"
export CIB_file=$cib
if [ "$nodes" -eq 1 ]; then
  crm_attribute --type crm_config --name stonith-enabled --update false
  # dc-deadtime 1s: a lone node otherwise waits (default 20 s) for another DC that will never come;
  # measured bring-up: about 4-6 s at 1s, 8-10 s at 5s (docs/testing.md).
  crm_attribute --type crm_config --name dc-deadtime --update 1s
else
  crm_attribute --type crm_config --name stonith-enabled --update true
  # dc-deadtime 5s: nodes that start a moment apart still elect one DC; formation about 8 s
  # (Pacemaker's default of 20 s makes it about 23 s).
  crm_attribute --type crm_config --name dc-deadtime --update 5s
  # cluster-recheck-interval 20s (default 15 min): the remote connection's reconnect_interval and
  # failure expiry are timer-driven; once on CI the connection stayed Stopped after its remote node
  # was fenced, with nothing recorded. A periodic scheduler run re-evaluates such a cluster.
  crm_attribute --type crm_config --name cluster-recheck-interval --update 20s
fi
# Operation timeout 90 s (Pacemaker's default is 20 s): on a loaded 2-core CI machine a Stateful
# start once took longer than 20 s and the whole bring-up failed on it. A lab must come up slow,
# not fail; tests that measure speed measure it themselves.
cibadmin --create -o configuration --xml-text '<op_defaults><meta_attributes id="op-defaults-lab">
  <nvpair id="op-defaults-lab-timeout" name="timeout" value="90s"/></meta_attributes></op_defaults>'
dummy() { # dummy ID -> a Dummy primitive with a monitor
  echo "<primitive id=\"$1\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"><operations><op id=\"$1-monitor-10s\" name=\"monitor\" interval=\"10s\"/></operations></primitive>"
}
cibadmin --create -o resources --xml-text "$(dummy dummy1)"
cibadmin --create -o resources --xml-text "$(dummy dummy2)"
cibadmin --create -o resources --xml-text "<group id=\"group1\">$(dummy group1-a)$(dummy group1-b)</group>"
cibadmin --create -o resources --xml-text "<clone id=\"dummy-clone\">$(dummy dummy-c)</clone>"
cibadmin --create -o resources --xml-text '<clone id="stateful-clone">
  <meta_attributes id="stateful-clone-meta"><nvpair id="stateful-clone-promotable" name="promotable" value="true"/></meta_attributes>
  <primitive id="stateful" class="ocf" provider="pacemaker" type="Stateful"><operations>
    <op id="stateful-monitor-promoted" name="monitor" interval="10s" role="Promoted"/>
    <op id="stateful-monitor-unpromoted" name="monitor" interval="11s" role="Unpromoted"/>
  </operations></primitive></clone>'
expected_instances=6   # dummy1, dummy2, group1-a, group1-b, dummy-c:0, stateful:0
cluster_nodes=""
for i in $(seq "$nodes"); do cluster_nodes="$cluster_nodes $(node_name "$i")"; done
if [ "$nodes" -gt 1 ]; then
  host_list="${cluster_nodes# }"
  [ "$remote" = yes ] && host_list="$host_list remote1"
  # The lab's fence agent: "off" kills every process in a node's namespaces, "on" boots it again.
  cibadmin --create -o resources --xml-text "<primitive id=\"fence-lab\" class=\"stonith\" type=\"fence_crmtuilab\">
    <instance_attributes id=\"fence-lab-params\">
      <nvpair id=\"fence-lab-lab\" name=\"lab\" value=\"$LAB_NAME\"/>
      <nvpair id=\"fence-lab-root\" name=\"lab_root\" value=\"$LAB_ROOT\"/>
      <nvpair id=\"fence-lab-hosts\" name=\"pcmk_host_list\" value=\"$host_list\"/>
      <nvpair id=\"fence-lab-reboot-timeout\" name=\"pcmk_reboot_timeout\" value=\"90s\"/>
    </instance_attributes>
    <operations><op id=\"fence-lab-monitor-30s\" name=\"monitor\" interval=\"30s\"/></operations></primitive>"
  # Instances on every full node, plus fence-lab (dummy-c and stateful run on the remote node too).
  expected_instances=$((4 + 2 * namespaces + 1))
  if [ "$remote" = yes ]; then
    head -c 4096 /dev/urandom >"$d1/pcmk-authkey"
    cibadmin --create -o resources --xml-text "<primitive id=\"remote1\" class=\"ocf\" provider=\"pacemaker\" type=\"remote\">
      <instance_attributes id=\"remote1-params\">
        <nvpair id=\"remote1-server\" name=\"server\" value=\"$(node_addr "$remote_index" "$index")\"/>
        <nvpair id=\"remote1-reconnect\" name=\"reconnect_interval\" value=\"5s\"/>
      </instance_attributes>
      <operations><op id=\"remote1-monitor-5s\" name=\"monitor\" interval=\"5s\" timeout=\"15s\"/></operations></primitive>"
    expected_instances=$((expected_instances + 1))
  fi
fi
unset CIB_file

# sshd on every node: key-only, root by key, its own host key; one client key and one known_hosts
# (in node1/ssh, as for the one-node lab) for all of them.
ssh_port=22
ssh-keygen -q -t ed25519 -N '' -C "crmtui-lab-$LAB_NAME-client" -f "$d1/ssh/id_ed25519"
: >"$d1/ssh/known_hosts.new"
for i in $(seq "$namespaces"); do
  d=$(node_dir "$i")
  addr=$(node_addr "$i" "$index")
  ssh-keygen -q -t ed25519 -N '' -C "crmtui-lab-$LAB_NAME-host$i" -f "$d/ssh/ssh_host_ed25519_key"
  cp "$d1/ssh/id_ed25519.pub" "$d/authorized_keys"
  echo "$addr $(cut -d' ' -f1,2 "$d/ssh/ssh_host_ed25519_key.pub")" >>"$d1/ssh/known_hosts.new"
  cat >"$d/sshd_config" <<EOF
# Generated by tests/lab/lab-up.sh for lab $LAB_NAME.
ListenAddress $addr:$ssh_port
HostKey $d/ssh/ssh_host_ed25519_key
PidFile /run/sshd.pid
PermitRootLogin prohibit-password
PubkeyAuthentication yes
# In each user's home (root: /root/.ssh), so a test can add a non-root login user to a node.
AuthorizedKeysFile .ssh/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PrintMotd no
# Tests open many sessions over one multiplexed connection and many fresh connections in a row.
MaxSessions 100
MaxStartups 100:30:200
LogLevel VERBOSE
EOF
  if [ "$i" -gt 1 ] && [ "$i" -le "$nodes" ]; then
    cp "$d1/authkey" "$d1/corosync.conf" "$d1/cib.xml" "$d/"
  fi
  [ -f "$d1/pcmk-authkey" ] && [ "$i" -gt 1 ] && cp "$d1/pcmk-authkey" "$d/"
  if [ "$nodes" -gt 1 ] && [ "$i" -le "$nodes" ]; then
    # The fence agent, as Pacemaker finds it: /usr/sbin/fence_crmtuilab inside the node (an
    # overlay of this directory, see node-init.sh). It re-enters the host's namespaces to act.
    mkdir -p "$d/fence-bin"
    cat >"$d/fence-bin/fence_crmtuilab" <<EOF
#!/bin/sh
# Generated by lab-up.sh: runs tests/lab/fence-agent.sh in the host's namespaces, entered through
# the lab's anchor process (PID 1's are not open to us in a container); stdin passes through.
# The controller asks for the metadata as hacluster, who can neither enter namespaces nor write the
# log: that one action needs neither, so a non-root caller runs the agent as it is.
[ "\$(id -u)" = 0 ] || exec $(printf %q "$LAB_SCRIPTS/fence-agent.sh") "\$@"
pid=\$(sed -n 's/^anchor_pid=//p' $(printf %q "$LAB_MARKER"))
exec nsenter --target "\$pid" --net --mount --uts --ipc -- $(printf %q "$LAB_SCRIPTS/fence-agent.sh") "\$@" 2>>$(printf %q "$LAB_STATE/fence.stderr")
EOF
    chmod 0755 "$d/fence-bin/fence_crmtuilab"
  fi
done
mv "$d1/ssh/known_hosts.new" "$d1/ssh/known_hosts"

# --- The anchor: a process of ours that stays in the host's namespaces while the lab is up, so the
# fence agent (run by Pacemaker inside a node) can enter them to power nodes off and on ---
if [ "$nodes" -gt 1 ]; then
  setsid sleep infinity </dev/null >/dev/null 2>&1 &
  anchor=$!
  { echo "anchor_pid=$anchor"; echo "anchor_start=$(proc_start "$anchor")"; } >>"$LAB_MARKER"
fi

# --- Start every node in namespaces of its own ---
boot_started=$(date +%s.%N)
for i in $(seq "$namespaces"); do
  role=full
  [ "$remote" = yes ] && [ "$i" = "$remote_index" ] && role=remote
  log "starting $role node $(node_label "$i") ($(node_addr "$i" "$index"))"
  boot_node "$i" "$role"
done

# --- Wait until every node is online, a DC is elected, quorum, every resource instance started ---
# crm_mon's XML has one <resource> line per instance; grep is enough and needs no extra tools.
formed=""
cluster_formed() {
  local xml=$1 n
  grep -q '<current_dc present="true"' <<<"$xml" || return 1
  grep -q 'with_quorum="true"' <<<"$xml" || return 1
  for n in $cluster_nodes; do
    grep -q "<node name=\"$n\" [^>]*online=\"true\"" <<<"$xml" || return 1
  done
}
all_started() {
  local xml total good
  xml=$(in_node 1 crm_mon --output-as=xml 2>/dev/null) || return 1
  cluster_formed "$xml" || return 1
  [ -n "$formed" ] || formed=$(date +%s.%N)
  if [ "$remote" = yes ]; then grep -q '<node name="remote1" [^>]*online="true"' <<<"$xml" || return 1; fi
  total=$(grep -c '<resource ' <<<"$xml" || true)
  good=$(grep '<resource ' <<<"$xml" | grep -E 'role="(Started|Promoted|Unpromoted)"' | grep 'active="true"' |
    grep -c 'failed="false"' || true)
  [ "$total" -eq "$expected_instances" ] && [ "$good" -eq "$expected_instances" ]
}
deadline=$(( $(date +%s) + timeout ))
until all_started; do
  [ "$(date +%s)" -lt "$deadline" ] || { log "error: resources not all started within ${timeout} s"; exit 1; }
  sleep 0.25
done
ready=$(date +%s.%N)

# --- Watchdog: tear the lab down when its owner dies without calling lab-down.sh ---
if [ -n "$owner_pid" ]; then
  id=$(kv_get "$LAB_MARKER" id)
  setsid "$LAB_SCRIPTS/lab-watchdog.sh" "$owner_pid" "$owner_start" "$id" "$LAB_NAME" >/dev/null 2>&1 </dev/null &
  wd=$!
  { echo "watchdog_pid=$wd"; echo "watchdog_start=$(proc_start "$wd")"; } >>"$LAB_MARKER"
fi

trap - EXIT
memory_kib=0
for i in $(seq "$namespaces"); do memory_kib=$((memory_kib + $(node_memory_kib "$i"))); done
seconds() { awk "BEGIN {printf \"%.2f\", $2 - $1}"; }
{
  echo "LAB_NAME=$LAB_NAME"
  echo "LAB_STATE=$LAB_STATE"
  echo "NODE_COUNT=$nodes"
  # Node 1 under the one-node lab's keys, so everything written for that lab works here too.
  echo "NODE_NAME=$(node_name 1)"
  echo "NODE_ADDRESS=$(node_addr 1 "$index")"
  echo "HOST_ADDRESS=$(host_addr "$index")"
  echo "NETNS=$(node_netns 1)"
  echo "NETNS_PATH=/run/netns/$(node_netns 1)"
  echo "MNT_NS=$d1/ns/mnt"
  echo "UTS_NS=$d1/ns/uts"
  echo "IPC_NS=$d1/ns/ipc"
  if [ "$namespaces" -gt 1 ]; then
    for i in $(seq "$namespaces"); do
      p=NODE$i
      [ "$remote" = yes ] && [ "$i" = "$remote_index" ] && p=REMOTE
      echo "${p}_NAME=$(node_label "$i")"
      echo "${p}_INDEX=$i"
      echo "${p}_ADDRESS=$(node_addr "$i" "$index")"
      echo "${p}_NETNS_PATH=/run/netns/$(node_netns "$i")"
      echo "${p}_MNT_NS=$(node_dir "$i")/ns/mnt"
      echo "${p}_UTS_NS=$(node_dir "$i")/ns/uts"
      echo "${p}_IPC_NS=$(node_dir "$i")/ns/ipc"
    done
  fi
  echo "SSH_PORT=$ssh_port"
  echo "SSH_USER=root"
  echo "IDENTITY_FILE=$d1/ssh/id_ed25519"
  echo "KNOWN_HOSTS_FILE=$d1/ssh/known_hosts"
  # Formation: first daemon started -> every full node online, a DC, quorum.
  echo "FORMATION_SECONDS=$(seconds "$boot_started" "$formed")"
  echo "BRINGUP_SECONDS=$(seconds "$started" "$ready")"
  echo "MEMORY_KIB=$memory_kib"
} | tee "$LAB_STATE/lab.env"
log "up: $cluster_nodes$([ "$remote" = yes ] && echo " + remote1") on 10.78.$index.0/24; ssh root@$(node_addr 1 "$index") -i $d1/ssh/id_ed25519 -o UserKnownHostsFile=$d1/ssh/known_hosts"
