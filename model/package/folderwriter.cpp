#include "model/package/folderwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {
constexpr auto kFilePermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto kDirPermissions = kFilePermissions | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
// fsync of a folder, so the names it holds survive a crash; false when it failed.
bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

FolderWriter::FolderWriter(const QString &destination)
    : m_destination(QFileInfo(destination).absoluteFilePath())
{
}

FolderWriter::~FolderWriter()
{
    // QTemporaryDir removes an uncommitted folder (or, after an exchange, the old package).
    m_temp.reset();
    if (m_lockFd >= 0) {
        QFile::remove(m_lockPath);
        ::close(m_lockFd);
    }
    if (!m_recordPath.isEmpty())
        QFile::remove(m_recordPath);
}

QString FolderWriter::recordDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ovf-workbench/writes"_s;
}

QStringList FolderWriter::removeAbandoned()
{
    QStringList removed;
    const QDir records(recordDirectory());
    for (const QString &name : records.entryList({u"*.folder"_s}, QDir::Files)) {
        QFile record(records.filePath(name));
        if (!record.open(QIODevice::ReadOnly))
            continue;
        // Two lines: the destination, then the temporary tree.
        const QStringList lines = QString::fromUtf8(record.readAll()).split(u'\n');
        record.close();
        if (lines.size() < 2 || !QFileInfo(lines.at(0)).isAbsolute())
            continue;
        removed += removeStaleSiblings(lines.at(0));
        if (!QFileInfo::exists(lines.at(1)))
            record.remove();
    }
    return removed;
}

QStringList FolderWriter::removeStaleSiblings(const QString &destination)
{
    QStringList removed;
    const QFileInfo dest(destination);
    const QString name = QRegularExpression::escape(dest.fileName());
    static constexpr int kGraceSeconds = 60;
    const QRegularExpression temp(u"^\\."_s + name + u"-[A-Za-z0-9]{6}$"_s);
    const QRegularExpression aside(u"^\\."_s + name + u"-old-[A-Za-z0-9]{6}$"_s);
    QDir parent(dest.absolutePath());
    for (const QFileInfo &entry : parent.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink())
            continue;
        const QString path = entry.absoluteFilePath();
        if (temp.match(entry.fileName()).hasMatch()) {
            // A writer holds an flock on PATH.lock while it works; a free lock, or none on a
            // folder older than a minute, means the writer is gone.
            const QString lock = path + u".lock"_s;
            bool stale = false;
            if (QFileInfo::exists(lock)) {
                const int fd = ::open(QFile::encodeName(lock).constData(), O_RDWR | O_CLOEXEC);
                stale = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
                if (fd >= 0)
                    ::close(fd);
            } else {
                stale = entry.lastModified().secsTo(QDateTime::currentDateTime()) > kGraceSeconds;
            }
            if (stale && QDir(path).removeRecursively()) {
                QFile::remove(lock);
                removed << path;
            }
        } else if (aside.match(entry.fileName()).hasMatch() && !QFileInfo::exists(path + u".lock"_s)) {
            // (With a lock file beside it, it is the temporary tree of a destination named
            // "NAME-old", not ours.)
            // The old package moved aside by a commit that did not finish: put it back when
            // the new one never arrived, else it is the old one and goes.
            if (!dest.exists() && !dest.isSymLink())
                QDir().rename(path, destination);
            else if ((entry.lastModified().secsTo(QDateTime::currentDateTime()) > kGraceSeconds || dest.isDir())
                     && QDir(path).removeRecursively())
                removed << path;
        }
    }
    // The lock of a writer killed after its tree was gone (committed, or removed) and before
    // the lock itself: free, with no tree beside it.
    const QRegularExpression lockName(u"^\\."_s + name + u"-[A-Za-z0-9]{6}\\.lock$"_s);
    for (const QFileInfo &entry : parent.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (entry.isSymLink() || !lockName.match(entry.fileName()).hasMatch())
            continue;
        const QString lock = entry.absoluteFilePath();
        const QString tree = lock.chopped(5);
        if (QFileInfo::exists(tree) || QFileInfo(tree).isSymLink())
            continue;
        const int fd = ::open(QFile::encodeName(lock).constData(), O_RDWR | O_CLOEXEC);
        if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0 && QFile::remove(lock))
            removed << lock;
        if (fd >= 0)
            ::close(fd);
    }
    return removed;
}

std::unexpected<QString> FolderWriter::fileError() const
{
    return std::unexpected(tr("%1: %2").arg(m_member, m_file.errorString()));
}

std::expected<void, QString> FolderWriter::reserveHead(const QList<std::pair<QString, qint64>> &)
{
    const QFileInfo dest(m_destination);
    if (dest.exists() && (!dest.isDir() || dest.isSymLink()))
        return std::unexpected(tr("%1 exists and is not a folder").arg(m_destination));
    removeAbandoned();
    removeStaleSiblings(m_destination);
    m_temp = std::make_unique<QTemporaryDir>(dest.absolutePath() + u"/."_s + dest.fileName() + u"-XXXXXX"_s);
    if (!m_temp->isValid())
        return std::unexpected(tr("cannot create a temporary folder beside %1: %2")
                                   .arg(m_destination, m_temp->errorString()));
    // Claimed while this writer lives: the next write beside it removes it only once the
    // lock is free (this process gone).
    m_lockPath = m_temp->path() + u".lock"_s;
    m_lockFd = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
        return std::unexpected(tr("cannot create a lock file beside %1").arg(m_destination));
    // The record that lets the next start find this tree if the process is killed. Best
    // effort: without it the next write to the same destination still removes the tree.
    const QString records = recordDirectory();
    if (QDir().mkpath(records)) {
        const QByteArray key = QCryptographicHash::hash(QFile::encodeName(m_temp->path()), QCryptographicHash::Sha256);
        QSaveFile record(records + u'/' + QString::fromLatin1(key.toHex().left(24)) + u".folder"_s);
        if (record.open(QIODevice::WriteOnly) && record.write((m_destination + u'\n' + m_temp->path()).toUtf8()) >= 0
            && record.commit())
            m_recordPath = record.fileName();
    }
    return {};
}

std::expected<void, QString> FolderWriter::beginUnsized(const QString &name, qint64 maxSize)
{
    auto r = begin(name, maxSize);
    m_unsized = true;
    return r;
}

std::expected<void, QString> FolderWriter::begin(const QString &name, qint64 size)
{
    m_unsized = false;
    m_member = name;
    m_remaining = size;
    const QString path = m_temp->filePath(name);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return std::unexpected(tr("%1: cannot create its folder").arg(name));
    for (QString f = folder; f.size() >= m_temp->path().size() && !m_folders.contains(f); f = QFileInfo(f).absolutePath())
        m_folders << f;
    m_writeback.reset();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fileError();
    m_file.setPermissions(kFilePermissions);
    return {};
}

std::expected<void, QString> FolderWriter::write(const char *data, qint64 size)
{
    if (size > m_remaining)
        return std::unexpected(tr("%1: more data than announced").arg(m_member));
    if (m_file.write(data, size) != size)
        return fileError();
    m_remaining -= size;
    m_writeback.wrote(m_file, size);
    return {};
}

std::expected<void, QString> FolderWriter::end()
{
    if (m_remaining != 0 && !m_unsized)
        return std::unexpected(tr("%1: %2 bytes short").arg(m_member).arg(m_remaining));
    const bool ok = m_file.flush() && ::fdatasync(m_file.handle()) == 0;
    m_file.close();
    if (!ok)
        return fileError();
    return {};
}

std::expected<void, QString> FolderWriter::writeHeadMember(const QString &name, QByteArrayView bytes)
{
    if (auto r = begin(name, bytes.size()); !r)
        return r;
    if (auto r = write(bytes.data(), bytes.size()); !r)
        return r;
    return end();
}

std::expected<void, QString> FolderWriter::commit()
{
    const QString temp = m_temp->path();
    // Every folder the temporary tree holds becomes 0755 (QTemporaryDir made the top 0700).
    QFile::setPermissions(temp, kDirPermissions);
    for (const QString &folder : std::as_const(m_folders)) {
        if (!syncFolder(folder))
            return std::unexpected(tr("cannot sync the folder %1 of the new package").arg(folder));
    }
    const QFileInfo dest(m_destination);
    if (dest.exists()) {
        // One atomic step: the new tree takes the destination's name, the old one the
        // temporary name (removed below, or by the next write if this process is killed).
        if (::renameat2(AT_FDCWD, QFile::encodeName(temp).constData(), AT_FDCWD,
                        QFile::encodeName(m_destination).constData(), RENAME_EXCHANGE) == 0) {
            syncFolder(dest.absolutePath());
            QDir(temp).removeRecursively();
            m_temp->setAutoRemove(false);
            return {};
        }
        if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
            return std::unexpected(tr("cannot move the new package to %1: %2").arg(m_destination, QString::fromLocal8Bit(std::strerror(errno))));
    }
    // No exchange on this filesystem: the old package is renamed aside first.
    QString aside;
    if (dest.exists()) {
        aside = dest.absolutePath() + u"/."_s + dest.fileName() + u"-old-"_s + QFileInfo(temp).fileName().right(6);
        if (!QDir().rename(m_destination, aside))
            return std::unexpected(tr("cannot move the existing %1 aside").arg(m_destination));
    }
    if (!QDir().rename(temp, m_destination)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_destination);
        return std::unexpected(tr("cannot move the new package to %1").arg(m_destination));
    }
    m_temp->setAutoRemove(false);
    syncFolder(dest.absolutePath()); // the rename itself; the package is complete either way
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

} // namespace ovf::package
