#include "model/vmexport/libvirtdiskopener.h"

#include "model/deploy/libvirtconnection.h"
#include "model/package/diskimagereader.h"
#include "model/package/nbdimagesource.h"
#include "model/package/rawimagesource.h"
#include "model/vmexport/libvirtvolumesource.h"
#include "model/vmexport/nbdvolumeserver.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

namespace {

// A qcow2 volume of a remote host as qemu reads it: NbdVolumeServer serves the volume and
// its backing layers (their files, downloaded by range through libvirt), qemu-nbd opens them
// as a qcow2 chain and NbdImageSource reads the guest bytes. The server outlives the reader.
class RemoteChainSource final : public package::DiskImageSource
{
public:
    RemoteChainSource(std::unique_ptr<NbdVolumeServer> server, std::unique_ptr<package::NbdImageSource> reader)
        : m_server(std::move(server)), m_reader(std::move(reader))
    {
    }
    ~RemoteChainSource() override { m_reader.reset(); } // qemu-nbd leaves the server first

    qint64 size() const override { return m_reader->size(); }
    std::expected<QList<package::DiskExtent>, QString> extents() override { return m_reader->extents(); }
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override
    {
        return m_reader->read(offset, buffer, length);
    }

private:
    std::unique_ptr<NbdVolumeServer> m_server;
    std::unique_ptr<package::NbdImageSource> m_reader;
};

// qemu block options for a qcow2 (or raw) volume read over NBD (export "layer0"), with
// "backing": null so that the backing file name in a qcow2 header (a path on the remote host)
// is never looked up. (A chain cannot be described this way: qemu passes the header's name to
// the layer below even when its options are given; ExportPlanner refuses remote chains.)
QJsonObject layerOptions(const QList<DiskPlan::Layer> &chain, const QString &socket)
{
    const QJsonObject file{{u"driver"_s, u"nbd"_s},
                           {u"server"_s, QJsonObject{{u"type"_s, u"unix"_s}, {u"path"_s, socket}}},
                           {u"export"_s, u"layer0"_s}};
    QJsonObject options{{u"driver"_s, chain.first().format}, {u"file"_s, file}};
    if (chain.first().format == u"qcow2")
        options.insert(u"backing"_s, QJsonValue());
    return options;
}

} // namespace

LibvirtDiskOpener::LibvirtDiskOpener(deploy::LibvirtConnection &connection, const QList<DiskPlan> &disks)
    : m_connection(connection)
{
    for (const DiskPlan &disk : disks)
        m_disks.insert(disk.path, disk);
}

const DiskPlan *LibvirtDiskOpener::find(const ovf::PendingSource &source) const
{
    const auto it = m_disks.constFind(source.path);
    return it == m_disks.cend() ? nullptr : &*it;
}

std::expected<qint64, QString> LibvirtDiskOpener::virtualBytes(const ovf::PendingSource &source)
{
    const DiskPlan *disk = find(source);
    if (!disk)
        return std::unexpected(tr("%1: not a disk of this export").arg(source.path));
    return disk->capacity;
}

std::expected<std::unique_ptr<package::DiskImageSource>, QString> LibvirtDiskOpener::open(const ovf::PendingSource &source)
{
    const DiskPlan *disk = find(source);
    if (!disk)
        return std::unexpected(tr("%1: not a disk of this export").arg(source.path));
    const QString where = u"%1/%2"_s.arg(disk->system, disk->target);

    if (disk->read == DiskPlan::Read::Download) {
        if (disk->chain.isEmpty()) // raw: the download is the guest bytes
            return std::make_unique<LibvirtVolumeSource>(m_connection, disk->pool, disk->volume, disk->capacity);
        QHash<QString, NbdVolumeServer::Export> exports;
        for (qsizetype i = 0; i < disk->chain.size(); ++i) {
            const DiskPlan::Layer &layer = disk->chain.at(i);
            exports.insert(u"layer%1"_s.arg(i), NbdVolumeServer::Export{layer.pool, layer.volume, layer.fileBytes});
        }
        auto server = NbdVolumeServer::start(m_connection, exports);
        if (!server)
            return std::unexpected(where + u": "_s + server.error());
        const QJsonObject options = layerOptions(disk->chain, (*server)->socketPath());
        const QString filename = u"json:"_s + QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
        auto reader = package::NbdImageSource::openFilename(filename, where);
        if (!reader)
            return std::unexpected(reader.error().toString());
        return std::make_unique<RemoteChainSource>(std::move(*server), std::move(*reader));
    }

    // On this machine, the machine's own disk as its hypervisor sees it.
    if (!QFileInfo(disk->path).isFile() && disk->format == u"raw") {
        auto device = package::RawImageSource::openDevice(disk->path); // LVM and other block volumes
        if (!device)
            return std::unexpected(where + u": "_s + device.error());
        return std::move(*device);
    }
    package::DiskImagePolicy policy = package::DiskImagePolicy::authoring();
    policy.flattenBackingChain = true; // the backing chain is part of the machine's disk
    auto opened = package::DiskImageReader::open(disk->path, disk->format, policy);
    if (!opened)
        return std::unexpected(where + u": "_s + opened.error().toString());
    return std::move(opened->source);
}

} // namespace ovf::vmexport
