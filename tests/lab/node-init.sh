#!/usr/bin/env bash
# Runs INSIDE a lab node's namespaces (lab-up.sh enters them with nsenter): gives the node its
# private directories, then starts corosync, pacemakerd and sshd in the background (a full node)
# or pacemaker-remoted and sshd (a Pacemaker Remote node).
#
#   node-init.sh NODE_DIR NODE_NAME [full|remote [PACEMAKER_REMOTED]]
#
# NODE_DIR holds what lab-up.sh generated on the host: corosync.conf, authkey, cib.xml,
# sshd_config, the sshd host key, authorized_keys, optionally pcmk-authkey (Pacemaker Remote's
# /etc/pacemaker/authkey) and fence-bin/ (the lab's fence agent, laid over /usr/sbin), and log/
# (bind-mounted as /var/log so logs stay readable from the host while the lab runs and for the
# failure dump).
set -euo pipefail

node_dir=$1
node_name=$2
role=${3:-full}
remoted=${4:-/usr/sbin/pacemaker-remoted}

# unshare made every mount private already; say it again so nothing below can leak to the host.
mount --make-rprivate /

# The node's power: this holder runs from boot until a power-off kills every process in the
# node's namespaces (lib.sh node_is_on looks for it). Commands that tests and agents run inside
# the node (an in_node crm_mon probing a dead node) do not make a powered-off node "on".
setsid bash -c 'exec -a crmtui-lab-power sleep infinity' </dev/null >/dev/null 2>&1 &

# Private tmpfs over each directory a cluster node writes to. Mounting over an existing host
# directory hides it inside this namespace only; nothing on the host changes.
private_tmpfs() { mount -t tmpfs -o "mode=${2:-0755},size=${3:-64m}" "crmtui-lab" "$1"; }
private_tmpfs /run
private_tmpfs /dev/shm 1777 256m
private_tmpfs /root 0700
private_tmpfs /etc/corosync
private_tmpfs /var/lib/corosync
private_tmpfs /var/lib/pacemaker
private_tmpfs /etc/pacemaker
# sysfs mounted from inside the network namespace shows this node's interfaces only. Nothing in
# the cluster needs it, so a container that forbids the mount only loses that nicety.
mount -t sysfs sysfs /sys 2>/dev/null || echo "node-init: note: could not mount a private /sys; the host's stays visible" >&2
mount --bind "$node_dir/log" /var/log
# Pacemaker looks for fence agents in /usr/sbin. A read-only overlay adds the lab's agent there,
# for this node only; the host's /usr/sbin is not changed.
if [ -d "$node_dir/fence-bin" ]; then
  mount -t overlay crmtui-lab-fence -o "lowerdir=$node_dir/fence-bin:/usr/sbin" /usr/sbin
fi

hostname "$node_name"

# Directory layout Debian's packages would create (tmpfiles.d / postinst), owned as they expect.
install -d -m 0755 /run/sshd /run/crm /run/resource-agents /var/lib/corosync
install -d -m 0750 -o hacluster -g haclient \
  /var/lib/pacemaker/cib /var/lib/pacemaker/pengine /var/lib/pacemaker/blackbox /var/lib/pacemaker/cores
install -d -m 0770 -o hacluster -g haclient /var/log/pacemaker /var/log/pacemaker/bundles
install -d -m 0755 /var/log/cluster
install -d -m 0700 /root/.ssh
install -m 0600 "$node_dir/authorized_keys" /root/.ssh/authorized_keys
# The key full nodes and remote nodes share (ocf:pacemaker:remote connections).
if [ -f "$node_dir/pcmk-authkey" ]; then
  install -m 0640 -g haclient "$node_dir/pcmk-authkey" /etc/pacemaker/authkey
fi

if [ "$role" = remote ]; then
  PCMK_logfile=/var/log/pacemaker/pacemaker.log PCMK_logfacility=none \
    setsid "$remoted" >/var/log/pacemaker/pacemaker-remoted.stdout 2>&1 </dev/null &
  /usr/sbin/sshd -f "$node_dir/sshd_config" -E /var/log/sshd.log
  exit 0
fi

install -m 0644 "$node_dir/corosync.conf" /etc/corosync/corosync.conf
install -m 0400 "$node_dir/authkey" /etc/corosync/authkey
# The CIB is pre-seeded, so properties (stonith-enabled, dc-deadtime) and resources are in
# place when the DC is elected: no second round of configuration after start.
install -m 0600 -o hacluster -g haclient "$node_dir/cib.xml" /var/lib/pacemaker/cib/cib.xml

# Daemons are detached (setsid, stdin from /dev/null) so they outlive this script and nsenter;
# they stay in this node's namespaces, which is what teardown looks for.
setsid corosync -f >/var/log/cluster/corosync.stdout 2>&1 </dev/null &

# pacemakerd needs corosync's IPC up; corosync-cfgtool answers as soon as it is.
for _ in $(seq 100); do
  corosync-cfgtool -s >/dev/null 2>&1 && break
  sleep 0.1
done
corosync-cfgtool -s >/dev/null 2>&1 || { echo "corosync did not start within 10 s" >&2; exit 1; }

PCMK_logfile=/var/log/pacemaker/pacemaker.log PCMK_logfacility=none \
  setsid pacemakerd >/var/log/pacemaker/pacemakerd.stdout 2>&1 </dev/null &

/usr/sbin/sshd -f "$node_dir/sshd_config" -E /var/log/sshd.log
