#pragma once

#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <expected>
#include <functional>

namespace ovf::package {

// Reads the file a descriptor's ovf:href names (an external Strings bundle, a localized
// license), from the package or folder the descriptor came from: the one resolver every path
// uses (ovfctl, the application's live validation, the l10n BundleStore), built on HrefPolicy
// (DSP0243 §7.1: relative to the descriptor; DESIGN.md "Untrusted input": no scheme, no "..",
// decoded exactly once).
//
// - Archives (OVA, ZIP): the member at the descriptor's folder + the resolved name, read
//   through PackageOpener (ArchiveReader and its MemberPolicy).
// - On disk (a lone descriptor, an OVF folder): the file under the descriptor's folder. Every
//   path component below that folder must be a directory or, last, a regular file, never a
//   symbolic link (so no link leads out of the folder; PackInput refuses linked files alike).
// Both read at most `maxBytes` (MemberTooLarge beyond). Reentrant; copies are cheap.
class HrefReader
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::HrefReader)

public:
    // The most an external Strings bundle may weigh before it is read.
    static constexpr qint64 MaxBundleBytes = qint64(64) * 1024 * 1024;

    HrefReader() = default;
    // Files beside `descriptorPath` on disk.
    static HrefReader forDescriptorFile(const QString &descriptorPath);
    // Members of the package `packagePath` (OVA, ZIP or OVF folder) whose descriptor is the
    // member `descriptorMember`; for a folder, the same as forDescriptorFile() of it.
    static HrefReader forPackage(const QString &packagePath, const QString &descriptorMember);

    bool isNull() const { return m_path.isEmpty(); }
    std::expected<QByteArray, PackageError> read(QStringView href, qint64 maxBytes = MaxBundleBytes) const;
    // The size of the regular file `href` names on disk, found as read() finds it (nothing
    // outside the folder, no symbolic link). Readers of an archive refuse: the sizes of its
    // members come from the package's listing.
    std::expected<qint64, PackageError> sizeOnDisk(QStringView href) const;

    // read() with the error as one sentence ("MEMBER: message [rule-id]"), the shape the
    // validator's BundleResolver and l10n::BundleStore take.
    std::function<std::expected<QByteArray, QString>(const QString &href)>
    stringReader(qint64 maxBytes = MaxBundleBytes) const;

private:
    // The path of the regular file `member` names below the folder, every component checked.
    std::expected<QString, PackageError> locateOnDisk(const QString &member, const QString &shown) const;
    std::expected<QByteArray, PackageError> readFromDisk(const QString &member, const QString &shown,
                                                         qint64 maxBytes) const;

    QString m_path;      // the folder (disk) or the archive file
    QString m_folder;    // archives: the descriptor's folder inside it ("" or "dir/")
    bool m_archive = false;
};

} // namespace ovf::package
