#include "model/package/folderwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {
constexpr auto kFilePermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto kDirPermissions = kFilePermissions | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
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

std::expected<void, QString> FolderWriter::begin(const QString &name, qint64 size)
{
    m_member = name;
    m_remaining = size;
    const QString path = m_temp->filePath(name);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return std::unexpected(tr("%1: cannot create its folder").arg(name));
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
    return {};
}

std::expected<void, QString> FolderWriter::end()
{
    if (m_remaining != 0)
        return std::unexpected(tr("%1: %2 bytes short").arg(m_member).arg(m_remaining));
    const bool ok = m_file.flush();
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
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

} // namespace ovf::package
