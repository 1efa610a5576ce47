#pragma once

#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ovf::package {

// Why writing a package (PackageWriter, DocumentSaver, machine export) or a lone descriptor
// failed, kept structured up to the caller, which acts on the cause (a full disk, a read-only
// destination, a cancel) and turns it into words only where it shows it, with toString(): the
// one formatter (translated), as DeployError and BackendError do for deploying.
//
// Which fields are set: `path` names the file or folder on disk (the destination, a source
// file, a disk image), `member` the package member (or File href) it is about, either may be
// empty. `rule` is the reader's rule when a PackageError was the reason (a corrupt gzip
// member, a chunk missing, a read-only filesystem). `bytesNeeded`/`bytesFree` are set for
// NoSpace when known (-1 otherwise). `detail` is the underlying reason as the system or a
// library put it (errno text, libarchive, qemu-nbd), or what a step found, in words; never a
// repetition of path or member.
struct PackageWriteError
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::PackageWriteError)

public:
    enum class Cause {
        InvalidOptions,   // the options or the input contradict each other (signature without a manifest, ...)
        ReadOnly,         // the destination's filesystem is mounted read-only
        NoSpace,          // too little free space where the package goes
        Io,               // a file or folder could not be created, read, written or renamed
        MissingSource,    // a file the package needs (a referenced file, a disk image) cannot be opened
        InvalidMember,    // a file of the source is refused (rule: gzip corrupt or too large, chunks, ...)
        Changed,          // a source changed since it was verified or inspected
        ManifestMismatch, // the manifest kept as it is (signing) does not match the files
        Conversion,       // a disk image could not be converted into its streamOptimized member
        Signing,          // the manifest could not be signed
        Cancelled,
    };

    Cause cause = Cause::Io;
    QString path;
    QString member;
    std::optional<PackageError::Rule> rule;
    qint64 bytesNeeded = -1;
    qint64 bytesFree = -1;
    QString detail;

    // Stable kebab-case id: the reader's rule id when `rule` is set ("gzip-corrupt"),
    // otherwise the cause's ("no-space", "read-only", "io", "missing-source", ...). Never
    // translated; what scripts and tests match on.
    QString ruleId() const;
    // The error in the user's words, naming the path and member: the one formatter.
    QString toString() const;

    static PackageWriteError make(Cause cause, const QString &member, const QString &detail, const QString &path = {});
    static PackageWriteError cancelled();
    // From a reader's or DestinationCheck's PackageError: its rule kept, its cause derived
    // (NoSpace, ReadOnly, Cancelled, Io; any other rule: InvalidMember), its message as detail.
    static PackageWriteError fromPackageError(const PackageError &error, const QString &path = {});
};

// Stable id of a cause ("no-space"); see PackageWriteError::ruleId().
QString causeId(PackageWriteError::Cause cause);

} // namespace ovf::package
