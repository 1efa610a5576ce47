#pragma once

// Small filesystems for the disk-full and read-only tests: a tmpfs of a given size mounted on
// a folder (root only; the tests skip without it), optionally remounted read-only. Compiled
// once into ovfw_testkit.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testkit {

class TmpfsMount
{
public:
    // Mounts a tmpfs of `size` ("1m", "64k") on `path` (created when missing).
    TmpfsMount(const QString &path, const QString &size);
    // Unmounts it when this mounted it.
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    // mount's own message when mounting or remounting failed.
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }
    bool remountReadOnly();

private:
    bool run(const QStringList &args);

    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace testkit
