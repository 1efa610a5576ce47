#include "model/package/graincompressor.h"

#include "model/package/vmdklayout.h"
#include "model/package/zerobytes.h"

#include <QtEndian>

#include <libdeflate.h>

#include <cstring>

namespace ovf::package {

namespace {

// Incompressible data (encrypted or already compressed files) costs as much to deflate as
// text and gains nothing. Three 4 KiB samples are deflated at level 1 first; when none of them
// shrinks by 2%, the grain is stored without trying the whole of it.
constexpr qint64 kSampleBytes = 4096;
bool looksIncompressible(libdeflate_compressor *probe, const char *grain, qint64 size)
{
    char out[kSampleBytes + 64];
    for (const qint64 at : {qint64(0), size / 2 - kSampleBytes / 2, size - kSampleBytes}) {
        const size_t n = libdeflate_deflate_compress(probe, grain + at, size_t(kSampleBytes), out, sizeof out);
        if (n != 0 && qint64(n) < kSampleBytes * 98 / 100)
            return false;
    }
    return true;
}

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

} // namespace

namespace {
qint64 storedBound()
{
    const Compressor stored(libdeflate_alloc_compressor(0));
    return qint64(libdeflate_zlib_compress_bound(stored.get(), size_t(vmdk::kGrainBytes)));
}
} // namespace

qint64 GrainCompressor::maxGrainBytesBound()
{
    const qint64 raw = vmdk::kGrainMarkerBytes + storedBound();
    return (raw + vmdk::kSector - 1) / vmdk::kSector * vmdk::kSector;
}

GrainCompressor::GrainCompressor(int threads, int level)
    : m_level(level)
    , m_storedBound(storedBound())
    , m_maxGrainBytes(maxGrainBytesBound())
{
    threads = qMax(1, threads);
    // Two batches per worker keep every worker busy while the writer reads and writes.
    const int batches = 2 * threads + 2;
    for (int i = 0; i < batches; ++i) {
        auto b = std::make_unique<GrainBatch>();
        b->input.resize(size_t(GrainBatch::kBatchGrains * vmdk::kGrainBytes));
        b->output.resize(size_t(GrainBatch::kBatchGrains * m_maxGrainBytes));
        b->grainOffsets.resize(GrainBatch::kBatchGrains);
        m_free.push_back(b.get());
        m_batches.push_back(std::move(b));
    }
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

GrainCompressor::~GrainCompressor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_workAvailable.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

GrainBatch *GrainCompressor::acquire()
{
    if (m_free.empty())
        return nullptr;
    GrainBatch *b = m_free.back();
    m_free.pop_back();
    return b;
}

void GrainCompressor::submit(GrainBatch *batch)
{
    auto job = std::make_shared<Job>();
    job->batch = batch;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(job);
        m_inOrder.push_back(job);
    }
    ++m_pending;
    m_workAvailable.notify_one();
}

GrainBatch *GrainCompressor::takeNext()
{
    std::unique_lock lock(m_mutex);
    Q_ASSERT(!m_inOrder.empty());
    const std::shared_ptr<Job> job = m_inOrder.front();
    m_jobDone.wait(lock, [&job] { return job->done; });
    m_inOrder.pop_front();
    --m_pending;
    return job->batch;
}

void GrainCompressor::release(GrainBatch *batch)
{
    m_free.push_back(batch);
}

void GrainCompressor::work()
{
    const Compressor fast(libdeflate_alloc_compressor(m_level));
    const Compressor stored(libdeflate_alloc_compressor(0));
    const Compressor probe(libdeflate_alloc_compressor(1));
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(m_mutex);
            m_workAvailable.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            job = m_queue.front();
            m_queue.pop_front();
        }
        compress(*job->batch, fast.get(), stored.get(), probe.get());
        {
            std::lock_guard lock(m_mutex);
            job->done = true;
        }
        m_jobDone.notify_all();
    }
}

void GrainCompressor::compress(GrainBatch &batch, libdeflate_compressor *fast, libdeflate_compressor *stored,
                               libdeflate_compressor *probe) const
{
    qint64 out = 0;
    for (int i = 0; i < batch.grains; ++i) {
        const char *in = batch.input.data() + i * vmdk::kGrainBytes;
        if (allZero(in, vmdk::kGrainBytes)) {
            batch.grainOffsets[size_t(i)] = -1;
            continue;
        }
        char *dst = batch.output.data() + out;
        char *payload = dst + vmdk::kGrainMarkerBytes;
        size_t n = looksIncompressible(probe, in, vmdk::kGrainBytes)
            ? 0 : libdeflate_zlib_compress(fast, in, size_t(vmdk::kGrainBytes), payload, size_t(m_storedBound));
        if (n == 0) // incompressible, or did not shrink below stored: store it
            n = libdeflate_zlib_compress(stored, in, size_t(vmdk::kGrainBytes), payload, size_t(m_storedBound));
        Q_ASSERT(n > 0);
        qToLittleEndian<quint64>(quint64((batch.firstGrain + i) * vmdk::kGrainSectors), dst);
        qToLittleEndian<quint32>(quint32(n), dst + 8);
        const qint64 used = vmdk::kGrainMarkerBytes + qint64(n);
        const qint64 padded = (used + vmdk::kSector - 1) / vmdk::kSector * vmdk::kSector;
        std::memset(dst + used, 0, size_t(padded - used));
        batch.grainOffsets[size_t(i)] = out;
        out += padded;
    }
    batch.outputBytes = out;
}

} // namespace ovf::package
