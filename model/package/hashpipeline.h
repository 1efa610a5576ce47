#pragma once

#include "model/package/digest.h"

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ovf::package {

// Hashes streams of blocks on a pool of worker threads while one producer (the thread
// reading the package) keeps reading: reading and hashing overlap, the digests of one
// stream (SHA-256, SHA-1, SHA-512 when the algorithm is not known yet) run on different
// workers, and the tail of one member is hashed while the next one is read.
//
// Memory is bounded: feed() blocks while more than `maxBytesInFlight` bytes wait to be
// hashed (a block fed to k digests counts k times), so peak memory does not depend on the
// package size. Blocks are shared, never copied (QByteArray's reference count is atomic).
//
// Threading: begin(), feed(), digest() and wait() from the producer thread only; the
// workers, started by the first feed(), only touch the queues. The destructor stops and
// joins them.
class HashPipeline
{
public:
    explicit HashPipeline(int threads, qint64 maxBytesInFlight = qint64(32) << 20);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    // Starts a stream hashed with each of `algorithms`; returns its id.
    int begin(const QList<DigestAlgorithm> &algorithms);
    // Queues `block` for every digest of stream `id`. Blocks while the budget is spent.
    void feed(int id, const QByteArray &block);
    // Waits until every queued block is hashed; then digest() may be called.
    void wait();
    // The raw digest of stream `id` (empty when it was not hashed with `algorithm`). Only
    // after wait().
    QByteArray digest(int id, DigestAlgorithm algorithm);

private:
    struct Lane; // one digest of one stream: a strand, never run by two workers at once
    void work();

    std::mutex m_mutex;
    std::condition_variable m_workReady; // a lane was scheduled, or stopping
    std::condition_variable m_progress; // bytes were hashed (budget, wait())
    std::deque<Lane *> m_ready;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::vector<std::vector<Lane *>> m_streams;
    qint64 m_inFlight = 0;
    qint64 m_budget;
    bool m_stop = false;
    const int m_threadCount;
    std::vector<std::thread> m_threads;
};

} // namespace ovf::package
