#include "model/package/hashpipeline.h"

#include "model/package/digesthasher.h"

#include <algorithm>

namespace ovf::package {

struct HashPipeline::Lane
{
    explicit Lane(DigestAlgorithm algorithm) : hasher(algorithm) { }
    DigestHasher hasher;
    std::deque<QByteArray> queue; // guarded by m_mutex
    bool scheduled = false; // in m_ready or being run by a worker; guarded by m_mutex
    QByteArray result;
};

HashPipeline::HashPipeline(int threads, qint64 maxBytesInFlight)
    : m_budget(std::max<qint64>(maxBytesInFlight, 1)), m_threadCount(std::max(threads, 1))
{
}

HashPipeline::~HashPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_workReady.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

int HashPipeline::begin(const QList<DigestAlgorithm> &algorithms)
{
    std::vector<Lane *> lanes;
    std::lock_guard lock(m_mutex);
    for (DigestAlgorithm algorithm : algorithms) {
        m_lanes.push_back(std::make_unique<Lane>(algorithm));
        lanes.push_back(m_lanes.back().get());
    }
    m_streams.push_back(std::move(lanes));
    return int(m_streams.size() - 1);
}

void HashPipeline::feed(int id, const QByteArray &block)
{
    if (block.isEmpty())
        return;
    // The workers start with the first block: a verification that streams nothing (a package
    // refused before its first streamed member; a plain OVA whose other members, 1 MiB or
    // more each, are hashed afterwards from the file) starts no thread.
    // Only the producer and the destructor touch m_threads.
    if (m_threads.empty()) {
        for (int i = 0; i < m_threadCount; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    std::unique_lock lock(m_mutex);
    const std::vector<Lane *> &lanes = m_streams.at(size_t(id));
    // A block is always accepted when nothing is in flight, so one larger than the budget
    // cannot deadlock.
    m_progress.wait(lock, [this] { return m_inFlight < m_budget || m_inFlight == 0; });
    for (Lane *lane : lanes) {
        lane->queue.push_back(block);
        m_inFlight += block.size();
        if (!lane->scheduled) {
            lane->scheduled = true;
            m_ready.push_back(lane);
        }
    }
    lock.unlock();
    m_workReady.notify_all();
}

void HashPipeline::wait()
{
    std::unique_lock lock(m_mutex);
    m_progress.wait(lock, [this] { return m_inFlight == 0; });
}

QByteArray HashPipeline::digest(int id, DigestAlgorithm algorithm)
{
    std::lock_guard lock(m_mutex);
    for (Lane *lane : m_streams.at(size_t(id))) {
        if (lane->hasher.algorithm() == algorithm) {
            if (lane->result.isEmpty())
                lane->result = lane->hasher.finish();
            return lane->result;
        }
    }
    return {};
}

void HashPipeline::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_workReady.wait(lock, [this] { return m_stop || !m_ready.empty(); });
        if (m_stop)
            return;
        Lane *lane = m_ready.front();
        m_ready.pop_front();
        // Run the lane until its queue is empty; nobody else runs it meanwhile.
        while (!lane->queue.empty()) {
            QByteArray block = std::move(lane->queue.front());
            lane->queue.pop_front();
            lock.unlock();
            lane->hasher.update(block.constData(), block.size());
            const qsizetype size = block.size();
            block = QByteArray();
            lock.lock();
            m_inFlight -= size;
            m_progress.notify_all();
        }
        lane->scheduled = false;
    }
}

} // namespace ovf::package
