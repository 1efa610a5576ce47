#include "model/package/blockcopier.h"

#include "model/package/digesthasher.h"
#include "model/package/packinputstream.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

namespace ovf::package {

namespace {
constexpr size_t kAlignment = 4096;
}

BlockCopier::BlockCopier(qint64 blockSize, int blocks)
    : m_blockSize((std::max<qint64>(blockSize, qint64(kAlignment)) + qint64(kAlignment) - 1) / qint64(kAlignment)
                  * qint64(kAlignment))
    , m_blocks(std::max(blocks, 2))
{
    m_ring = static_cast<char *>(std::aligned_alloc(kAlignment, size_t(m_blockSize) * size_t(m_blocks)));
    Q_CHECK_PTR(m_ring);
}

BlockCopier::~BlockCopier()
{
    std::free(m_ring);
}

void BlockCopier::setCancel(const std::atomic<bool> *flag, const QString &message)
{
    m_cancel = flag;
    m_cancelMessage = message;
}

std::expected<qint64, QString> BlockCopier::fill(PackInputStream &from, char *block, qint64 want)
{
    qint64 got = 0;
    while (got < want) {
        auto n = from.read(block + got, want - got);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        got += *n;
    }
    return got;
}

std::expected<void, QString> BlockCopier::copy(PackInputStream &from, const QString &name, qint64 size,
                                               const Write &write, DigestHasher *hasher,
                                               const Progress &progress)
{
    auto early = [&](qint64 missing) {
        return tr("%1: the source ended %2 bytes early").arg(name).arg(missing);
    };
    if (size <= m_blockSize) {
        if (cancelled())
            return std::unexpected(m_cancelMessage);
        auto n = fill(from, m_ring, size);
        if (!n)
            return std::unexpected(n.error());
        if (*n < size)
            return std::unexpected(early(size - *n));
        if (size == 0)
            return {};
        if (hasher)
            hasher->update(m_ring, size);
        if (auto r = write(m_ring, size); !r)
            return r;
        if (progress)
            progress(size);
        return {};
    }

    // Block k lives in slot k % m_blocks; the reader may fill block k once blocks
    // k - m_blocks were both written and hashed.
    const qint64 total = (size + m_blockSize - 1) / m_blockSize;
    auto slot = [this](qint64 k) { return m_ring + (k % m_blocks) * m_blockSize; };
    auto length = [&](qint64 k) { return std::min(m_blockSize, size - k * m_blockSize); };
    std::mutex mutex;
    std::condition_variable changed;
    qint64 filled = 0, written = 0, hashed = hasher ? 0 : total;
    bool stop = false;
    std::optional<QString> error; // the first failure of any stage

    auto fail = [&](const QString &message) { // with `mutex` held
        if (!error)
            error = message;
        stop = true;
        changed.notify_all();
    };

    std::thread reader([&] {
        std::unique_lock lock(mutex);
        for (qint64 k = 0; k < total; ++k) {
            changed.wait(lock, [&] { return stop || k < std::min(written, hashed) + m_blocks; });
            if (stop)
                return;
            lock.unlock();
            const bool isCancelled = cancelled();
            std::expected<qint64, QString> n = isCancelled ? 0 : fill(from, slot(k), length(k));
            lock.lock();
            if (isCancelled)
                return fail(m_cancelMessage);
            if (!n)
                return fail(n.error());
            if (*n < length(k))
                return fail(early(size - k * m_blockSize - *n));
            filled = k + 1;
            changed.notify_all();
        }
    });
    std::thread hashing;
    if (hasher) {
        hashing = std::thread([&] {
            std::unique_lock lock(mutex);
            for (qint64 k = 0; k < total; ++k) {
                changed.wait(lock, [&] { return stop || k < filled; });
                if (stop)
                    return;
                lock.unlock();
                hasher->update(slot(k), length(k));
                lock.lock();
                hashed = k + 1;
                changed.notify_all();
            }
        });
    }

    {
        std::unique_lock lock(mutex);
        for (qint64 k = 0; k < total; ++k) {
            changed.wait(lock, [&] { return stop || k < filled; });
            if (stop)
                break;
            lock.unlock();
            const bool isCancelled = cancelled();
            auto r = isCancelled ? std::expected<void, QString>() : write(slot(k), length(k));
            lock.lock();
            if (isCancelled || !r) {
                fail(isCancelled ? m_cancelMessage : r.error());
                break;
            }
            written = k + 1;
            changed.notify_all();
            lock.unlock();
            if (progress)
                progress(length(k));
            lock.lock();
        }
    }
    reader.join();
    if (hashing.joinable())
        hashing.join();
    if (error)
        return std::unexpected(*error);
    return {};
}

} // namespace ovf::package
