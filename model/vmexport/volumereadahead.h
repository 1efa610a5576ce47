#pragma once

#include "model/deploy/libvirtconnection.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <expected>
#include <memory>
#include <mutex>
#include <thread>

namespace ovf::vmexport {

// Receives a volume download on a thread of its own, up to `maxBuffered` bytes of data ahead
// of the reader, so that the network transfer (libvirt's stream: one message round per chunk
// of at most 256 KiB, the sender's cost as much as ours) overlaps with what the reader does
// between reads (hashing, writing the package) instead of waiting for it.
//
// receive() has Download::receive's contract: data (returns n > 0), a hole (returns 0 with
// *hole > 0) or the end (0 with *hole 0; the download was finished, so an error the sender
// reports at the end is returned instead). The download is owned and used by the thread only.
// Destruction stops the thread (at most one receive in flight, which a flowing stream answers)
// and destroys the download there, which aborts it when unfinished: nothing is left on the host.
// One reader thread.
class VolumeReadAhead
{
public:
    static constexpr qint64 kChunk = qint64(1) << 20;

    VolumeReadAhead(std::unique_ptr<deploy::LibvirtConnection::Download> download, qint64 maxBuffered);
    ~VolumeReadAhead();
    VolumeReadAhead(const VolumeReadAhead &) = delete;
    VolumeReadAhead &operator=(const VolumeReadAhead &) = delete;

    std::expected<qint64, QString> receive(char *buffer, qint64 max, qint64 *hole);

private:
    struct Piece
    {
        QByteArray data; // empty: a hole of `hole` bytes
        qint64 hole = 0;
        qint64 used = 0; // bytes of data (or hole) handed out already
    };
    void run();

    std::unique_ptr<deploy::LibvirtConnection::Download> m_download;
    const qint64 m_maxBuffered;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Piece> m_pieces;
    qint64 m_buffered = 0; // data bytes in m_pieces not handed out
    bool m_end = false;    // the thread is done: the end, or m_error
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace ovf::vmexport
