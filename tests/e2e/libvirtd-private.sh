#!/usr/bin/env bash
# A libvirtd of its own for tests that need a freshly installed host (no storage pool, no
# network), without touching the libvirtd everyone on this machine shares.
#
#   libvirtd-private.sh up STATEDIR          start libvirtd + virtlogd (pid files in STATEDIR)
#   libvirtd-private.sh run STATEDIR CMD...  run CMD where that libvirtd is qemu:///system
#   libvirtd-private.sh down STATEDIR        destroy its domains, stop both daemons by pid
#
# How it is kept apart: the daemons run in a mount namespace of their own (unshare --mount)
# in which libvirt's folders are empty folders of STATEDIR, bind-mounted over the real ones:
#   /etc/libvirt (config: no network, no pool defined)  <- STATEDIR/etc
#   /var/lib/libvirt (domains, pools' default location)  <- STATEDIR/lib
#   /run/libvirt (its sockets)                           <- STATEDIR/run
#   /var/cache/libvirt, /var/log/libvirt                 <- STATEDIR/cache, STATEDIR/log
# So inside, qemu:///system is this daemon, and what a deployment creates there (the default
# pool at /var/lib/libvirt/images, volumes, domains, NVRAM) lands under STATEDIR. `run`
# enters the same namespace (nsenter) so a client sees the same paths as the daemon (a dir
# pool's folder is written by the client). Everything else (the build folder, /tmp, /usr) is
# shared, so console logs and packages need no copying. Needs root (CAP_SYS_ADMIN).
# Exit 0: done; 1: the daemon could not be brought up (the reason on stderr).
set -euo pipefail

cmd=${1:?usage: $0 up|run|down STATEDIR [CMD...]}
state=${2:?usage: $0 up|run|down STATEDIR [CMD...]}
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

enter() {
    local pid
    pid=$(cat "$state/libvirtd.pid" 2>/dev/null) || { echo "no private libvirtd in $state" >&2; return 1; }
    nsenter --mount="/proc/$pid/ns/mnt" --wd="$PWD" -- "$@"
}

case "$cmd" in
up)
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    # shellcheck source=libvirt-prepare.sh
    source "$here/libvirt-prepare.sh"
    mkdir -p "$state"/{etc,lib,run,cache,log}
    qemu_conf_settings > "$state/etc/qemu.conf"
    mkdir -p /run/libvirt /var/cache/libvirt
    unshare --mount --propagation private bash -c '
        set -e
        s=$1
        mount --bind "$s/etc" /etc/libvirt
        mount --bind "$s/lib" /var/lib/libvirt
        mount --bind "$s/run" /run/libvirt
        mount --bind "$s/cache" /var/cache/libvirt
        mount --bind "$s/log" /var/log/libvirt
        virtlogd --daemon --pid-file "$s/virtlogd.pid"
        libvirtd --daemon --pid-file "$s/libvirtd.pid"
    ' bash "$state"
    for _ in $(seq 1 60); do
        if [ -S "$state/run/libvirt-sock" ] && [ -S "$state/run/virtlogd-sock" ] \
            && enter virsh -c qemu:///system uri >/dev/null 2>&1; then
            echo "==> private libvirtd is up (pid $(cat "$state/libvirtd.pid")), state in $state"
            exit 0
        fi
        sleep 0.5
    done
    echo "the private libvirtd did not answer within 30 s" >&2
    exit 1
    ;;
run)
    enter "$@"
    ;;
down)
    [ -d "$state" ] || exit 0
    if [ -f "$state/libvirtd.pid" ] && kill -0 "$(cat "$state/libvirtd.pid")" 2>/dev/null; then
        for d in $(enter virsh -c qemu:///system list --name 2>/dev/null); do
            enter virsh -c qemu:///system destroy "$d" >/dev/null 2>&1 || true
        done
    fi
    for daemon in libvirtd virtlogd; do
        pidfile="$state/$daemon.pid"
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            for _ in $(seq 1 40); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.25
            done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
        fi
        rm -f "$pidfile"
    done
    echo "==> private libvirtd stopped"
    ;;
*)
    echo "usage: $0 up|run|down STATEDIR [CMD...]" >&2
    exit 2
    ;;
esac
