#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace ovfctl {

// The one progress line of ovfctl's long commands (verify, pack, deploy): a bar on stderr
// with bytes, percentage and rate, redrawn at most ten times a second; silent unless stderr
// is a terminal. finish() erases it. With OVFCTL_PROGRESS=lines in the environment it prints
// instead, terminal or not, one line "progress DONE TOTAL LABEL" (bytes; the label names
// the step, "converting disks") at most twenty times a second and at the end, for scripts and tests that follow a run. Single-threaded.
class ProgressBar
{
public:
    explicit ProgressBar(const QString &label);
    ~ProgressBar();
    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    bool m_enabled = false;
    bool m_lines = false;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

// The one SIGINT handling of ovfctl: the first call installs a handler that stores true into
// the returned flag at the first Ctrl-C (a second one kills the process as usual). Long work
// polls the flag, rolls back and the command exits with ExitInterrupted. The flag lives for
// the whole program.
const std::atomic<bool> *interruptFlag();

} // namespace ovfctl
