#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <expected>
#include <functional>

namespace ovf::package {

class DigestHasher;
class DiskImageSource;

struct StreamOptimizedOptions
{
    // The file name the embedded descriptor's extent line names: the VMDK's own name
    // ("disk1.vmdk"). No quotes, no control characters.
    QString extentName;
    // ddb.adapterType: "ide", "buslogic", "lsilogic" or "legacyESX" (the geometry follows).
    QString adapterType = QStringLiteral("lsilogic");
    // The descriptor's CID; 0: derived from the extent name and size (deterministic output).
    uint32_t cid = 0;
    // Compression threads; 0: one per core (QThread::idealThreadCount()).
    int threads = 0;
    // Deflate level, 1..12 (libdeflate; 6 is zlib's default, what qemu-img uses).
    int level = 6;
};

struct StreamOptimizedResult
{
    qint64 capacity = 0;       // the disk's capacity in bytes (the source size up to a sector)
    qint64 streamBytes = 0;    // bytes of VMDK written
    qint64 grains = 0;         // grains stored (not all zeros)
    qint64 populatedBytes = 0; // guest bytes those grains hold (64 KiB each, up to the capacity)
};

// Receives the stream in order; an error stops the write and is returned by write().
using StreamSink = std::function<std::expected<void, QString>(const char *data, qint64 size)>;
// Bytes of the guest disk processed so far (holes and zero grains count as they are passed).
using StreamProgress = std::function<void(qint64 done, qint64 total)>;

// Writes a disk image as a streamOptimized VMDK (VMware "Virtual Disk Format 1.1", layout in
// vmdklayout.h) as one sequential stream: nothing is ever sought back to, so the stream can go
// straight into a tar member, a ZIP entry or a pipe, and be hashed as it is written.
//
// Grains that are holes in the source's extents are not read; grains that read as all zeros
// are not stored (both read back as zeros). Every other grain is deflated on its own on a
// worker pool (GrainCompressor), while this thread reads the source ahead and writes the
// finished grains in order. Peak memory is a few MiB whatever the image size (a fixed set of
// 1 MiB batches and one grain table).
//
// Threading: call write() on a worker thread; progress and sink are called on that thread; the
// cancel flag is polled before every batch (write() then fails with cancelledMessage()). Errors
// name the extent (its file name) or come from the source or sink as they said them.
class StreamOptimizedWriter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::StreamOptimizedWriter)

public:
    StreamOptimizedWriter(DiskImageSource &source, StreamOptimizedOptions options);
    ~StreamOptimizedWriter();

    void setProgress(StreamProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    // Fed with every byte written, before the sink sees it; must outlive write().
    void setHasher(DigestHasher *hasher) { m_hasher = hasher; }

    std::expected<StreamOptimizedResult, QString> write(const StreamSink &sink);
    // write() into a new file (QSaveFile: complete or not at all).
    std::expected<StreamOptimizedResult, QString> writeFile(const QString &path);

    // An upper bound of the stream's size for a source of `sourceBytes` (every grain stored
    // incompressible): tar and ZIP writers decide their header layout from it.
    static qint64 maxStreamBytes(qint64 sourceBytes);
    static QString cancelledMessage();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    DiskImageSource &m_source;
    StreamOptimizedOptions m_options;
    StreamProgress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    DigestHasher *m_hasher = nullptr;
};

} // namespace ovf::package
