#pragma once

// Small filesystems for the disk-full and read-only tests: a tmpfs of a given size mounted on
// a folder (root only; the tests skip without it), optionally remounted read-only.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testkit {

using namespace Qt::StringLiterals;

class TmpfsMount
{
public:
    // Mounts a tmpfs of `size` ("1m", "64k") on `path` (created when missing).
    TmpfsMount(const QString &path, const QString &size) : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = run({u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size + u",mode=0755"_s, u"tmpfs"_s, path});
    }
    ~TmpfsMount()
    {
        if (m_mounted) {
            QProcess p;
            p.start(u"umount"_s, {m_path});
            p.waitForFinished(30000);
        }
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }
    bool remountReadOnly() { return run({u"-o"_s, u"remount,ro"_s, m_path}); }

private:
    bool run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"mount"_s, args);
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            m_error = QString::fromUtf8(p.readAll()).trimmed();
        return ok;
    }

    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace testkit
