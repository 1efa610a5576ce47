#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <expected>

namespace ovf::package {

// The byte layout of a deterministic USTAR archive (POSIX.1-1988 ustar as extended by
// POSIX.1-2001 pax), as DSP0243 §5.3 requires for an OVA. Pure functions, no I/O: OvaWriter
// places the blocks, so headers can be written after the data they describe.
//
// Every member is a regular file with fixed metadata, so the same inputs always give the same
// bytes: mode 0644, uid/gid 0, uname/gname "root", mtime as given (0 by default), no device
// numbers. A pax extended header ('x', "PaxHeaders/<name>") is added ONLY when a member does
// not fit ustar: a size over kMaxUstarSize (8 GiB - 1: eleven octal digits), or a name that
// cannot be split into ustar's 155-byte prefix and 100-byte name. Some OVA consumers reject
// pax headers, so callers should warn when paxNeeded() is true. When pax carries the size,
// the ustar size field holds 0 (as Python's tarfile and libarchive write it).
class TarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::TarWriter)

public:
    static constexpr qint64 kBlockSize = 512;
    // GNU tar and Python's tarfile pad an archive to a multiple of 20 blocks; DSP0243 does not
    // ask for it, but a few old readers read whole records, so we do too.
    static constexpr qint64 kRecordSize = 20 * kBlockSize;
    static constexpr qint64 kMaxUstarSize = 077777777777LL; // 8 GiB - 1

    // True when `name` (UTF-8) or `size` needs a pax extended header.
    static bool paxNeeded(const QString &name, qint64 size);

    // The header blocks of a regular file member: the ustar block, preceded by a pax header
    // and its records when paxNeeded() or `paxSize` (the size in a pax record whatever it is:
    // a header reserved for a size not known yet keeps its length). Errors: an empty name, a
    // name with a NUL byte, a negative size or mtime.
    static std::expected<QByteArray, QString> header(const QString &name, qint64 size,
                                                     qint64 mtime = 0, bool paxSize = false);

    // Zero bytes after `size` bytes of data up to the next block boundary.
    static qint64 dataPadding(qint64 size) { return (kBlockSize - size % kBlockSize) % kBlockSize; }
    // Header blocks + data + padding of one member.
    static qint64 memberBytes(const QString &name, qint64 size);
    // What ends an archive whose members take `archiveSize` bytes: two zero blocks (POSIX
    // end-of-archive), then zeros up to a multiple of kRecordSize.
    static QByteArray endOfArchive(qint64 archiveSize);

private:
    static QByteArray ustarBlock(const QByteArray &name, const QByteArray &prefix, qint64 size,
                                 qint64 mtime, char type);
    static QByteArray paxRecord(const QByteArray &key, const QByteArray &value);
};

} // namespace ovf::package
