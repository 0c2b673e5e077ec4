# shellcheck shell=bash
# Shared helpers for the crmtui test lab scripts (sourced, not run).
#
# A lab is a Pacemaker cluster whose nodes each live in namespaces of their own:
#   - a network namespace from `ip netns` (crmtui-<name>-<i>), reached from the host over a veth
#     pair on 10.78.<index>.0/24 (host .1, node i .(1+i));
#   - mount, UTS and IPC namespaces persisted by bind-mounting their /proc/<pid>/ns files under
#     the lab's state directory, with private /run, /dev/shm, /sys, /root, /etc/corosync,
#     /var/lib/pacemaker, /var/lib/corosync and /var/log inside.
# Pacemaker's IPC sockets are abstract unix sockets (per network namespace) and its shared memory
# lives in /dev/shm (per mount namespace here), so a lab never sees the host's daemons or another
# lab's, and they never see it.
#
# Everything a lab creates is recorded under $LAB_ROOT/<name>/ (the state directory) whose
# `marker` file says the lab is ours; teardown removes exactly that and nothing else.

LAB_ROOT="${CRMTUI_LAB_ROOT:-/tmp/crmtui-lab}"
LAB_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LAB_MARKER_MAGIC="crmtui-lab v1"
# pacemaker-remoted for a lab's Pacemaker Remote node. Debian's pacemaker-remote package conflicts
# with pacemaker, so tests/scripts/install-test-deps.sh unpacks the binary here instead.
lab_remoted() {
  local p
  for p in "${CRMTUI_LAB_REMOTED:-}" /opt/crmtui-lab/sbin/pacemaker-remoted /usr/sbin/pacemaker-remoted; do
    [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return 0; }
  done
  return 1
}

# Exit codes shared by the scripts (the xunit fixture relies on them).
readonly EXIT_FAILED=1      # bring-up failed (logs were dumped to stderr)
readonly EXIT_REFUSED=2     # would collide with something this lab did not create
readonly EXIT_BUSY=3        # a lab of that name is ours but still in use by a live owner
readonly EXIT_UNSUPPORTED=4 # not root, no namespace support, a tool is missing

log() { printf '[lab %s] %s\n' "${LAB_NAME:-?}" "$*" >&2; }
die() { local code=$1; shift; log "error: $*"; exit "$code"; }

# Validates NAME and sets the per-lab variables. Names are short because Linux interface names
# are limited to 15 bytes and the host-side veth is "crml-<name><i>".
lab_vars() {
  LAB_NAME=$1
  [[ $LAB_NAME =~ ^[a-z][a-z0-9]{0,8}$ ]] ||
    die "$EXIT_REFUSED" "lab name '$LAB_NAME' must be 1-9 characters [a-z0-9], starting with a letter"
  LAB_STATE="$LAB_ROOT/$LAB_NAME"
  LAB_MARKER="$LAB_STATE/marker"
}

# Per-node names; node indexes start at 1. Full cluster nodes are 1..N; a Pacemaker Remote node,
# when the lab has one, takes index N+1 (name remote1) and the same naming scheme.
node_netns() { echo "crmtui-$LAB_NAME-$1"; }
node_dir() { echo "$LAB_STATE/node$1"; }
node_host_if() { echo "crml-$LAB_NAME$1"; }
node_peer_if() { echo "crmn-$LAB_NAME$1"; }
node_name() { echo "node$1"; }
node_addr() { echo "10.78.$2.$((1 + $1))"; }   # node_addr NODE INDEX
host_addr() { echo "10.78.$1.1"; }              # host_addr INDEX
# A lab of more than one namespace joins the host ends of its veth pairs in this bridge, which
# carries the host's address; a one-node lab puts that address on its veth directly.
lab_bridge() { echo "crmb-$LAB_NAME"; }
# Namespaces the lab recorded in its marker (full nodes plus the remote node, if any).
lab_namespaces() { local n; n=$(kv_get "$LAB_MARKER" namespaces); echo "${n:-$(kv_get "$LAB_MARKER" nodes)}"; }

# Reads KEY from a KEY=VALUE file without sourcing it.
kv_get() { sed -n "s/^$2=//p" "$1" | head -n 1; }

# Runs a command inside node I's namespaces (network, mount, UTS, IPC).
in_node() {
  local i=$1; shift
  local ns; ns="$(node_dir "$i")/ns"
  nsenter --net="/run/netns/$(node_netns "$i")" --mount="$ns/mnt" --uts="$ns/uts" --ipc="$ns/ipc" -- "$@"
}

# Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), to tell a live
# owner from a recycled PID.
proc_start() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }          # drop "pid (comm) ", comm may contain spaces
  # shellcheck disable=SC2086
  set -- $stat
  echo "${20}"
}

# True when the lab's owner process is still alive. A lab started by hand has no owner and
# counts as alive: nobody but its user should tear it down.
owner_alive() {
  local pid start
  pid=$(kv_get "$LAB_MARKER" owner_pid)
  start=$(kv_get "$LAB_MARKER" owner_start)
  [ -z "$pid" ] && return 0
  [ "$(proc_start "$pid" 2>/dev/null)" = "$start" ]
}

is_our_lab() { [ -f "$LAB_MARKER" ] && [ "$(head -n 1 "$LAB_MARKER")" = "$LAB_MARKER_MAGIC" ]; }

# Identity (device:inode) of a namespace file; empty when it does not exist.
ns_id() { stat -L -c %d:%i "$1" 2>/dev/null || true; }

# Namespace ids (device:inode) of node I's network and mount namespaces, one per line; never the
# host's own, whatever went wrong before.
node_ns_ids() {
  local i=$1 id
  id=$(ns_id "/run/netns/$(node_netns "$i")")
  [ -n "$id" ] && [ "$id" != "$(ns_id /proc/self/ns/net)" ] && echo "$id"
  if mountpoint -q "$(node_dir "$i")/ns/mnt" 2>/dev/null; then
    id=$(ns_id "$(node_dir "$i")/ns/mnt")
    [ -n "$id" ] && [ "$id" != "$(ns_id /proc/self/ns/mnt)" ] && echo "$id"
  fi
  return 0
}

# PIDs of every process inside the network or mount namespace of any of the given nodes.
nodes_pids() {
  local ids="" i
  for i in "$@"; do ids="$ids $(node_ns_ids "$i" | tr '\n' ' ')"; done
  [ -z "${ids// /}" ] && return 0
  # One stat for every process (not one per process): teardown calls this in a loop.
  # stat fails for processes that exit meanwhile; that is expected, not an error.
  { stat -L -c '%n %d:%i' /proc/[0-9]*/ns/net /proc/[0-9]*/ns/mnt 2>/dev/null || true; } |
    awk -v ids="$ids" -v self="$$" '
      BEGIN { n = split(ids, list, " "); for (k = 1; k <= n; k++) want[list[k]] = 1 }
      { split($1, part, "/"); pid = part[3] }
      pid != self && ($2 in want) { print pid }
    ' | sort -un
}
node_pids() { nodes_pids "$1"; }

# True while node I is powered on: its power holder (started first by node-init.sh, ended only
# by kill_node) runs. Not "any process in its namespaces": a probe run there with in_node while
# the node is off would make it look on, and the fence agent would then skip the boot.
node_is_on() {
  local p argv0
  for p in $(node_pids "$1"); do
    IFS= read -r -d '' argv0 <"/proc/$p/cmdline" 2>/dev/null || true
    [ "$argv0" = crmtui-lab-power ] && return 0
  done
  return 1
}

# Proportional memory (PSS, KiB) of every process in node I's namespaces plus its tmpfs usage.
node_memory_kib() {
  local i=$1 total=0 p kib
  for p in $(node_pids "$i"); do
    kib=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${kib:-0}))
  done
  kib=$(in_node "$i" df -k --output=used /run /dev/shm /var/lib/pacemaker /var/lib/corosync /etc/corosync /root 2>/dev/null |
    awk 'NR > 1 {s += $1} END {print s + 0}' || echo 0)
  echo $((total + kib))
}

# Kills every process in the namespaces of the given nodes (SIGKILL: nothing in a lab needs a
# graceful stop, and all state dies with the namespaces). Bounded: gives up after about 5 s.
kill_nodes() {
  local pids n
  for n in $(seq 50); do
    pids=$(nodes_pids "$@")
    [ -z "$pids" ] && return 0
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  log "warning: processes still alive in node(s) $* after SIGKILL: $(nodes_pids "$@" | tr '\n' ' ')"
}
kill_node() { kill_nodes "$1"; }

# Removes node I: processes, persisted namespaces, veth, network namespace. Idempotent.
teardown_node() {
  local i=$1 d f
  d=$(node_dir "$i")
  kill_node "$i"
  for f in mnt uts ipc; do
    if mountpoint -q "$d/ns/$f" 2>/dev/null; then umount "$d/ns/$f" || umount -l "$d/ns/$f"; fi
  done
  if mountpoint -q "$d/ns" 2>/dev/null; then umount "$d/ns" || umount -l "$d/ns"; fi
  if ip link show "$(node_host_if "$i")" >/dev/null 2>&1; then ip link del "$(node_host_if "$i")" || true; fi
  if [ -e "/run/netns/$(node_netns "$i")" ]; then ip netns del "$(node_netns "$i")" || true; fi
}

# Removes the whole lab recorded in the marker. Only call when is_our_lab.
teardown_lab() {
  local i
  # shellcheck disable=SC2046
  kill_nodes $(seq "$(lab_namespaces)")   # all at once: one scan of /proc for the whole lab
  for i in $(seq "$(lab_namespaces)"); do teardown_node "$i"; done
  if [ "$(kv_get "$LAB_MARKER" bridge)" = yes ] && ip link show "$(lab_bridge)" >/dev/null 2>&1; then
    ip link del "$(lab_bridge)" || true
  fi
  # The watchdog (if any) waits on the owner, and the anchor (multi-node labs) holds the host's
  # namespaces for the fence agent; both are ours, in the host namespaces, recorded by PID.
  local wd kind
  for kind in watchdog anchor; do
    wd=$(kv_get "$LAB_MARKER" ${kind}_pid)
    if [ -n "$wd" ] && [ "$wd" != "$$" ] && [ "$wd" != "$PPID" ] &&
       [ "$(proc_start "$wd" 2>/dev/null)" = "$(kv_get "$LAB_MARKER" ${kind}_start)" ]; then
      kill "$wd" 2>/dev/null || true
    fi
  done
  # `ip netns add` turns /run/netns into a shared bind mount the first time it runs. A lab that
  # found no such mount leaves a machine-wide flag; whichever lab goes down last, with the flag
  # set and no namespace left in /run/netns, undoes the mount (labs may end in any order).
  if [ -f "$LAB_NETNS_FLAG" ] && mountpoint -q /run/netns && [ -z "$(ls -A /run/netns 2>/dev/null)" ]; then
    umount /run/netns 2>/dev/null && rmdir /run/netns 2>/dev/null && rm -f "$LAB_NETNS_FLAG" || true
  fi
  rm -rf --one-file-system "$LAB_STATE"
}

# Gives node I fresh mount, UTS and IPC namespaces (persisted by bind-mounting their ns files under
# the node's directory) inside its existing network namespace, then runs node-init.sh there: the
# lab's "power on". Whatever the node had in its private tmpfs before is gone, as after a power
# cycle; the cluster brings the returning node's CIB up to date when it joins.
#   boot_node I ROLE   (ROLE: full or remote)
boot_node() {
  local i=$1 role=$2 d f
  d=$(node_dir "$i")
  # The ns files must live on a private mount, or the kernel refuses the bind (propagation loop).
  if ! mountpoint -q "$d/ns"; then
    mount --bind "$d/ns" "$d/ns"
    mount --make-private "$d/ns"
  fi
  for f in mnt uts ipc; do
    if mountpoint -q "$d/ns/$f"; then umount "$d/ns/$f" || umount -l "$d/ns/$f"; fi
    touch "$d/ns/$f"
  done
  nsenter --net="/run/netns/$(node_netns "$i")" \
    unshare --mount="$d/ns/mnt" --uts="$d/ns/uts" --ipc="$d/ns/ipc" --propagation private true
  in_node "$i" "$LAB_SCRIPTS/node-init.sh" "$d" "$(cat "$d/hostname")" "$role" "$(lab_remoted || true)" </dev/null >&2
}

# Serialises the check-and-claim phase of concurrent lab-up/lab-down runs on this machine. One
# lock for the machine, whatever CRMTUI_LAB_ROOT says: subnets and interfaces are machine-wide.
LAB_LOCK=/tmp/crmtui-lab.lock
LAB_NETNS_FLAG=/tmp/crmtui-lab.created-run-netns
lab_lock() {
  mkdir -p "$LAB_ROOT"
  exec 9>"$LAB_LOCK"
  flock -w 120 9 || die "$EXIT_FAILED" "could not lock $LAB_LOCK within 120 s"
}
lab_unlock() { exec 9>&-; }

# Checks that this machine can run a lab at all; prints the reason and returns 1 when not.
check_prerequisites() {
  local t
  [ "$(id -u)" = 0 ] || { echo "the lab needs root (network, mount, UTS and IPC namespaces); running as uid $(id -u)"; return 1; }
  for t in ip nsenter unshare flock mountpoint corosync corosync-keygen corosync-cfgtool pacemakerd crm_mon \
           cibadmin crm_attribute ssh ssh-keygen; do
    command -v "$t" >/dev/null 2>&1 || { echo "the lab needs '$t' on PATH (see tests/scripts/install-test-deps.sh)"; return 1; }
  done
  [ -x /usr/sbin/sshd ] || { echo "the lab needs /usr/sbin/sshd (package openssh-server)"; return 1; }
  [ -x /usr/lib/ocf/resource.d/pacemaker/Dummy ] && [ -x /usr/lib/ocf/resource.d/pacemaker/Stateful ] ||
    { echo "the lab needs ocf:pacemaker:Dummy and ocf:pacemaker:Stateful (package pacemaker)"; return 1; }
  unshare --net --mount --uts --ipc true 2>/dev/null ||
    { echo "this kernel or container does not allow creating network/mount/UTS/IPC namespaces (unshare failed)"; return 1; }
  return 0
}
