#include "model/vmexport/libvirtvolumesource.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

LibvirtVolumeSource::LibvirtVolumeSource(deploy::LibvirtConnection &connection, QString pool, QString volume, qint64 size,
                                         qint64 readAhead)
    : m_connection(connection), m_pool(std::move(pool)), m_volume(std::move(volume)), m_size(size), m_readAhead(readAhead)
{
}

LibvirtVolumeSource::~LibvirtVolumeSource() = default;

std::expected<void, QString> LibvirtVolumeSource::restart(qint64 offset)
{
    m_download.reset(); // aborts the stream in flight
    m_holeLeft = 0;
    auto download = m_connection.download(m_pool, m_volume, quint64(offset), 0, m_sparse);
    if (!download && m_sparse) {
        // Pools of block devices may refuse a sparse stream: take every byte instead.
        m_sparse = false;
        download = m_connection.download(m_pool, m_volume, quint64(offset), 0, false);
    }
    if (!download)
        return std::unexpected(download.error().toString());
    m_download = std::make_unique<VolumeReadAhead>(std::move(*download), m_readAhead);
    m_position = offset;
    return {};
}

std::expected<void, QString> LibvirtVolumeSource::pull(char *buffer, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        if (m_holeLeft > 0) {
            const qint64 n = std::min(m_holeLeft, length - done);
            if (buffer)
                std::memset(buffer + done, 0, size_t(n));
            m_holeLeft -= n;
            done += n;
            continue;
        }
        char *target = buffer ? buffer + done : nullptr;
        qint64 want = length - done;
        if (!target) {
            if (m_scratch.isEmpty())
                m_scratch.resize(1 << 20);
            target = m_scratch.data();
            want = std::min<qint64>(want, m_scratch.size());
        }
        qint64 hole = 0;
        auto got = m_download->receive(target, want, &hole);
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0 && hole == 0)
            return std::unexpected(tr("%1/%2: the download ended at byte %3 of %4")
                                       .arg(m_pool, m_volume).arg(m_position + done).arg(m_size));
        m_holeLeft = hole;
        m_transferred += *got;
        done += *got;
    }
    m_position += length;
    return {};
}

std::expected<void, QString> LibvirtVolumeSource::read(qint64 offset, char *buffer, qint64 length)
{
    if (offset < 0 || length < 0 || offset + length > m_size)
        return std::unexpected(tr("%1/%2: read of %3 bytes at %4 is outside the volume").arg(m_pool, m_volume).arg(length).arg(offset));
    if (!m_download || offset < m_position || offset - m_position > kSkipLimit) {
        if (auto started = restart(offset); !started)
            return started;
    }
    if (offset > m_position) {
        if (auto skipped = pull(nullptr, offset - m_position); !skipped)
            return skipped;
    }
    if (auto got = pull(buffer, length); !got)
        return got;
    if (m_position == m_size && m_holeLeft == 0) {
        // The download's own end (finished on the read-ahead thread): an error the host
        // reports only there fails the read.
        qint64 hole = 0;
        char none = 0;
        if (auto end = m_download->receive(&none, 0, &hole); !end)
            return std::unexpected(end.error());
    }
    return {};
}

} // namespace ovf::vmexport
