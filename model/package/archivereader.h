#pragma once

#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <memory>
#include <optional>

namespace ovf::package {

// Pull-based, streaming reader of a package's members: an OVA (tar: ustar, pax, GNU; plain or
// gzip-compressed), a ZIP holding an OVF package, or an OVF folder. Reads and never writes:
// no extraction, no temporary files. Members come in container order, one at a time, so a
// caller can hash or convert each while it streams.
//
// Safety (DESIGN.md "Untrusted input"): every header passes the MemberPolicy before next()
// returns it, so callers only ever see regular files with allowlisted names. Directory
// entries are checked like files (names, duplicates, conflicts), then skipped with a warning
// (DSP0243 §5.3 packages hold files; "a/b" names are allowed, directory entries are noise).
//
// Errors are sticky: after next(), read() or skip() failed once, every later call returns
// the same error. Not thread-safe: use one reader from one thread at a time (a worker
// thread, typically); setCancelFlag() is the only cross-thread channel.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    enum class Format { Tar, GzipTar, Zip, Folder };

    virtual ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // Opens `path`, telling its format by content, not by extension: a folder, or a file
    // that is a tar, a gzip-compressed tar (warns: DSP0243 §5.3 requires a plain tar), a ZIP,
    // or an OVF descriptor (then the members are the files of its folder, the descriptor
    // first). Fails with Io, NotAnArchive, Truncated (a ZIP without its central directory)
    // or TooManyMembers (a folder with too many files); member-level refusals come from next().
    static std::expected<std::unique_ptr<ArchiveReader>, PackageError>
    open(const QString &path, const MemberPolicy::Limits &limits = {});

    // The next member that passed the policy, or nullopt at the end. The unread data of the
    // current member is skipped first. At the end of a tar, checks the end-of-archive marker
    // is there (else Truncated) and that only zero padding follows (else TrailingData).
    std::expected<std::optional<MemberHeader>, PackageError> next();

    // Reads up to `max` bytes of the current member into `buffer`; 0 at the member's end.
    // Fails with Truncated / SizeMismatch / CorruptData when the data does not match the
    // header, Cancelled when the cancel flag is set.
    std::expected<qint64, PackageError> read(char *buffer, qint64 max);

    // Skips the rest of the current member.
    std::expected<void, PackageError> skip();

    // Reads the rest of the current member into memory, refusing (MemberTooLarge, or
    // DescriptorTooLarge for "*.ovf") before allocating when it is larger than `cap`.
    std::expected<QByteArray, PackageError> readAll(qint64 cap);

    // The header of the member being read (nullopt before the first next() and at the end).
    const std::optional<MemberHeader> &current() const { return m_current; }
    // Bytes of the package file consumed so far, and its total, for progress in bytes.
    virtual qint64 position() const = 0;
    virtual qint64 totalBytes() const = 0;
    // Where the current member's data starts in the package file when it is stored there as
    // one contiguous, uncompressed run (a plain tar); nullopt otherwise (gzip-compressed tar,
    // ZIP, folder) and between members. Lets a consumer read a member in place (see
    // locateMember()).
    virtual std::optional<qint64> currentDataOffset() const { return std::nullopt; }
    // Things worth telling the user that do not make the package unreadable.
    QStringList warnings() const { return m_warnings; }
    // The names of the members returned by next() so far, in container order (for the
    // DSP0243 §5.3 order check, see ArchiveOrder).
    QStringList memberNames() const { return m_names; }

    Format format() const { return m_format; }
    static QString formatName(Format format);
    const QString &path() const { return m_path; }
    const MemberPolicy::Limits &limits() const { return m_policy.limits(); }

    // Polled inside every read loop; when it becomes true the reader fails with Cancelled.
    // The flag must outlive the reader.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

protected:
    ArchiveReader(const QString &path, Format format, const MemberPolicy::Limits &limits);

    // The container's next raw header, nullopt at the end (after the end-of-archive checks).
    virtual std::expected<std::optional<MemberHeader>, PackageError> readHeader() = 0;
    // Up to `max` bytes of the current member; 0 at its end.
    virtual std::expected<qint64, PackageError> readData(char *buffer, qint64 max) = 0;
    // Discards the rest of the current member.
    virtual std::expected<void, PackageError> skipData() = 0;

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    PackageError cancelledError() const;
    void addWarning(const QString &warning) { m_warnings << warning; }
    // The package file's name, for archive-level errors.
    QString packageName() const;
    // The (normalized) name of the member being read; empty between members.
    QString currentName() const;

private:
    std::unexpected<PackageError> fail(PackageError error);

    QString m_path;
    Format m_format;
    MemberPolicy m_policy;
    const std::atomic<bool> *m_cancel = nullptr;
    std::optional<MemberHeader> m_current;
    qint64 m_readSoFar = 0;
    bool m_dataDone = false; // the current member's data was read to its end or skipped
    std::optional<PackageError> m_error;
    QStringList m_warnings;
    QStringList m_names;
};

} // namespace ovf::package
