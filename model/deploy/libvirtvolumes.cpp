// LibvirtConnection: storage volumes (information, upload and download through virStreams)
// and the remote/local classification of a URI.
#include "model/deploy/libvirtconnection.h"

#include "model/deploy/libvirthandles.h"
#include "model/ovf/job.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using namespace libvirt;

namespace {

// The facts of a volume's XML (formatstorage.html#storage-volume-xml) this program uses.
void readVolumeXml(const char *xml, LibvirtConnection::VolumeInfo &info)
{
    QXmlStreamReader reader(QByteArray(xml ? xml : ""));
    QStringList stack;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            stack << reader.name().toString();
            const QString path = stack.join(u'/');
            if (path == u"volume/target/format")
                info.format = reader.attributes().value(u"type"_s).toString();
            else if (path == u"volume/backingStore/path")
                info.backingPath = reader.readElementText().trimmed();
            else if (path == u"volume/backingStore/format")
                info.backingFormat = reader.attributes().value(u"type"_s).toString();
            if (token == QXmlStreamReader::StartElement && reader.isEndElement())
                stack.removeLast();
        } else if (token == QXmlStreamReader::EndElement && !stack.isEmpty()) {
            stack.removeLast();
        }
    }
}

} // namespace

bool LibvirtConnection::isRemoteUri(const QString &uri)
{
    // libvirt URIs (uri.html): driver[+transport]://[user@][host][:port]/path. A transport
    // other than unix, or any host, reaches another machine's daemon (even on 127.0.0.1, the
    // daemon's paths are its own and may differ from this process's view).
    const QUrl url(uri);
    const QString scheme = url.scheme();
    const qsizetype plus = scheme.indexOf(u'+');
    const QString transport = plus < 0 ? QString() : scheme.mid(plus + 1);
    if (!transport.isEmpty() && transport != u"unix")
        return true;
    return !url.host().isEmpty();
}

std::expected<LibvirtConnection::VolumeInfo, BackendError> LibvirtConnection::volume(const QString &poolName,
                                                                                     const QString &name)
{
    const QString where = poolName + u'/' + name;
    PoolPtr pool(virStoragePoolLookupByName(m_conn, poolName.toUtf8().constData()));
    if (!pool)
        return std::unexpected(lastError(poolName));
    VolPtr volume(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
    if (!volume)
        return std::unexpected(lastError(where));
    VolumeInfo info;
    info.pool = poolName;
    info.name = name;
    virStorageVolInfo vi{};
    if (virStorageVolGetInfo(volume.get(), &vi) < 0)
        return std::unexpected(lastError(where));
    info.capacity = vi.capacity;
    info.allocation = vi.allocation;
    info.physical = vi.allocation;
    if (virStorageVolGetInfoFlags(volume.get(), &vi, VIR_STORAGE_VOL_GET_PHYSICAL) == 0)
        info.physical = vi.allocation; // with this flag: the physical size

    CString path{virStorageVolGetPath(volume.get())};
    if (path.p)
        info.path = QString::fromUtf8(path.p);
    CString xml{virStorageVolGetXMLDesc(volume.get(), 0)};
    readVolumeXml(xml.p, info);
    CString poolXml{virStoragePoolGetXMLDesc(pool.get(), 0)};
    QXmlStreamReader reader(QByteArray(poolXml.p ? poolXml.p : ""));
    if (reader.readNextStartElement() && reader.name() == u"pool")
        info.poolKind = reader.attributes().value(u"type"_s).toString();
    return info;
}

std::expected<LibvirtConnection::VolumeInfo, BackendError> LibvirtConnection::volumeByPath(const QString &path)
{
    VolPtr volume(virStorageVolLookupByPath(m_conn, path.toUtf8().constData()));
    if (!volume) {
        // A file written into a pool's folder outside libvirt is found after a refresh.
        virStoragePoolPtr *list = nullptr;
        const int count = virConnectListAllStoragePools(m_conn, &list, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
        for (int i = 0; i < count; ++i) {
            PoolPtr pool(list[i]);
            virStoragePoolRefresh(pool.get(), 0);
        }
        free(list);
        volume.reset(virStorageVolLookupByPath(m_conn, path.toUtf8().constData()));
    }
    if (!volume)
        return std::unexpected(BackendError{BackendError::Kind::Invalid, path,
                                            tr("is in no storage pool of %1: libvirt reads only files of its pools (define a pool for its folder)")
                                                .arg(m_uri)});
    PoolPtr pool(virStoragePoolLookupByVolume(volume.get()));
    if (!pool)
        return std::unexpected(lastError(path));
    return this->volume(QString::fromUtf8(virStoragePoolGetName(pool.get())),
                        QString::fromUtf8(virStorageVolGetName(volume.get())));
}

std::expected<void, BackendError> LibvirtConnection::uploadVolume(const QString &poolName, const QString &name, qint64 total,
                                                                  const UploadReader &read, const ByteProgress &progress,
                                                                  const std::atomic<bool> *cancel)
{
    const QString where = poolName + u'/' + name;
    PoolPtr pool(virStoragePoolLookupByName(m_conn, poolName.toUtf8().constData()));
    if (!pool)
        return std::unexpected(lastError(poolName));
    VolPtr volume(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
    if (!volume)
        return std::unexpected(lastError(where));
    StreamPtr stream(virStreamNew(m_conn, 0));
    if (!stream)
        return std::unexpected(lastError(where));
    if (virStorageVolUpload(volume.get(), stream.get(), 0, quint64(total), 0) < 0)
        return std::unexpected(lastError(where));
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (done < total) {
        if (cancel && cancel->load()) {
            virStreamAbort(stream.get());
            return std::unexpected(BackendError{BackendError::Kind::Cancelled, where, Job::cancelledMessage()});
        }
        auto got = read(block.data(), std::min<qint64>(block.size(), total - done));
        if (!got) {
            virStreamAbort(stream.get());
            return std::unexpected(got.error());
        }
        qint64 sent = 0;
        while (sent < *got) {
            const int n = virStreamSend(stream.get(), block.constData() + sent, size_t(*got - sent));
            if (n < 0) {
                const BackendError error = lastError(where);
                virStreamAbort(stream.get());
                return std::unexpected(error);
            }
            sent += n;
        }
        done += *got;
        if (progress)
            progress(done, total);
    }
    if (virStreamFinish(stream.get()) < 0)
        return std::unexpected(lastError(where));
    return {};
}

LibvirtConnection::Download::~Download()
{
    if (m_stream) {
        if (!m_done)
            virStreamAbort(m_stream);
        virStreamFree(m_stream);
    }
}

std::expected<qint64, BackendError> LibvirtConnection::Download::receive(char *buffer, qint64 max, qint64 *hole)
{
    *hole = 0;
    if (m_done)
        return 0;
    const int n = virStreamRecvFlags(m_stream, buffer, size_t(std::min<qint64>(max, 1 << 26)),
                                     VIR_STREAM_RECV_STOP_AT_HOLE);
    if (n == -3) { // at a hole (libvirt-stream.c, virStreamRecvFlags)
        long long length = 0;
        if (virStreamRecvHole(m_stream, &length, 0) < 0)
            return std::unexpected(lastError(m_where));
        *hole = length;
        return 0;
    }
    if (n < 0)
        return std::unexpected(lastError(m_where));
    return n;
}

std::expected<void, BackendError> LibvirtConnection::Download::finish()
{
    if (m_done)
        return {};
    m_done = true;
    if (virStreamFinish(m_stream) < 0)
        return std::unexpected(lastError(m_where));
    return {};
}

std::expected<std::unique_ptr<LibvirtConnection::Download>, BackendError>
LibvirtConnection::download(const QString &poolName, const QString &name, quint64 offset, quint64 length, bool sparse)
{
    const QString where = poolName + u'/' + name;
    PoolPtr pool(virStoragePoolLookupByName(m_conn, poolName.toUtf8().constData()));
    if (!pool)
        return std::unexpected(lastError(poolName));
    VolPtr volume(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
    if (!volume)
        return std::unexpected(lastError(where));
    std::unique_ptr<Download> download(new Download);
    download->m_where = where;
    download->m_stream = virStreamNew(m_conn, 0);
    if (!download->m_stream)
        return std::unexpected(lastError(where));
    if (virStorageVolDownload(volume.get(), download->m_stream, offset, length,
                              sparse ? VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM : 0) < 0) {
        download->m_done = true; // nothing to abort
        return std::unexpected(lastError(where));
    }
    return download;
}

} // namespace ovf::deploy
