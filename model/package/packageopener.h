#pragma once

#include "model/package/archivereader.h"
#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace ovf::package {

// The descriptor of a package, read without verifying the rest.
struct PackageDescriptor
{
    QString name; // member name ("appliance.ovf", or "dir/appliance.ovf")
    QByteArray bytes; // exactly as stored
    ArchiveReader::Format format = ArchiveReader::Format::Tar;
    QStringList warnings; // the reader's, up to the descriptor
};

// Quick access to single members of a package (OVA, ZIP, OVF folder) for commands that only
// need the descriptor and the files it names (ovfctl info / validate), through ArchiveReader
// and its safety policy: members before the one wanted are checked by the policy and
// skipped; members after it are not read. Not a verification: see PackageVerifier. Reads and
// never writes. Reentrant.
class PackageOpener
{
    Q_DECLARE_TR_FUNCTIONS(PackageOpener)

public:
    // True when `path` is a folder, or a file that is a tar, gzip-compressed tar or ZIP (by
    // content). A lone descriptor file is not a package.
    static bool isPackage(const QString &path);

    // The first "*.ovf" member (at most limits.maxDescriptorBytes). Errors: the reader's
    // (policy refusals of earlier members included), NotAnArchive when there is none.
    static std::expected<PackageDescriptor, PackageError> readDescriptor(const QString &path,
                                                                         const MemberPolicy::Limits &limits = {});

    // The member named `name` (a normalized member name, see HrefPolicy), at most `cap`
    // bytes (MemberTooLarge over it). Errors: the reader's; HrefInvalid when it is absent.
    static std::expected<QByteArray, PackageError> readMember(const QString &path, const QString &name, qint64 cap,
                                                              const MemberPolicy::Limits &limits = {});
};

} // namespace ovf::package
