#!/usr/bin/env bash
# Starts libvirtd and virtlogd for the end-to-end tests on a machine without systemd
# (../shared/notes/real-libvirt-and-test-appliance.md §1): installs the Debian packages when
# missing, creates the kvm and libvirt-qemu groups and the libvirt-qemu user the QEMU driver expects, the runtime
# folders, and a qemu.conf block that runs QEMU as root without cgroups or confinement.
#
#   libvirtd-up.sh STATEDIR      pid files go to STATEDIR; stop with libvirtd-down.sh STATEDIR
#
# When a libvirtd already answers on qemu:///system it is used as it is and nothing is started
# (STATEDIR/external records that, so libvirtd-down.sh leaves it alone).
# Exit 0: qemu:///system answers. Exit 1: it could not be brought up (the reason on stderr).
set -euo pipefail

state=${1:?usage: $0 STATEDIR}
mkdir -p "$state"
state=$(cd "$state" && pwd)
uri=qemu:///system

answers() { virsh -c "$uri" uri >/dev/null 2>&1; }

logsock=/var/run/libvirt/virtlogd-sock
if command -v virsh >/dev/null && answers; then
    echo "==> libvirtd already running; using it"
    touch "$state/external"
    # Starting a domain needs virtlogd too; a stale one may have lost its socket.
    if [ ! -S "$logsock" ]; then
        echo "==> virtlogd is not answering; starting one"
        virtlogd --daemon --pid-file "$state/virtlogd.pid"
    fi
    exit 0
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=libvirt-prepare.sh
source "$here/libvirt-prepare.sh"

conf=/etc/libvirt/qemu.conf
marker="# ovf-workbench e2e"
if ! grep -qF "$marker" "$conf" 2>/dev/null; then
    { echo "$marker: QEMU as root, no cgroups, no confinement (a container without systemd)"
      qemu_conf_settings; } | $sudo tee -a "$conf" >/dev/null
fi

rm -f "$state/external"
$sudo virtlogd --daemon --pid-file "$state/virtlogd.pid"
$sudo libvirtd --daemon --pid-file "$state/libvirtd.pid"

for _ in $(seq 1 60); do
    if [ -S /var/run/libvirt/libvirt-sock ] && [ -S "$logsock" ] && answers; then
        echo "==> libvirtd is up (pid $(cat "$state/libvirtd.pid"))"
        exit 0
    fi
    sleep 0.5
done
echo "libvirtd did not answer on $uri within 30 s" >&2
exit 1
