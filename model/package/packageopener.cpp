#include "model/package/packageopener.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

bool PackageOpener::isPackage(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    auto reader = ArchiveReader::open(path);
    return reader && (*reader)->format() != ArchiveReader::Format::Folder;
}

std::expected<PackageDescriptor, PackageError> PackageOpener::readDescriptor(const QString &path,
                                                                             const MemberPolicy::Limits &limits)
{
    auto opened = ArchiveReader::open(path, limits);
    if (!opened)
        return std::unexpected(opened.error());
    ArchiveReader &reader = **opened;
    for (;;) {
        auto header = reader.next();
        if (!header)
            return std::unexpected(header.error());
        if (!*header)
            break;
        if (!(*header)->name.endsWith(u".ovf"_s, Qt::CaseInsensitive))
            continue;
        auto bytes = reader.readAll(limits.maxDescriptorBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        return PackageDescriptor{(*header)->name, std::move(*bytes), reader.format(), reader.warnings()};
    }
    return std::unexpected(PackageError{PackageError::Rule::NotAnArchive,
                                        PackageError::displayName(QFileInfo(path).fileName()),
                                        tr("the package holds no OVF descriptor (*.ovf)")});
}

std::expected<QByteArray, PackageError> PackageOpener::readMember(const QString &path, const QString &name, qint64 cap,
                                                                  const MemberPolicy::Limits &limits)
{
    auto opened = ArchiveReader::open(path, limits);
    if (!opened)
        return std::unexpected(opened.error());
    ArchiveReader &reader = **opened;
    for (;;) {
        auto header = reader.next();
        if (!header)
            return std::unexpected(header.error());
        if (!*header)
            break;
        if ((*header)->name == name)
            return reader.readAll(cap);
    }
    return std::unexpected(PackageError{PackageError::Rule::HrefInvalid, PackageError::displayName(name),
                                        tr("the package has no such member")});
}

} // namespace ovf::package
