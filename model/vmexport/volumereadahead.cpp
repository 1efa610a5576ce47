#include "model/vmexport/volumereadahead.h"

#include <cstring>

namespace ovf::vmexport {

VolumeReadAhead::VolumeReadAhead(std::unique_ptr<deploy::LibvirtConnection::Download> download, qint64 maxBuffered)
    : m_download(std::move(download)), m_maxBuffered(std::max(maxBuffered, kChunk))
{
    m_thread = std::thread([this] { run(); });
}

VolumeReadAhead::~VolumeReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void VolumeReadAhead::run()
{
    // One receive buffer; each piece keeps only its own bytes (pieces are as small as the
    // data runs between holes).
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_buffered < m_maxBuffered; });
            if (m_stop)
                break;
        }
        qint64 hole = 0;
        auto got = m_download->receive(buffer.data(), buffer.size(), &hole);
        QString error;
        bool end = false;
        if (!got) {
            error = got.error().toString();
        } else if (*got == 0 && hole == 0) {
            end = true;
            if (auto finished = m_download->finish(); !finished)
                error = finished.error().toString();
        }
        Piece piece;
        if (got && *got > 0)
            piece.data = QByteArray(buffer.constData(), *got);
        else if (got)
            piece.hole = hole;
        {
            const std::lock_guard lock(m_mutex);
            if (!error.isEmpty() || end) {
                m_error = error;
                m_end = true;
            } else {
                m_buffered += piece.data.size();
                m_pieces.push_back(std::move(piece));
            }
        }
        m_changed.notify_all();
        if (!error.isEmpty() || end)
            break;
    }
    m_download.reset(); // here, on the thread that used it: aborts an unfinished download
}

std::expected<qint64, QString> VolumeReadAhead::receive(char *buffer, qint64 max, qint64 *hole)
{
    *hole = 0;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pieces.empty() || m_end; });
    if (m_pieces.empty()) {
        if (!m_error.isEmpty())
            return std::unexpected(m_error);
        return 0; // the end
    }
    Piece &piece = m_pieces.front();
    qint64 n = 0;
    if (piece.data.isEmpty()) {
        *hole = piece.hole;
        m_pieces.pop_front();
    } else {
        n = std::min(max, qint64(piece.data.size()) - piece.used);
        std::memcpy(buffer, piece.data.constData() + piece.used, size_t(n));
        piece.used += n;
        m_buffered -= n;
        if (piece.used == piece.data.size())
            m_pieces.pop_front();
    }
    lock.unlock();
    m_changed.notify_all();
    return n;
}

} // namespace ovf::vmexport
