#!/usr/bin/env bash
# Stops what libvirtd-tcp-up.sh STATEDIR PORT started: first the domains that daemon still
# runs (their QEMU processes), then libvirtd and virtlogd, by the pids in their pid files
# (never by name).
#
#   libvirtd-tcp-down.sh STATEDIR PORT
set -uo pipefail

state=${1:?usage: $0 STATEDIR PORT}
port=${2:?usage: $0 STATEDIR PORT}
[ -d "$state" ] || exit 0
uri="qemu+tcp://127.0.0.1:$port/system"
if virsh -c "$uri" uri >/dev/null 2>&1; then
    for domain in $(virsh -c "$uri" list --name 2>/dev/null); do
        virsh -c "$uri" destroy "$domain" >/dev/null 2>&1 || true
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
echo "==> second libvirtd stopped"
