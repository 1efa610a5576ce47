#!/usr/bin/env bash
# Starts a second libvirtd (and its virtlogd) of the tests' own, reachable only as
# qemu+tcp://127.0.0.1:PORT/system: TCP on 127.0.0.1 only, no authentication (loopback only,
# for tests), its own configuration, state, run, log and cache folders under STATEDIR. The
# folders libvirtd has compiled in (/etc/libvirt, /run/libvirt, /var/lib/libvirt,
# /var/log/libvirt, /var/cache/libvirt) are bind-mounted from STATEDIR in a private mount
# namespace (unshare -m), so this daemon never touches the shared one's files and the shared
# one never sees this one's domains.
#
#   libvirtd-tcp-up.sh STATEDIR PORT     stop with libvirtd-tcp-down.sh STATEDIR
#
# Needs root (mount namespaces) and the packages libvirtd-up.sh installs. Exit 0: the URI
# answers; 1: it could not be brought up (the reason on stderr).
set -euo pipefail

state=${1:?usage: $0 STATEDIR PORT}
port=${2:?usage: $0 STATEDIR PORT}
mkdir -p "$state"
state=$(cd "$state" && pwd)
uri="qemu+tcp://127.0.0.1:$port/system"

if [ "$(id -u)" != 0 ]; then
    echo "a second libvirtd needs root (a private mount namespace)" >&2
    exit 1
fi
for tool in libvirtd virtlogd virsh unshare; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (run libvirtd-up.sh first)" >&2; exit 1; }
done

mkdir -p "$state/etc" "$state/run" "$state/lib" "$state/log" "$state/cache" "$state/pool"
# Start from the host's configuration files (the drivers read several), then make it ours.
cp -a /etc/libvirt/. "$state/etc/" 2>/dev/null || true
# No networks or pools of the host's: this daemon starts empty.
rm -rf "$state/etc/qemu/networks" "$state/etc/storage" "$state/etc/qemu/"*.xml
cat > "$state/etc/libvirtd.conf" <<CONF
# ovf-workbench e2e: loopback TCP without authentication (tests only)
listen_tls = 0
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$port"
auth_tcp = "none"
auth_unix_rw = "none"
CONF
cat > "$state/etc/qemu.conf" <<CONF
# ovf-workbench e2e: QEMU as root, no cgroups, no confinement (a container without systemd)
user = "root"
group = "root"
cgroup_controllers = [ ]
security_driver = "none"
CONF

# The daemons fork into the background inside the namespace and keep it alive; their pid
# files are outside the bind mounts, so the stop script finds them.
unshare -m --propagation private bash -c '
    set -e
    s=$1
    mount --bind "$s/etc" /etc/libvirt
    mkdir -p /run/libvirt && mount --bind "$s/run" /run/libvirt
    mount --bind "$s/lib" /var/lib/libvirt
    mkdir -p /var/log/libvirt && mount --bind "$s/log" /var/log/libvirt
    mkdir -p /var/cache/libvirt && mount --bind "$s/cache" /var/cache/libvirt
    virtlogd --daemon --pid-file "$s/virtlogd.pid"
    libvirtd --daemon --listen --pid-file "$s/libvirtd.pid"
' _ "$state"

for _ in $(seq 1 60); do
    if virsh -c "$uri" uri >/dev/null 2>&1; then
        # A storage pool of its own, in STATEDIR.
        if ! virsh -c "$uri" pool-info ovfw-tcp >/dev/null 2>&1; then
            virsh -c "$uri" pool-define-as ovfw-tcp dir --target "$state/pool" >/dev/null
            virsh -c "$uri" pool-start ovfw-tcp >/dev/null
        fi
        echo "==> second libvirtd is up on $uri (pid $(cat "$state/libvirtd.pid"))"
        exit 0
    fi
    sleep 0.5
done
echo "the second libvirtd did not answer on $uri within 30 s; its log:" >&2
tail -20 "$state/log/libvirtd.log" >&2 2>/dev/null || true
exit 1
