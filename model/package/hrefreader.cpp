#include "model/package/hrefreader.h"

#include "model/package/hrefpolicy.h"
#include "model/package/packageopener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

HrefReader HrefReader::forDescriptorFile(const QString &descriptorPath)
{
    HrefReader r;
    r.m_path = QFileInfo(descriptorPath).absolutePath();
    return r;
}

HrefReader HrefReader::forPackage(const QString &packagePath, const QString &descriptorMember)
{
    HrefReader r;
    const qsizetype slash = descriptorMember.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : descriptorMember.left(slash + 1);
    if (QFileInfo(packagePath).isDir()) {
        r.m_path = QDir(packagePath).absoluteFilePath(folder.isEmpty() ? u"."_s : folder);
        r.m_path = QDir::cleanPath(r.m_path);
        return r;
    }
    r.m_path = QFileInfo(packagePath).absoluteFilePath();
    r.m_folder = folder;
    r.m_archive = true;
    return r;
}

std::expected<QByteArray, PackageError> HrefReader::read(QStringView href, qint64 maxBytes) const
{
    const auto member = HrefPolicy::resolve(href);
    if (!member)
        return std::unexpected(member.error());
    const QString shown = PackageError::displayName(href);
    if (m_path.isEmpty())
        return std::unexpected(PackageError{PackageError::Rule::Io, shown, tr("there are no package files to read it from")});
    if (m_archive) {
        auto bytes = PackageOpener::readMember(m_path, m_folder + *member, maxBytes);
        if (!bytes) {
            PackageError e = bytes.error();
            if (e.member.isEmpty())
                e.member = shown;
            return std::unexpected(e);
        }
        return *bytes;
    }
    return readFromDisk(*member, shown, maxBytes);
}

std::expected<QString, PackageError> HrefReader::locateOnDisk(const QString &member, const QString &shown) const
{
    using Rule = PackageError::Rule;
    auto fail = [&](Rule rule, const QString &message) { return std::unexpected(PackageError{rule, shown, message}); };
    // Walk the resolved segments one by one: a symbolic link anywhere below the folder is
    // refused, whether it points inside or out (QFileInfo does not follow the last link for
    // isSymLink()).
    QString path = m_path;
    const QStringList segments = member.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        path += u'/' + segments[i];
        const QFileInfo info(path);
        if (info.isSymLink())
            return fail(Rule::Symlink, tr("it is a symbolic link; only regular files inside the package are read"));
        if (!info.exists())
            return fail(Rule::Io, tr("there is no such file next to the descriptor"));
        const bool last = i + 1 == segments.size();
        if (!last && !info.isDir())
            return fail(Rule::Io, tr("'%1' is not a folder").arg(segments[i]));
        if (last && !info.isFile())
            return fail(info.isDir() ? Rule::Directory : Rule::UnsupportedEntry, tr("it is not a regular file"));
    }
    return path;
}

std::expected<QByteArray, PackageError> HrefReader::readFromDisk(const QString &member, const QString &shown,
                                                                 qint64 maxBytes) const
{
    using Rule = PackageError::Rule;
    auto fail = [&](Rule rule, const QString &message) { return std::unexpected(PackageError{rule, shown, message}); };
    const auto path = locateOnDisk(member, shown);
    if (!path)
        return std::unexpected(path.error());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Rule::Io, tr("it cannot be read: %1").arg(file.errorString()));
    // The file may grow between the check and the read: never read more than the cap.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(Rule::MemberTooLarge, tr("it is larger than %1 bytes").arg(maxBytes));
    return bytes;
}

std::expected<qint64, PackageError> HrefReader::sizeOnDisk(QStringView href) const
{
    const auto member = HrefPolicy::resolve(href);
    if (!member)
        return std::unexpected(member.error());
    const QString shown = PackageError::displayName(href);
    if (m_path.isEmpty() || m_archive)
        return std::unexpected(PackageError{PackageError::Rule::Io, shown, tr("there is no folder to look for it in")});
    const auto path = locateOnDisk(*member, shown);
    if (!path)
        return std::unexpected(path.error());
    return QFileInfo(*path).size();
}

std::function<std::expected<QByteArray, QString>(const QString &)> HrefReader::stringReader(qint64 maxBytes) const
{
    return [reader = *this, maxBytes](const QString &href) -> std::expected<QByteArray, QString> {
        auto bytes = reader.read(href, maxBytes);
        if (!bytes)
            return std::unexpected(bytes.error().toString());
        return std::move(*bytes);
    };
}

} // namespace ovf::package
