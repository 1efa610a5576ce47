#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ovfbench {

// One finished child process: its exit status, wall-clock time from spawn to reaping, and its
// peak resident set size as the kernel accounted it (wait4 rusage ru_maxrss, the child alone).
struct ProcessRun
{
    QString error;     // non-empty: the process could not be started (nothing else is set)
    int exitCode = -1; // -1 when killed by a signal
    int signal = 0;
    qint64 wallNs = 0;
    qint64 maxRssKiB = 0;
    qint64 cpuNs = 0; // user + system CPU time of the child (all its threads)
    qint64 writtenBytes = 0; // bytes the child wrote to storage (ru_oublock x 512; the child alone)
    QByteArray out; // stdout
    QByteArray err; // stderr

    bool ok() const { return error.isEmpty() && exitCode == 0; }
    // "exit code 3", "killed by signal 9", or the start error.
    QString failure() const;
};

// Runs `program` with `arguments` (no shell; stdin from /dev/null), waits for it and returns
// what it did. stdout and stderr go to files in `scratchDir` while it runs, so a chatty child
// never blocks on a full pipe and the parent does no work that would disturb the timing.
// Not thread-safe (reaps with wait4 on the child's pid).
ProcessRun runMeasured(const QString &program, const QStringList &arguments, const QString &scratchDir);

// This process's current and peak resident set size (VmRSS, VmHWM of /proc/self/status), in
// KiB; -1 when unavailable.
qint64 currentRssKiB();
qint64 peakRssKiB();
// Resets VmHWM to the current RSS (Linux >= 4.0, "5" into /proc/self/clear_refs) so that a
// later peakRssKiB() is the peak of what ran in between. False when the kernel refused.
bool resetPeakRss();

} // namespace ovfbench
