#pragma once

#include <QString>

#include <optional>

namespace ovf::package {

// What identifies the bytes of a file on disk: a rewrite changes its mtime or size, a
// replacement its inode, any change at all (even with the mtime reset) its ctime. Used to
// tell whether a package is still the one a VerifyResult describes.
struct FileStamp
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;

    bool operator==(const FileStamp &) const = default;

    // The stamp of a regular file (symlinks followed); nullopt when it is not one or cannot
    // be examined.
    static std::optional<FileStamp> of(const QString &path);
    // The stamp of any kind of entry (for a folder, its listing); nullopt when it cannot be
    // examined.
    static std::optional<FileStamp> ofEntry(const QString &path);
};

} // namespace ovf::package
