#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace ovfctl {

// A one-line progress bar on stderr (bytes, percentage, rate), redrawn at most ten times a
// second; silent unless stderr is a terminal. finish() erases it. Single-threaded.
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
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

// Sets a SIGINT handler that stores true into the returned flag (the first Ctrl-C; a second
// one kills the process as usual). The flag lives for the whole program.
const std::atomic<bool> *interruptFlag();

} // namespace ovfctl
