#pragma once

#include "model/ovf/job.h"
#include "model/package/inflationlimit.h"
#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"
#include "model/package/verifyoptions.h"
#include "model/package/verifyresult.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <expected>
#include <memory>

namespace ovf::package {

// A referenced file copied out of a verified package.
struct StagedFile
{
    QString path; // inside the staging folder, under a name the program chose
    QString fileId; // ovf:id of the File
    qint64 storedBytes = 0; // bytes as stored in the package (all chunks)
    qint64 bytes = 0; // bytes written (inflated when the file was gzip-compressed)
    bool inflated = false;
};

struct StageOptions
{
    // Inflate ovf:compression="gzip" files (DSP0243 §7.1) while copying.
    bool inflate = true;
    // The most an inflated file may grow to. A File a Disk references is also capped at that
    // Disk's capacity plus the metadata allowance (InflationLimit), whichever is smaller; any
    // other File at this alone. Past it staging fails with GzipTooLarge naming the cap (a gzip
    // bomb never fills the disk).
    qint64 maxInflatedBytes = InflationLimit::kDefaultOtherFiles;
    // Free space to leave on the staging folder's filesystem; short of it staging fails with
    // NoSpace (naming the file, its cap and the bytes needed) before the disk is full.
    qint64 keepFreeBytes = 0;
    MemberPolicy::Limits limits; // the same limits the package was verified with
};

// A private folder for the files later steps (conversion, deploy) use, so that what they use
// is exactly what was verified (DESIGN.md "Untrusted input"): files are copied out of the
// package (chunks reassembled, optionally inflated) under names the program chooses, hashed
// on the way and compared with the digests PackageVerifier computed; a file that does not
// match is deleted and never handed out.
//
// The folder is created under a caller-given parent with mode 0700, owned by this user
// (checked after creation), and removed with everything in it when the StagingArea is
// destroyed. Not thread-safe: one stage() at a time, from a worker thread.
class StagingArea
{
    Q_DECLARE_TR_FUNCTIONS(StagingArea)

public:
    // Errors (rule Io): the parent does not exist or is not writable; the folder could not
    // be created, or is not a private (0700) folder owned by this user.
    static std::expected<std::unique_ptr<StagingArea>, PackageError> create(const QString &parent);
    ~StagingArea();
    StagingArea(const StagingArea &) = delete;
    StagingArea &operator=(const StagingArea &) = delete;

    QString path() const { return m_dir->path(); }

    // Copies the File with ovf:id `fileId` of the package `verified` describes. Reads the
    // package again (a second pass is unavoidable: verification writes nothing). Refuses
    // (before writing anything) a package that is Invalid or was cancelled, and a File that
    // is not Ok / Unchecked. Errors: whatever the reader reports; CorruptData when a member
    // no longer matches the digest computed when it was verified; MissingChunk when a member
    // is gone; GzipCorrupt / GzipTruncated / GzipTooLarge while inflating; NoSpace; Io; Cancelled.
    // On any error the partial file is removed; the result appears complete or not at all.
    std::expected<StagedFile, PackageError> stage(const VerifyResult &verified, const QString &fileId,
                                                  const StageOptions &options = {},
                                                  const ByteProgress &progress = {},
                                                  const std::atomic<bool> *cancel = nullptr);

private:
    StagingArea() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

} // namespace ovf::package
