#pragma once

#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ovf::package {

// Whether a file or folder can be created at `destination`, asked before anything is written,
// so that a read-only filesystem or a folder without write permission is reported as such
// (naming the destination) instead of as the first failing write. One rule for every writer:
// PackageWriter, DocumentSaver, the folder deploy backend.
class DestinationCheck
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::DestinationCheck)

public:
    // nullopt: writable as far as can be told. Otherwise rule ReadOnly (the filesystem holding
    // the destination's folder is mounted read-only) or Io (the folder is missing, or this user
    // may not write into it; the message carries the system's reason), with `member` set to
    // `destination`.
    static std::optional<PackageError> writable(const QString &destination);
    // nullopt when `bytes` fit on the filesystem of the destination's folder (as far as it
    // reports); otherwise rule NoSpace naming the bytes needed and free.
    static std::optional<PackageError> room(const QString &destination, qint64 bytes);
    // After a write to `destination` failed part-way (called while the partial output still
    // exists): nullopt unless the filesystem of its folder now has less free space than the
    // `remaining` bytes the write still had to make (it filled up during the write: another
    // writer, or an output larger than could be known before); then rule NoSpace naming
    // the bytes still needed and free. The caller removes its partial output.
    static std::optional<PackageError> filledUp(const QString &destination, qint64 remaining);
    // Free bytes (for an unprivileged user) on the filesystem of the destination's folder; -1
    // when it cannot tell.
    static qint64 available(const QString &destination);
};

} // namespace ovf::package
