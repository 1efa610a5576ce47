#!/usr/bin/env bash
# Stops the libvirtd and virtlogd that libvirtd-up.sh STATEDIR started, by the pids in their
# pid files (never by name). Does nothing for a libvirtd that was already running.
set -uo pipefail

state=${1:?usage: $0 STATEDIR}
[ -d "$state" ] || exit 0
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
for daemon in libvirtd virtlogd; do
    pidfile="$state/$daemon.pid"
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        $sudo kill -TERM "$pid"
        for _ in $(seq 1 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.25
        done
        kill -0 "$pid" 2>/dev/null && $sudo kill -KILL "$pid"
    fi
    rm -f "$pidfile"
done
rm -f "$state/external"
echo "==> libvirtd stopped"
