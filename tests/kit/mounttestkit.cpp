#include "mounttestkit.h"

#include <QDir>
#include <QProcess>

namespace testkit {

using namespace Qt::StringLiterals;

TmpfsMount::TmpfsMount(const QString &path, const QString &size) : m_path(path)
{
    QDir().mkpath(path);
    m_mounted = run({u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size + u",mode=0755"_s, u"tmpfs"_s, path});
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted) {
        QProcess p;
        p.start(u"umount"_s, {m_path});
        p.waitForFinished(30000);
    }
}

bool TmpfsMount::remountReadOnly()
{
    return run({u"-o"_s, u"remount,ro"_s, m_path});
}

bool TmpfsMount::run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"mount"_s, args);
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        m_error = QString::fromUtf8(p.readAll()).trimmed();
    return ok;
}

} // namespace testkit
