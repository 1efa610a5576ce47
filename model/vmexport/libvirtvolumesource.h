#pragma once

#include "model/deploy/libvirtconnection.h"
#include "model/package/diskimagesource.h"
#include "model/vmexport/volumereadahead.h"

#include <QCoreApplication>

#include <memory>

namespace ovf::vmexport {

// The bytes of a raw storage volume read through libvirt (virStorageVolDownload over a
// sparse virStream): for volumes on a remote host and in pools without local files. Nothing
// is staged: read() consumes the stream as the writer asks for increasing offsets, fills
// holes with zeros, and restarts the download at the new offset for a jump of more than
// kSkipLimit (cheaper than pulling the bytes in between over the network). A block device
// that cannot be sent sparse is sent whole. The stream is received ahead of the reader, up to
// kReadAhead bytes of data, on a thread of its own (VolumeReadAhead): the transfer goes on
// while the writer hashes and writes.
//
// Only raw volumes read as guest bytes this way (a qcow2 volume's download is its file);
// the caller decides. Destroying the source aborts a download in flight; a download writes
// nothing on the host, so nothing is left there. Blocking, one thread; the connection must
// outlive the source and not be used by another thread meanwhile.
class LibvirtVolumeSource final : public package::DiskImageSource
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::LibvirtVolumeSource)

public:
    static constexpr qint64 kSkipLimit = qint64(64) << 20;
    static constexpr qint64 kReadAhead = qint64(16) << 20;

    // `readAhead`: how much data may be received ahead of the reader (at least
    // VolumeReadAhead::kChunk). A reader that jumps backwards often (qemu reading a qcow2 file's
    // metadata through NbdVolumeServer) wants little: a restart drops what was read ahead.
    LibvirtVolumeSource(deploy::LibvirtConnection &connection, QString pool, QString volume, qint64 size,
                        qint64 readAhead = kReadAhead);
    ~LibvirtVolumeSource() override;

    qint64 size() const override { return m_size; }
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override;
    // Bytes that came over the stream as data (holes excluded), for the benchmark's figures.
    qint64 transferredBytes() const { return m_transferred; }

private:
    std::expected<void, QString> restart(qint64 offset);
    // Moves the stream by `length` bytes, into `buffer` when not null.
    std::expected<void, QString> pull(char *buffer, qint64 length);

    deploy::LibvirtConnection &m_connection;
    QString m_pool;
    QString m_volume;
    qint64 m_size = 0;
    qint64 m_readAhead = kReadAhead;
    std::unique_ptr<VolumeReadAhead> m_download;
    bool m_sparse = true;
    qint64 m_position = 0;  // of the stream, in the volume
    qint64 m_holeLeft = 0;  // bytes of the current hole not handed out yet
    qint64 m_transferred = 0;
    QByteArray m_scratch;   // for bytes skipped over
};

} // namespace ovf::vmexport
