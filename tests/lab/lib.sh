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

# Per-node names; node indexes start at 1 (only node 1 exists today; the 3-node lab reuses these).
node_netns() { echo "crmtui-$LAB_NAME-$1"; }
node_dir() { echo "$LAB_STATE/node$1"; }
node_host_if() { echo "crml-$LAB_NAME$1"; }
node_peer_if() { echo "crmn-$LAB_NAME$1"; }
node_name() { echo "node$1"; }
node_addr() { echo "10.78.$2.$((1 + $1))"; }   # node_addr NODE INDEX
host_addr() { echo "10.78.$1.1"; }              # host_addr INDEX

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

# PIDs of every process inside node I's network or mount namespace.
node_pids() {
  local i=$1 net mnt
  net=$(ns_id "/run/netns/$(node_netns "$i")")
  mnt=""
  if mountpoint -q "$(node_dir "$i")/ns/mnt" 2>/dev/null; then mnt=$(ns_id "$(node_dir "$i")/ns/mnt"); fi
  # Never match the host's own namespaces, whatever went wrong before.
  [ "$net" = "$(ns_id /proc/1/ns/net)" ] && net=""
  [ "$mnt" = "$(ns_id /proc/1/ns/mnt)" ] && mnt=""
  [ -z "$net$mnt" ] && return 0
  # One stat for every process (not one per process): teardown calls this in a loop.
  # stat fails for processes that exit meanwhile; that is expected, not an error.
  { stat -L -c '%n %d:%i' /proc/[0-9]*/ns/net /proc/[0-9]*/ns/mnt 2>/dev/null || true; } |
    awk -v net="$net" -v mnt="$mnt" -v self="$$" '
      { split($1, part, "/"); pid = part[3]; kind = part[5] }
      pid != self && ((kind == "net" && net != "" && $2 == net) || (kind == "mnt" && mnt != "" && $2 == mnt)) { print pid }
    ' | sort -un
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

# Kills every process in node I's namespaces (SIGKILL: nothing in a lab needs a graceful stop,
# and all state dies with the namespaces). Bounded: gives up after about 5 s.
kill_node() {
  local i=$1 pids n
  for n in $(seq 50); do
    pids=$(node_pids "$i")
    [ -z "$pids" ] && return 0
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  log "warning: processes still alive in node $i after SIGKILL: $(node_pids "$i" | tr '\n' ' ')"
}

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
  local nodes i
  nodes=$(kv_get "$LAB_MARKER" nodes)
  for i in $(seq "${nodes:-1}"); do teardown_node "$i"; done
  # The watchdog (if any) waits on the owner; it is ours, in the host namespaces, recorded by PID.
  local wd
  wd=$(kv_get "$LAB_MARKER" watchdog_pid)
  if [ -n "$wd" ] && [ "$wd" != "$$" ] && [ "$wd" != "$PPID" ] &&
     [ "$(proc_start "$wd" 2>/dev/null)" = "$(kv_get "$LAB_MARKER" watchdog_start)" ]; then
    kill "$wd" 2>/dev/null || true
  fi
  # `ip netns add` turns /run/netns into a shared bind mount the first time it runs. A lab that
  # found no such mount leaves a machine-wide flag; whichever lab goes down last, with the flag
  # set and no namespace left in /run/netns, undoes the mount (labs may end in any order).
  if [ -f "$LAB_NETNS_FLAG" ] && mountpoint -q /run/netns && [ -z "$(ls -A /run/netns 2>/dev/null)" ]; then
    umount /run/netns 2>/dev/null && rmdir /run/netns 2>/dev/null && rm -f "$LAB_NETNS_FLAG" || true
  fi
  rm -rf --one-file-system "$LAB_STATE"
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
