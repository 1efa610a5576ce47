#pragma once

#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <expected>

class QIODevice;

namespace ovf::package {

// The layout check a ZipReader runs before minizip sees the file, so that a ZIP hides nothing
// outside its members, the way TarReader refuses anything but zero padding after the tar's
// end (APPNOTE.TXT 4.3.6: [local header, data, data descriptor]... central directory,
// [zip64 end record, zip64 locator], end of central directory record, comment).
//
// It reads the end record minizip would use (the last "PK\5\6" of the file, and the zip64
// records when the locator is there) and the whole central directory, then every member's
// local header, and refuses:
//  - TrailingData: bytes after the end record and its comment; bytes between two members,
//    before the first one, between the last one and the central directory, or between the
//    central directory and the end records; a comment that is not printable UTF-8 text;
//  - MalformedHeader: a local header that disagrees with its central directory record (name,
//    method, encryption, CRC-32 or sizes, also in a data descriptor), members that overlap,
//    records that do not fit in the file, split (multi-disk) archives;
//  - Truncated: an end record whose comment runs past the end of the file;
//  - TooManyMembers / HeaderTooLarge before reading a huge central directory.
// A printable comment is allowed with a warning (ZIP tools write them; OVF has no use for
// one). Reads with seeks; leaves the device's position anywhere.
class ZipStructure
{
    Q_DECLARE_TR_FUNCTIONS(ZipStructure)

public:
    struct Layout
    {
        qint64 members = 0;
        QStringList warnings;
    };

    // `shown` is the package file's display name, for errors.
    static std::expected<Layout, PackageError> check(QIODevice &file, const QString &shown,
                                                     const MemberPolicy::Limits &limits);
};

} // namespace ovf::package
