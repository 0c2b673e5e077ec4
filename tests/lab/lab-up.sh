#!/usr/bin/env bash
# Starts a real single-node Pacemaker cluster (plus sshd) in namespaces of its own.
#
#   lab-up.sh [--index N] [--owner-pid PID] [--timeout SECONDS] NAME
#
#   NAME            1-9 characters [a-z0-9]; the lab's state lives in $CRMTUI_LAB_ROOT/NAME
#                   (default /tmp/crmtui-lab/NAME).
#   --index N       use 10.78.N.0/24 (1-254); default: the first subnet nobody on the host uses.
#   --owner-pid P   the lab belongs to process P: when P is gone, a watchdog tears the lab down,
#                   and a later lab-up of the same NAME treats the lab as stale and replaces it.
#                   Without it the lab is "manual" and only lab-down.sh removes it.
#   --timeout S     how long to wait for every resource to start (default 90).
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
while [ $# -gt 0 ]; do
  case $1 in
    --index) index=$2; shift 2 ;;
    --owner-pid) owner_pid=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) die "$EXIT_REFUSED" "unknown option $1 (see --help)" ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || die "$EXIT_REFUSED" "usage: lab-up.sh [--index N] [--owner-pid PID] [--timeout S] NAME"
lab_vars "$1"
[[ -z $index || ( $index =~ ^[0-9]+$ && $index -ge 1 && $index -le 254 ) ]] || die "$EXIT_REFUSED" "--index must be 1-254"
[[ $timeout =~ ^[0-9]+$ ]] || die "$EXIT_REFUSED" "--timeout must be a number of seconds"
if [ -n "$owner_pid" ]; then
  owner_start=$(proc_start "$owner_pid") || die "$EXIT_REFUSED" "--owner-pid $owner_pid: no such process"
fi
reason=$(check_prerequisites) || die "$EXIT_UNSUPPORTED" "$reason"

started=$(date +%s.%N)
nodes=1
i=1

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

netns=$(node_netns $i)
host_if=$(node_host_if $i)
peer_if=$(node_peer_if $i)
[ ! -e "/run/netns/$netns" ] || die "$EXIT_REFUSED" "network namespace $netns exists and is not this lab's (no $LAB_MARKER)"
for ifname in "$host_if" "$peer_if"; do
  ! ip link show "$ifname" >/dev/null 2>&1 || die "$EXIT_REFUSED" "interface $ifname exists and is not this lab's"
done

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
  local d; d=$(node_dir $i)
  echo "----- crm_mon -1 -r -----"
  in_node $i timeout 10 crm_mon -1 -r 2>&1 || true
  for f in log/cluster/corosync.log log/cluster/corosync.stdout log/pacemaker/pacemakerd.stdout log/pacemaker/pacemaker.log log/sshd.log; do
    [ -f "$d/$f" ] && { echo "----- $f (last 60 lines) -----"; tail -n 60 "$d/$f"; }
  done
}
trap on_failure EXIT
trap 'exit 130' INT TERM HUP   # killed (e.g. by the fixture's timeout): still clean up via EXIT

ip netns add "$netns"
ip link add "$host_if" type veth peer name "$peer_if"
ip link set "$peer_if" netns "$netns"
ip addr add "$(host_addr "$index")/24" dev "$host_if"
ip link set "$host_if" up
ip netns exec "$netns" ip link set lo up
ip netns exec "$netns" ip link set "$peer_if" name eth0
ip netns exec "$netns" ip addr add "$(node_addr $i "$index")/24" dev eth0
ip netns exec "$netns" ip link set eth0 up
lab_unlock

# --- Generate the node's configuration on the host side ---
d=$(node_dir $i)
addr=$(node_addr $i "$index")
mkdir -p "$d/log" "$d/ssh" "$d/ns"
chmod 0700 "$d/ssh"

corosync-keygen -k "$d/authkey" >/dev/null 2>&1
cat >"$d/corosync.conf" <<EOF
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
    node {
        ring0_addr: $addr
        name: $(node_name $i)
        nodeid: $i
    }
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

# The CIB: built with Pacemaker's own tools on a file (CIB_file), so the schema is right.
cib="$d/cib.xml"
cibadmin --empty >"$cib"
export CIB_file=$cib
crm_attribute --type crm_config --name stonith-enabled --update false
# dc-deadtime 1s: a lone node otherwise waits (default 20 s) for another DC that will never come;
# measured bring-up: about 4-6 s at 1s, 8-10 s at 5s (docs/testing.md).
crm_attribute --type crm_config --name dc-deadtime --update 1s
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
unset CIB_file
expected_instances=6   # dummy1, dummy2, group1-a, group1-b, dummy-c:0, stateful:0

# sshd: key-only, root by key, its own host key, a client key and a known_hosts for it.
ssh_port=22
ssh-keygen -q -t ed25519 -N '' -C "crmtui-lab-$LAB_NAME-host" -f "$d/ssh/ssh_host_ed25519_key"
ssh-keygen -q -t ed25519 -N '' -C "crmtui-lab-$LAB_NAME-client" -f "$d/ssh/id_ed25519"
cp "$d/ssh/id_ed25519.pub" "$d/authorized_keys"
echo "$addr $(cut -d' ' -f1,2 "$d/ssh/ssh_host_ed25519_key.pub")" >"$d/ssh/known_hosts"
cat >"$d/sshd_config" <<EOF
# Generated by tests/lab/lab-up.sh for lab $LAB_NAME.
ListenAddress $addr:$ssh_port
HostKey $d/ssh/ssh_host_ed25519_key
PidFile /run/sshd.pid
PermitRootLogin prohibit-password
PubkeyAuthentication yes
AuthorizedKeysFile /root/.ssh/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PrintMotd no
# Tests open many sessions over one multiplexed connection and many fresh connections in a row.
MaxSessions 100
MaxStartups 100:30:200
LogLevel VERBOSE
EOF

# --- Namespaces: mount, UTS and IPC, persisted by bind-mounting their ns files ---
# The ns files must live on a private mount, or the kernel refuses the bind (propagation loop).
mount --bind "$d/ns" "$d/ns"
mount --make-private "$d/ns"
touch "$d/ns/mnt" "$d/ns/uts" "$d/ns/ipc"
nsenter --net="/run/netns/$netns" \
  unshare --mount="$d/ns/mnt" --uts="$d/ns/uts" --ipc="$d/ns/ipc" --propagation private true

log "starting corosync, pacemakerd and sshd on $(node_name $i) ($addr)"
in_node $i "$LAB_SCRIPTS/node-init.sh" "$d" "$(node_name $i)" </dev/null >&2

# --- Wait until the node is online, DC, quorate and every resource instance is started ---
# crm_mon's XML has one <resource> line per instance; grep is enough and needs no extra tools.
all_started() {
  local xml total good
  xml=$(in_node $i crm_mon --output-as=xml 2>/dev/null) || return 1
  grep -q '<current_dc present="true"' <<<"$xml" || return 1
  grep -q 'with_quorum="true"' <<<"$xml" || return 1
  grep -q "<node name=\"$(node_name $i)\" [^>]*online=\"true\"" <<<"$xml" || return 1
  total=$(grep -c '<resource ' <<<"$xml" || true)
  good=$(grep '<resource ' <<<"$xml" | grep -E 'role="(Started|Promoted)"' | grep 'active="true"' |
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
memory_kib=$(node_memory_kib $i)
{
  echo "LAB_NAME=$LAB_NAME"
  echo "LAB_STATE=$LAB_STATE"
  echo "NODE_NAME=$(node_name $i)"
  echo "NODE_ADDRESS=$addr"
  echo "HOST_ADDRESS=$(host_addr "$index")"
  echo "NETNS=$netns"
  echo "NETNS_PATH=/run/netns/$netns"
  echo "MNT_NS=$d/ns/mnt"
  echo "UTS_NS=$d/ns/uts"
  echo "IPC_NS=$d/ns/ipc"
  echo "SSH_PORT=$ssh_port"
  echo "SSH_USER=root"
  echo "IDENTITY_FILE=$d/ssh/id_ed25519"
  echo "KNOWN_HOSTS_FILE=$d/ssh/known_hosts"
  echo "BRINGUP_SECONDS=$(awk "BEGIN {printf \"%.2f\", $ready - $started}")"
  echo "MEMORY_KIB=$memory_kib"
} | tee "$LAB_STATE/lab.env"
log "up: $(node_name $i) at $addr, ssh root@$addr -i $d/ssh/id_ed25519 -o UserKnownHostsFile=$d/ssh/known_hosts"
