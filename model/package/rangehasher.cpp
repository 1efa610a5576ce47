#include "model/package/rangehasher.h"

#include "model/ovf/job.h"
#include "model/package/digesthasher.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace ovf::package {

std::optional<PackageError> RangeHasher::run(const QString &path, QList<Range> &ranges, int threads,
                                              const std::atomic<bool> *cancel,
                                              const std::function<void(qint64)> &progress)
{
    if (ranges.isEmpty())
        return std::nullopt;
    // Largest first, so the threads finish together.
    std::vector<qsizetype> order(size_t(ranges.size()));
    for (qsizetype i = 0; i < ranges.size(); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return ranges.at(a).size > ranges.at(b).size; });

    const QString shownPackage = PackageError::displayName(QFileInfo(path).fileName());
    std::mutex mutex;
    std::condition_variable finished;
    size_t next = 0;
    int running = 0;
    std::optional<PackageError> error; // guarded by mutex
    std::atomic<qint64> hashed{0};
    std::atomic<bool> stop{false};
    auto stopped = [&] { return stop.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed)); };
    auto fail = [&](PackageError e) {
        std::lock_guard lock(mutex);
        if (!error)
            error = std::move(e);
        stop.store(true);
    };

    auto work = [&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            fail({PackageError::Rule::Io, shownPackage, tr("cannot open the file: %1").arg(file.errorString())});
        }
        std::vector<char> buffer(static_cast<size_t>(kBufferBytes));
        for (;;) {
            qsizetype index = -1;
            {
                std::lock_guard lock(mutex);
                if (next < order.size() && !stopped())
                    index = order[next++];
            }
            if (index < 0 || !file.isOpen())
                break;
            Range &range = ranges[index]; // each range is touched by one thread only
            std::vector<DigestHasher> hashers;
            for (DigestAlgorithm algorithm : std::as_const(range.algorithms))
                hashers.emplace_back(algorithm);
            const QString shown = PackageError::displayName(range.member);
            if (!file.seek(range.offset)) {
                fail({PackageError::Rule::Io, shown, tr("cannot read the file: %1").arg(file.errorString())});
                break;
            }
            qint64 left = range.size;
            while (left > 0 && !stopped()) {
                const qint64 got = file.read(buffer.data(), std::min(left, kBufferBytes));
                if (got < 0) {
                    fail({PackageError::Rule::Io, shown, tr("cannot read the file: %1").arg(file.errorString())});
                    break;
                }
                if (got == 0) {
                    fail({PackageError::Rule::Truncated, shown,
                          tr("the archive ends inside this member (truncated, or cut while it was read)")});
                    break;
                }
                for (DigestHasher &hasher : hashers)
                    hasher.update(buffer.data(), got);
                left -= got;
                hashed.fetch_add(got, std::memory_order_relaxed);
            }
            if (left > 0)
                break;
            for (DigestHasher &hasher : hashers)
                range.digests[int(hasher.algorithm())] = hasher.finish();
        }
        std::lock_guard lock(mutex);
        --running;
        finished.notify_all();
    };

    const int count = int(std::clamp<qsizetype>(threads, 1, ranges.size()));
    std::vector<std::thread> pool;
    running = count;
    for (int i = 0; i < count; ++i)
        pool.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            if (progress) {
                lock.unlock();
                progress(hashed.load());
                lock.lock();
            }
        }
    }
    for (std::thread &t : pool)
        t.join();
    if (progress)
        progress(hashed.load());
    if (!error && cancel && cancel->load())
        error = PackageError{PackageError::Rule::Cancelled, shownPackage, Job::cancelledMessage()};
    return error;
}

} // namespace ovf::package
