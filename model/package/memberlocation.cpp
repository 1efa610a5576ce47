#include "model/package/memberlocation.h"

#include "model/package/archivereader.h"

#include <QCoreApplication>
#include <QDir>

namespace ovf::package {

std::expected<std::optional<MemberLocation>, PackageError>
locateMember(const QString &path, const QString &memberName, const MemberPolicy::Limits &limits)
{
    auto reader = ArchiveReader::open(path, limits);
    if (!reader)
        return std::unexpected(reader.error());
    for (;;) {
        auto header = (*reader)->next();
        if (!header)
            return std::unexpected(header.error());
        if (!*header)
            break;
        if ((*header)->name != memberName)
            continue;
        switch ((*reader)->format()) {
        case ArchiveReader::Format::Tar: {
            const auto offset = (*reader)->currentDataOffset();
            if (!offset)
                return std::optional<MemberLocation>();
            return std::optional<MemberLocation>(MemberLocation{(*reader)->path(), *offset, (*header)->size});
        }
        case ArchiveReader::Format::Folder:
            return std::optional<MemberLocation>(
                MemberLocation{QDir((*reader)->path()).filePath(memberName), 0, (*header)->size});
        case ArchiveReader::Format::GzipTar:
        case ArchiveReader::Format::Zip:
            return std::optional<MemberLocation>();
        }
    }
    return std::unexpected(PackageError{PackageError::Rule::HrefInvalid, PackageError::displayName(memberName),
                                        QCoreApplication::translate("ovf::package::MemberLocation",
                                                                    "no such member in the package")});
}

std::expected<QList<ArchiveMember>, PackageError> listArchiveMembers(const QString &path, const MemberPolicy::Limits &limits)
{
    auto reader = ArchiveReader::open(path, limits);
    if (!reader)
        return std::unexpected(reader.error());
    QList<ArchiveMember> members;
    if ((*reader)->format() == ArchiveReader::Format::Folder)
        return members;
    for (;;) {
        auto header = (*reader)->next();
        if (!header)
            return std::unexpected(header.error());
        if (!*header)
            break;
        members << ArchiveMember{(*header)->name, (*header)->size, (*reader)->currentDataOffset()};
    }
    return members;
}

} // namespace ovf::package
