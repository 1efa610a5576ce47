#pragma once

#include "model/deploy/backend.h"
#include "model/deploy/diskimage.h"
#include "model/ovf/job.h"
#include "model/package/digest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <expected>

namespace ovf::deploy {

// Converts disk images with qemu-img while proving that the bytes it read are the verified
// ones (DESIGN.md "Untrusted input"; issue "Deploy": the deployed VM uses only bytes that
// matched the manifest).
//
// convertRange(): qemu-img reads the byte range in place (an OVA member, through a "json:"
// raw-offset filename, no extracted copy) while this thread hashes the same range; the
// package file's identity (device, inode, size, mtime, ctime) is taken before and compared
// after. The output is written as OUTPUT.part and renamed to OUTPUT only when qemu-img
// succeeded, the digest equals the expected one and the file did not change; otherwise, and
// on cancel, the partial output is deleted and an error returned.
//
// convert(): the whole step for one File of a verified package: a plain-tar or folder member
// is converted in place; a gzip-compressed or chunked File, or a member of a ZIP or
// gzip-compressed OVA, is first copied into a private staging folder by the package layer's
// StagingArea (hashed on the way, inflation capped at the disk's capacity), then converted
// from there (and the staged copy removed).
//
// Blocking, reentrant: call from a worker thread. Progress is in bytes of the source read by
// qemu-img (its -p percentage of the source size).
class DiskConverter
{
    Q_DECLARE_TR_FUNCTIONS(DiskConverter)

public:
    struct Range
    {
        QString file;
        qint64 offset = 0;
        qint64 size = 0;
        QString format = QStringLiteral("vmdk"); // input format, given to qemu-img -f
        ovf::package::DigestAlgorithm algorithm = ovf::package::DigestAlgorithm::Sha256;
        QByteArray expectedDigest; // raw; empty: not checked (only for trusted scratch files)
        quint64 maxVirtualBytes = 0;
        QString displayName; // for errors: the member name
        // The range is the whole file (offset 0, size its length): qemu reads to its end.
        // Needed for sizes that are not a multiple of 512, which qemu's raw-offset layer
        // refuses.
        bool wholeFile = false;
    };

    struct Result
    {
        quint64 virtualBytes = 0;
        QString digestHex;
        double hashSeconds = 0;    // hashing time (concurrent with the conversion)
        double convertSeconds = 0; // wall time from qemu-img start to its exit
    };

    static std::expected<Result, BackendError>
    convertRange(const Range &source, const QString &output, DiskFormat format,
                 const ByteProgress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // `scratchDir`: parent of the staging folder when one is needed.
    static std::expected<Result, BackendError>
    convert(const DiskRequest &request, const QString &output, const QString &scratchDir,
            const ByteProgress &progress = {}, const std::atomic<bool> *cancel = nullptr);
};

} // namespace ovf::deploy
