#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>

namespace ovf::package {

class DigestHasher;
class PackInputStream;

// Copies a stream into a writer through a ring of page-aligned blocks, as a three-stage
// pipeline: a reader thread fills the next blocks while the calling thread writes a block and
// a hash thread digests that same block. Writer and hasher only read the block, at the same
// time; it goes back to the reader when both are done. So every byte is read once, copied
// once (into the block), hashed and written from there, and the digest is that of the bytes
// written. Copies no larger than one block run on the calling thread alone.
//
// Threading: copy() is called from one thread at a time (the writer's); `write` and
// `progress` run on that thread; the stream is read on the reader thread while copy() runs
// (and only then); the hasher is updated on the hash thread while copy() runs. Memory: the
// ring (blockSize * blocks bytes), allocated once.
class BlockCopier
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::BlockCopier)

public:
    using Write = std::function<std::expected<void, QString>(const char *data, qint64 size)>;
    using Progress = std::function<void(qint64 bytes)>;

    // Blocks small enough that a block is still in the CPU caches when it is hashed and written
    // (measured with bench_package: 1 MiB and 4 MiB blocks cost more CPU time; 64 KiB more
    // hand-offs); eight of them so the reader runs well ahead.
    static constexpr qint64 kDefaultBlockSize = qint64(512) << 10;
    static constexpr int kDefaultBlocks = 8;

    explicit BlockCopier(qint64 blockSize = kDefaultBlockSize, int blocks = kDefaultBlocks);
    ~BlockCopier();
    BlockCopier(const BlockCopier &) = delete;
    BlockCopier &operator=(const BlockCopier &) = delete;

    // Polled before every block by each stage; a set flag fails copy() with `message`.
    void setCancel(const std::atomic<bool> *flag, const QString &message);

    // Reads exactly `size` bytes of `from` and writes them, in order, with `write`; updates
    // `hasher` (may be null) with the same bytes; calls `progress` after every written block.
    // Errors: the stream's or the writer's error; "NAME: the source ended N bytes early"
    // when `from` ends first (`name` names the member); the cancel message. On error the
    // stream is left anywhere and the hasher holds a partial digest.
    std::expected<void, QString> copy(PackInputStream &from, const QString &name, qint64 size,
                                      const Write &write, DigestHasher *hasher,
                                      const Progress &progress);

private:
    // Reads until `want` bytes are in `block` or the stream ends; the bytes read.
    std::expected<qint64, QString> fill(PackInputStream &from, char *block, qint64 want);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    qint64 m_blockSize;
    int m_blocks;
    char *m_ring = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_cancelMessage;
};

} // namespace ovf::package
