#pragma once

#include <QList>
#include <QString>

#include <expected>

namespace ovf::package {

// A run of guest bytes: `data` false means the range reads as zeros (a hole, an unallocated
// or zero cluster) and need not be read at all.
struct DiskExtent
{
    qint64 offset = 0;
    qint64 length = 0;
    bool data = true;
};

// The guest-visible bytes of a disk image, as StreamOptimizedWriter reads them: a raw file
// (RawImageSource), any qemu format through qemu-nbd (NbdImageSource), or a stream the caller
// adapts (a libvirt volume download, a package member).
//
// Contract for the writer: extents() is called once, before any read(); read() calls come
// at strictly increasing, non-overlapping offsets within [0, size()) and only for ranges that
// intersect data extents (a sequential source skips the gaps by reading and discarding them).
// Errors name the image. Not thread-safe: the writer reads from one thread.
class DiskImageSource
{
public:
    virtual ~DiskImageSource() = default;

    // The guest-visible size in bytes.
    virtual qint64 size() const = 0;
    // Extents covering [0, size()) in order, without gaps; by default all of it is data.
    virtual std::expected<QList<DiskExtent>, QString> extents() { return QList<DiskExtent>{{0, size(), true}}; }
    // Exactly `length` bytes at `offset` into `buffer`.
    virtual std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) = 0;
};

} // namespace ovf::package
