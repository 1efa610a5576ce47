#include "model/package/folderwriter.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {
constexpr qint64 kWritebackWindow = qint64(32) << 20;
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

FolderWriter::~FolderWriter() = default; // QTemporaryDir removes an uncommitted folder

std::unexpected<QString> FolderWriter::fileError() const
{
    return std::unexpected(tr("%1: %2").arg(m_member, m_file.errorString()));
}

std::expected<void, QString> FolderWriter::reserveHead(const QList<std::pair<QString, qint64>> &)
{
    const QFileInfo dest(m_destination);
    if (dest.exists() && (!dest.isDir() || dest.isSymLink()))
        return std::unexpected(tr("%1 exists and is not a folder").arg(m_destination));
    m_temp = std::make_unique<QTemporaryDir>(dest.absolutePath() + u"/."_s + dest.fileName() + u"-XXXXXX"_s);
    if (!m_temp->isValid())
        return std::unexpected(tr("cannot create a temporary folder beside %1: %2")
                                   .arg(m_destination, m_temp->errorString()));
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
    m_unsynced = 0;
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
    m_unsynced += size;
    if (m_unsynced >= kWritebackWindow)
        startWriteback();
    return {};
}

void FolderWriter::startWriteback()
{
    // As OvaWriter: the sync in end() then only waits for the tail. Advisory.
#if defined(Q_OS_LINUX)
    if (m_file.flush()) {
        const qint64 end = m_file.pos();
        ::sync_file_range(m_file.handle(), end - m_unsynced, m_unsynced, SYNC_FILE_RANGE_WRITE);
    }
#endif
    m_unsynced = 0;
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
