#include "app/cli/progress.h"

#include "app/cli/output.h"

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "stored from a signal handler");

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);
}

QString bytesText(double bytes)
{
    const char16_t *units[] = {u"B", u"KiB", u"MiB", u"GiB", u"TiB"};
    int unit = 0;
    while (bytes >= 1024.0 && unit < 4) {
        bytes /= 1024.0;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + u' ' + QString::fromUtf16(units[unit]);
}

} // namespace

const std::atomic<bool> *interruptFlag()
{
    static const bool installed = [] {
        std::signal(SIGINT, onInterrupt);
        return true;
    }();
    Q_UNUSED(installed);
    return &g_interrupted;
}

ProgressBar::ProgressBar(const QString &label)
    : m_label(label)
    , m_enabled(::isatty(STDERR_FILENO) == 1)
    , m_lines(qEnvironmentVariable("OVFCTL_PROGRESS") == u"lines")
{
    m_clock.start();
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    if (m_lines) {
        if (now - m_lastDraw >= 50 || done >= total) {
            m_lastDraw = now;
            err(u"progress %1 %2 %3\n"_s.arg(done).arg(total).arg(m_label));
        }
        return;
    }
    if (!m_enabled)
        return;
    if (now - m_lastDraw < 100 && done < total)
        return;
    m_lastDraw = now;
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    constexpr int width = 30;
    const int filled = total > 0 ? int(done * width / total) : 0;
    const double rate = now > 0 ? double(done) * 1000.0 / double(now) : 0.0;
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    err(u"\r%1 [%2] %3% %4 / %5 %6/s\x1b[K"_s.arg(m_label, bar)
            .arg(percent, 3)
            .arg(bytesText(double(done)), bytesText(double(total)), bytesText(rate)));
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn)
        err(u"\r\x1b[K"_s);
    m_drawn = false;
}

} // namespace ovfctl
