#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct libdeflate_compressor;

namespace ovf::package {

// Up to kBatchGrains consecutive grains of one grain table: the input, read by the caller,
// and the output a worker made of it: for every grain that is not all zeros, its grain marker
// {lba, size} and zlib stream padded to a sector, back to back.
struct GrainBatch
{
    static constexpr int kBatchGrains = 16;

    qint64 firstGrain = 0;
    int grains = 0;
    std::vector<char> input;             // grains * 64 KiB (the caller zero-fills past the image)
    std::vector<char> output;            // filled by the worker
    qint64 outputBytes = 0;              // used bytes of output
    std::vector<qint64> grainOffsets;    // per grain: byte offset in output; -1: all zeros, skipped
};

// Deflates grains on a pool of worker threads (libdeflate, zlib format), independently of
// one another, and hands the batches back in the order they were submitted, so the caller
// writes a sequential stream while every core compresses.
//
// A grain that does not shrink below a stored deflate stream is written stored (level 0):
// no grain exceeds maxGrainBytes(). A grain whose three 4 KiB samples do not shrink at
// level 1 is stored without trying (random or already compressed data). The pool owns a fixed set of batches (memory is bounded
// by the pool size whatever the image size); acquire() hands out a free one.
// Threading: acquire(), submit(), takeNext() and release() from one thread (the writer); the
// workers touch only submitted batches. The destructor stops the workers (batches in flight
// are finished first, at most one per worker).
class GrainCompressor
{
public:
    // `threads` >= 1; `level` 1..12 (libdeflate levels; 6 is zlib's default).
    GrainCompressor(int threads, int level);
    ~GrainCompressor();
    GrainCompressor(const GrainCompressor &) = delete;
    GrainCompressor &operator=(const GrainCompressor &) = delete;

    // The largest a grain can become: marker, stored zlib stream, padding to a sector.
    qint64 maxGrainBytes() const { return m_maxGrainBytes; }
    static qint64 maxGrainBytesBound();
    // Batches the pool owns (in flight at most).
    int batchCount() const { return int(m_batches.size()); }

    // A free batch, or nullptr when all are in flight (take one back first).
    GrainBatch *acquire();
    void submit(GrainBatch *batch);
    // Batches submitted and not yet taken back.
    int pending() const { return m_pending; }
    // Waits for the oldest submitted batch to be compressed and returns it.
    GrainBatch *takeNext();
    void release(GrainBatch *batch);

private:
    struct Job
    {
        GrainBatch *batch = nullptr;
        bool done = false;
    };
    void work();
    void compress(GrainBatch &batch, libdeflate_compressor *fast, libdeflate_compressor *stored,
                  libdeflate_compressor *probe) const;

    int m_level;
    qint64 m_storedBound = 0; // zlib bytes of a stored grain
    qint64 m_maxGrainBytes = 0;
    std::vector<std::unique_ptr<GrainBatch>> m_batches;
    std::vector<GrainBatch *> m_free;
    int m_pending = 0;

    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_jobDone;
    std::deque<std::shared_ptr<Job>> m_queue;   // submitted, waiting for a worker
    std::deque<std::shared_ptr<Job>> m_inOrder; // submitted, not yet taken back, in order
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace ovf::package
