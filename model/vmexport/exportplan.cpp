#include "model/vmexport/exportplan.h"

#include "model/deploy/libvirtconnection.h"
#include "model/vmexport/domainreader.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

namespace {

using deploy::LibvirtConnection;
using Disk = DomainDescription::Disk;

// Pools whose volumes are files or devices on the host itself (formatstorage.html).
bool poolHasLocalPaths(const QString &kind)
{
    static const QSet<QString> kinds{u"dir"_s, u"fs"_s, u"netfs"_s, u"logical"_s, u"disk"_s, u"scsi"_s, u"mpath"_s, u"zfs"_s};
    return kinds.contains(kind);
}

// A qcow2 volume, for reading over NBD: the volume as one layer. A backing chain is refused:
// qemu names the layer below by the path in the qcow2 header, a path on the host, and over
// NBD that cannot be redirected (see LibvirtDiskOpener).
std::expected<QList<DiskPlan::Layer>, QString> downloadChain(LibvirtConnection &connection, const QString &pool,
                                                             const QString &volume, const QString &format)
{
    auto info = connection.volume(pool, volume);
    if (!info)
        return std::unexpected(info.error().toString());
    if (format != u"qcow2")
        return std::unexpected(ExportPlanner::tr("a %1 volume cannot be read through libvirt (qcow2 and raw can)").arg(format));
    if (!info->backingPath.isEmpty())
        return std::unexpected(ExportPlanner::tr("the volume has a backing file (%1); a backing chain on a remote host "
                                                 "cannot be read through libvirt: flatten it there first "
                                                 "(virsh blockpull, or qemu-img convert into a new volume)")
                                   .arg(info->backingPath));
    return QList<DiskPlan::Layer>{DiskPlan::Layer{info->pool, info->name, format, qint64(info->physical)}};
}

} // namespace

QByteArray ExportPlan::descriptor() const
{
    QStringList ignored;
    return ExportDescriptor::write(systems, options, &ignored);
}

QString ExportPlanner::notShutOffMessage(const QString &domain, const QString &state, const QString &uri)
{
    return tr("%1 is %2: shut it down first (virsh -c %3 shutdown %1, then wait until 'virsh -c %3 domstate %1' "
              "says shut off) and export again; the disks of a running machine change while they are read")
        .arg(domain, state, uri);
}

std::expected<ExportPlan, QString> ExportPlanner::plan(LibvirtConnection &connection, const Request &request)
{
    if (request.domains.isEmpty())
        return std::unexpected(tr("no domain to export"));
    auto all = connection.domains();
    if (!all)
        return std::unexpected(all.error().toString());

    ExportPlan plan;
    plan.options = request.options;
    const QString base = request.baseName.isEmpty() ? ExportDescriptor::systemId(request.domains.first()) : request.baseName;
    plan.descriptorName = base + u".ovf"_s;
    if (request.domains.size() > 1)
        plan.options.collectionId = ExportDescriptor::systemId(base);

    QSet<QString> ids;
    for (const QString &name : request.domains) {
        const auto info = std::find_if(all->cbegin(), all->cend(), [&name](const auto &d) { return d.name == name; });
        if (info == all->cend())
            return std::unexpected(tr("%1: no such domain on %2").arg(name, connection.uri()));
        if (info->state != LibvirtConnection::DomainInfo::State::ShutOff)
            return std::unexpected(notShutOffMessage(name, LibvirtConnection::stateName(info->state), connection.uri()));
        auto xml = connection.domainXml(name, true);
        if (!xml)
            return std::unexpected(xml.error().toString());
        auto domain = DomainReader::read(*xml);
        if (!domain)
            return std::unexpected(name + u": "_s + domain.error());

        ExportSystem system;
        system.id = ExportDescriptor::systemId(domain->name);
        if (ids.contains(system.id))
            return std::unexpected(tr("%1: chosen twice").arg(name));
        ids.insert(system.id);
        system.domain = *domain;
        for (const QString &d : std::as_const(domain->dropped))
            plan.dropped << u"%1: %2"_s.arg(name, d);

        int number = 0;
        for (qsizetype i = 0; i < domain->disks.size(); ++i) {
            const Disk &disk = domain->disks.at(i);
            if (disk.device != Disk::Device::Disk)
                continue; // CD-ROMs are exported as empty drives
            if (disk.source == Disk::Source::None) {
                plan.notes << tr("%1: disk %2 has no source; left out").arg(name, disk.target);
                continue;
            }
            ++number;
            DiskPlan dp;
            dp.system = name;
            dp.target = disk.target;
            dp.format = disk.format;
            dp.adapterType = disk.bus == u"ide" || disk.bus == u"sata" ? u"ide"_s : u"lsilogic"_s;
            // A <disk type='volume'> of a shut-off machine has no path until libvirt translates
            // it at start, so virDomainGetBlockInfo fails ("missing storage backend for 'volume'
            // storage"); its volume says the guest-visible size instead.
            auto block = connection.blockInfo(name, disk.target);
            if (!block && disk.source != Disk::Source::Volume)
                return std::unexpected(block.error().toString());
            dp.capacity = block ? qint64(block->capacity) : 0;

            if (disk.source == Disk::Source::Volume) {
                auto volume = connection.volume(disk.pool, disk.volume);
                if (!volume)
                    return std::unexpected(u"%1/%2: "_s.arg(name, disk.target) + volume.error().toString());
                dp.path = volume->path;
                if (dp.format.isEmpty())
                    dp.format = volume->format;
                if (!block)
                    dp.capacity = qint64(volume->capacity);
                if (!connection.isRemote() && poolHasLocalPaths(volume->poolKind) && QFileInfo::exists(volume->path)) {
                    dp.read = DiskPlan::Read::LocalFile;
                } else {
                    dp.read = DiskPlan::Read::Download;
                    dp.pool = volume->pool;
                    dp.volume = volume->name;
                }
            } else if (!connection.isRemote()) {
                dp.read = DiskPlan::Read::LocalFile;
                dp.path = disk.path;
                if (!QFileInfo::exists(dp.path))
                    return std::unexpected(tr("%1/%2: %3 does not exist on this machine").arg(name, disk.target, dp.path));
            } else {
                // A path on the remote host: libvirt reads it only as a volume of one of its pools.
                auto volume = connection.volumeByPath(disk.path);
                if (!volume)
                    return std::unexpected(u"%1/%2: "_s.arg(name, disk.target) + volume.error().toString());
                dp.read = DiskPlan::Read::Download;
                dp.path = volume->path;
                dp.pool = volume->pool;
                dp.volume = volume->name;
                if (dp.format.isEmpty())
                    dp.format = volume->format;
            }
            if (dp.format.isEmpty())
                dp.format = u"raw"_s;
            if (dp.read == DiskPlan::Read::Download && dp.format != u"raw") {
                auto chain = downloadChain(connection, dp.pool, dp.volume, dp.format);
                if (!chain)
                    return std::unexpected(u"%1/%2: "_s.arg(name, disk.target) + chain.error());
                dp.chain = *chain;
            }

            ExportedDisk exported;
            exported.domainDisk = i;
            exported.diskId = u"%1-disk%2"_s.arg(system.id).arg(number);
            exported.fileId = u"%1-file%2"_s.arg(system.id).arg(number);
            exported.href = exported.diskId + u".vmdk"_s;
            exported.capacityBytes = quint64(dp.capacity);
            // The package writer reads the disk through LibvirtDiskOpener, keyed by this path.
            exported.pendingPath = dp.path;
            exported.pendingFormat = dp.format;
            dp.href = exported.href;
            system.disks << exported;
            plan.disks << dp;
        }
        plan.systems << system;
    }
    QStringList notes;
    ExportDescriptor::write(plan.systems, plan.options, &notes);
    plan.notes << notes;
    return plan;
}

} // namespace ovf::vmexport
