#pragma once

#include "model/ovf/job.h"
#include "model/package/digest.h"
#include "model/package/inflationlimit.h"
#include "model/package/manifest.h"
#include "model/package/packagewriteerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

template <typename T>
class QPromise;
class QTemporaryFile;

namespace ovf::package {

class BlockCopier;
class PackInput;
class PackInputStream;
class PackageWriterSink;
class PendingDisks;
class PendingSourceOpener;
class Signer;

struct PackageWriterOptions
{
    enum class Format { Ova, Folder, Zip };

    Format format = Format::Ova;
    // The manifest's digest (DSP0243 §5.1); nullopt writes no manifest (and allows no
    // signature).
    std::optional<DigestAlgorithm> manifest = DigestAlgorithm::Sha256;
    // Signs the manifest when set (DSP0243 §5.2); must outlive write().
    const Signer *signer = nullptr;
    DigestAlgorithm signatureAlgorithm = DigestAlgorithm::Sha256;
    // Files keep the layout they have in the source unless these say otherwise: a chunked
    // file stays chunked with its ovf:chunkSize, a gzip file is carried through compressed,
    // byte for byte.
    // > 0: split every file into members of this many bytes, "href.000000000", ... (DSP0243
    // §7.1 ovf:chunkSize); the last chunk holds the rest. Chunked source files are joined
    // first, then split anew.
    qint64 chunkSize = 0;
    // With chunkSize 0: join the chunks of chunked source files into whole files.
    bool joinChunks = false;
    // gzip every file (DSP0243 §7.1 ovf:compression="gzip"); compressed, then chunked. Files
    // already gzip in the source are carried through as they are.
    bool compress = false;
    // Store every file uncompressed: gzip files of the source are inflated (and checked: a
    // corrupt stream fails the write). Not with `compress`.
    bool decompress = false;
    // Inflating is capped (a gzip bomb never fills the disk): a file a Disk references at that
    // Disk's capacity plus the metadata allowance (InflationLimit), any other file at this.
    // Past the cap write() fails with rule gzip-too-large naming the file and the cap.
    qint64 maxInflatedBytes = InflationLimit::kDefaultOtherFiles;
    // Free space the write must leave on the destination's filesystem. Checked before anything
    // is written (the files copied as stored) and while spooling (each spool counts twice: the
    // spool and its copy in the package); short of it, write() fails with rule no-space naming
    // the file, its cap and the bytes needed, before the disk is full.
    qint64 keepFreeBytes = 0;
    // The modification time of OVA members (seconds since the epoch).
    qint64 mtime = 0;
    // Non-empty: keep this manifest instead of writing a new one, as `ovfctl sign` does;
    // `manifest` must then be the algorithm of all of its entries. write() fails before
    // anything is committed unless it lists the descriptor (as the package holds it) and
    // exactly the members written, each with the digest computed while writing. Its exact
    // bytes are kept unless the References edits changed the descriptor (a File without
    // ovf:size): then its entries are written again in their order (ovftool's spelling) with
    // the edited descriptor's digest.
    QByteArray existingManifest;
    // Digests (raw, in `manifest`'s algorithm) the members of these names must have: write()
    // fails before anything is committed when a member's bytes differ ("<member>: its bytes
    // changed since ..."). Save holds the files it carries over to what was verified when the
    // package was opened, while the writer still edits the descriptor (ovf:size).
    QHash<QString, QByteArray> expectedDigests;
    // Non-null: the images of pending sources are opened by it (machine export reads a
    // libvirt domain's disks through libvirt) instead of being inspected and read as files
    // under DiskImagePolicy::authoring(). Must outlive write().
    PendingSourceOpener *pendingOpener = nullptr;
};

// What a finished write produced.
struct PackageWriterResult
{
    QStringList members;             // in package order (OVA: the tar order)
    QList<ManifestEntry> manifestEntries;
    QByteArray descriptor;           // as written (with the References edits)
    QByteArray manifest;             // empty without a manifest
    QByteArray certificate;          // empty when unsigned
    QStringList warnings;
    QStringList conversions;         // disk images converted into members (PendingDisks)
};


// Writes an OVF package (OVA, OVF folder or ZIP) from a PackInput.
//
// Layout: the descriptor, then its manifest "<base>.mf" and certificate "<base>.cert", then
// every File in References order (DSP0243 §5.3; strict for an OVA). The manifest lists the
// descriptor and exactly the members holding the referenced files (every chunk, when chunked),
// with digests computed while the bytes are written: no file is read twice. Deterministic: the
// same input and options give byte-identical OVA and ZIP files (RSA signatures included; ECDSA
// signatures are randomized by nature).
//
// References edits, through the lossless document (untouched attributes keep their bytes):
// with chunkSize, ovf:chunkSize is set; with compress, ovf:compression="gzip"; and ovf:size is
// set on every File (added where missing; DSP0243 §7.1 lets it be omitted, but readers plan
// transfers and space with it) to the size of the file as stored in the package: the compressed size when compressed
// (DSP0243 §7.1: "when compression is used, ovf:size shall be the actual size of the compressed
// file"), the whole (unchunked) size when chunked. A File whose declared ovf:size is wrong is
// corrected with a warning; without any edit the descriptor's bytes are kept exactly. With
// existingManifest (signing a package as it is) the same edits are made once the package's
// own descriptor was found to match the manifest (see existingManifest).
// A File stored uncompressed in the output loses ovf:compression, an unchunked one
// ovf:chunkSize.
//
// Files with a pending source (a disk image still to be converted, PendingSource) become
// streamOptimized VMDK members, converted while they are written and hashed (PendingDisks):
// never staged, never gzip-compressed or chunked (refused with chunkSize). Their size is known
// only once written, after the OVA's descriptor room was reserved: the descriptor is then
// padded with trailing spaces after its root element to the room kept for the widest sizes. Compressing or inflating spools each converted stream to a temporary file
// beside the destination first (its size goes into the descriptor, which comes first); the
// spool is unlinked as soon as it is open (only its descriptor holds it), so it goes with the
// process, even a killed one. When a gzip file of the source is inflated, the progress total grows
// by its inflated size once that is known.
//
// Atomic: the package is written beside `destination` and moved into place at the end; on any
// error or cancel the temporary output is removed and an existing destination is untouched.
// Killed (SIGKILL, a crash) at any point, the destination is the old package or the new one,
// never a mix: OVA and ZIP are written into an unnamed file (QSaveFile, O_TMPFILE) that
// vanishes with the process; the folder's temporary tree is removed by the next write beside it
// (FolderWriter).
// Threading: call write() on a worker thread (QtConcurrent::run, see run()); the progress
// callback is called on that thread; the cancel flag is the only cross-thread channel. While
// it copies a member, write() reads the input on a thread of its own and hashes on another
// (BlockCopier), joined before the next member.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::PackageWriter)

public:
    PackageWriter(PackInput &input, const PackageWriterOptions &options);
    ~PackageWriter();

    void setProgress(ByteProgress progress) { m_progress = std::move(progress); }
    // Polled before every buffer; when set, write() fails with cause Cancelled.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // Errors are typed (PackageWriteError: the cause, the path and member, the rule id, the
    // bytes needed and free); callers turn them into words with PackageWriteError::toString()
    // where they show them. A write into the destination that fails is reported as ReadOnly
    // or NoSpace when the filesystem says so (made read-only, or full, meanwhile), else as Io
    // with the system's words.
    std::expected<PackageWriterResult, PackageWriteError> write(const QString &destination);

    static QString cancelledMessage();
    // The output format a destination's extension implies: .ova, .zip, else a folder.
    static PackageWriterOptions::Format formatForPath(const QString &destination);

    // For QtConcurrent::run(&PackageWriter::run, input, options, destination): progress goes to
    // the promise as a value in 0..1,000,000 of the total bytes (QFuture progress is an int)
    // with the text "done/total" in bytes; cancelling the future cancels the write.
    static void run(QPromise<std::expected<PackageWriterResult, PackageWriteError>> &promise, PackInput *input,
                    PackageWriterOptions options, QString destination);

private:
    static constexpr qint64 kBufferSize = 4 << 20;

    // How file i is stored in the output.
    struct Layout
    {
        bool gzip = false;
        qint64 chunkSize = 0;
        enum class Convert { None, Deflate, Inflate } convert = Convert::None;
    };
    std::expected<PackageWriterResult, PackageWriteError> writePackage(const QString &destination);
    Layout layout(qsizetype file) const;
    std::expected<void, PackageWriteError> check() const;
    std::expected<void, PackageWriteError> checkSpace(const QString &member, qint64 more, const QString &cap) const;
    // A write into the destination failed with `detail`: ReadOnly, NoSpace or Io (Cancelled
    // when the cancel flag is set).
    PackageWriteError destinationError(const QString &member, const QString &detail) const;
    // The disk filled up part-way (another writer, an output larger than could be known): rule
    // NoSpace naming `member`, the bytes still to write and the bytes free; nullopt when the
    // destination still has room for them.
    std::optional<PackageWriteError> filledUpError(const QString &member) const;
    // Reading the source failed (`cause`: MissingSource, Io): Cancelled when the cancel flag is
    // set (a source stops reading once cancelled too).
    PackageWriteError sourceError(PackageWriteError::Cause cause, const QString &member, const QString &detail) const;
    std::expected<std::unique_ptr<QTemporaryFile>, PackageWriteError> spool(qsizetype file, Layout::Convert convert,
                                                                            const QString &destination);
    void editReferences(const QList<qint64> &storedSizes, const QList<Layout> &layouts);
    std::expected<void, PackageWriteError> writePending(PendingDisks &pending, qsizetype file,
                                                        PackageWriterSink &sink, const QString &name);
    std::expected<void, PackageWriteError> checkExistingManifest() const;
    QByteArray keptManifest(const QByteArray &descriptor) const;
    std::expected<QByteArray, PackageWriteError> sign(QByteArrayView manifest, qint64 expectedSize) const;
    std::expected<void, PackageWriteError> copyMember(PackInputStream &from, PackageWriterSink &to,
                                                      const QString &name, qint64 size);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void advance(qint64 bytes);

    PackInput &m_input;
    PackageWriterOptions m_options;
    QString m_destination;
    ByteProgress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_available = -1;  // free bytes on the destination's filesystem at the start; -1: unknown
    qint64 m_committed = 0;   // bytes the package will hold for sure, plus spools so far (twice)
    QStringList m_warnings;
    QList<ManifestEntry> m_entries;
    std::unique_ptr<BlockCopier> m_copier; // made by the first copy
    // The output and the spools of the running write, kept until write() has looked at the
    // space left after a failure.
    std::unique_ptr<PackageWriterSink> m_sink;
    std::vector<std::unique_ptr<QTemporaryFile>> m_spools;
};

} // namespace ovf::package
