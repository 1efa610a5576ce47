#pragma once

#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>
#include <optional>

namespace ovf::package {

// Streaming gzip (RFC 1952) decompression with zlib, pulling compressed bytes from a source:
// used for File elements with ovf:compression="gzip" (DSP0243 §7.1) and for gzip-compressed
// OVAs. Memory is bounded (zlib's 32 KiB window plus one 64 KiB input buffer) and never
// depends on what the stream claims about itself: the gzip trailer's ISIZE is not trusted.
//
// Concatenated gzip members are one stream (RFC 1952 §2.2). After the last member, zero
// bytes are tolerated (tar-style padding); anything else is TrailingData.
class GzipInflater
{
    Q_DECLARE_TR_FUNCTIONS(GzipInflater)

public:
    // Fills `buffer` with up to `max` compressed bytes; 0 at the end of the input.
    using Source = std::function<std::expected<qint64, PackageError>(char *buffer, qint64 max)>;

    // `member` names the compressed file in errors. `cap` is the most bytes the stream may
    // inflate to (a declared size); past it read() fails with GzipTooLarge as soon as one
    // byte too many comes out. A negative cap means no cap (the caller bounds the work).
    GzipInflater(Source source, const QString &member, qint64 cap = -1);
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    // Up to `max` inflated bytes (fewer only at the end); 0 once the whole stream has been
    // inflated and checked. Errors: GzipCorrupt (bad header, data or CRC), GzipTruncated
    // (input ends inside a member, or holds no gzip data at all), GzipTooLarge, TrailingData,
    // Cancelled, or the source's own error. Errors are sticky.
    std::expected<qint64, PackageError> read(char *buffer, qint64 max);

    // Says what the cap is in the GzipTooLarge message ("its Disk's capacity ..."); by default
    // "its declared size of N bytes".
    void setCapReason(const QString &reason) { m_capReason = reason; }

    // The most bytes a disk image file may legitimately take for a Disk of `capacity` bytes
    // (DSP0243 §9.1 ovf:capacity): the capacity plus 1/64 of it plus 1 MiB for image metadata.
    // Sound for every format a Disk may name here: raw is exactly the capacity; a
    // streamOptimized VMDK stores each 64 KiB grain as a 12-byte marker plus deflate data
    // (incompressible data grows by a few bytes per 16 KiB stored block) padded to a 512-byte
    // sector, at most 1/128 more, plus 2 KiB of grain table and a 512-byte marker per 32 MiB
    // (1/13,000) and a header, grain directory, footer and end-of-stream marker of a few KiB;
    // a monolithicSparse VMDK and a qcow2 without internal snapshots add less (tables of 4 or
    // 8 bytes per 64 KiB cluster, twice). A qcow2 with internal snapshots can exceed it; such
    // a file is refused. Saturates instead of overflowing; a negative capacity gives 0.
    static qint64 diskImageBound(qint64 capacity);

    qint64 bytesIn() const { return m_in; }
    qint64 bytesOut() const { return m_out; }
    // Polled in the inflate loop; the flag must outlive the inflater.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

private:
    std::unexpected<PackageError> fail(PackageError::Rule rule, const QString &message);
    std::expected<bool, PackageError> fillInput();

    struct State;
    std::unique_ptr<State> m_state;
    Source m_source;
    QString m_member;
    qint64 m_cap;
    QString m_capReason;
    qint64 m_in = 0;
    qint64 m_out = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    std::optional<PackageError> m_error;
};

} // namespace ovf::package
