#pragma once

#include "model/package/digest.h"
#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>

namespace ovf::package {

// Hashes byte ranges of one file (the members of a plain OVA, whose data offsets the tar
// headers gave) on several threads at once, each thread reading its range with its own file
// handle into its own buffer and hashing it as it goes, the way `openssl dgst` reads a file.
// Two large disks thus take the time of the larger one, not of both, and a member is read
// once, with no copy between reading and hashing.
//
// Memory: one buffer of kBufferBytes per thread, whatever the file size. A range shorter on
// disk than declared (the file changed or was cut since its headers were read) fails with
// Truncated; nothing is reported for a range after a failure or a cancel.
//
// Threading: run() blocks the calling thread, which only reports progress; `progress` and
// the results are on the calling thread. `cancel` is polled between blocks.
class RangeHasher
{
    Q_DECLARE_TR_FUNCTIONS(RangeHasher)

public:
    static constexpr qint64 kBufferBytes = qint64(1) << 20;

    struct Range
    {
        QString member; // for errors
        qint64 offset = 0;
        qint64 size = 0;
        QList<DigestAlgorithm> algorithms;
        std::array<QByteArray, 3> digests; // raw, by int(DigestAlgorithm); filled by run()
    };

    // Hashes every range; `progress(bytesHashed)` is called about every 100 ms and at the end.
    // The first error (Io, Truncated, Cancelled) when a range could not be hashed whole.
    static std::optional<PackageError> run(const QString &path, QList<Range> &ranges, int threads,
                                           const std::atomic<bool> *cancel,
                                           const std::function<void(qint64)> &progress);
};

} // namespace ovf::package
