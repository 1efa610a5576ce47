#include "model/deploy/domainxmlbuilder.h"

#include "model/ovf/units.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

enum ResourceType {
    Processor = 3, Memory = 4, IdeController = 5, ScsiController = 6, Ethernet = 10,
    Floppy = 14, CdDrive = 15, DvdDrive = 16, DiskDrive = 17, OtherStorage = 20, Serial = 21,
    Parallel = 22, UsbController = 23, Graphics = 24, Sound = 35,
};

struct ControllerRef
{
    DomainSpec::Bus bus = DomainSpec::Bus::Ide;
    int index = 0;       // libvirt controller index (IDE: always 0)
    int ideChannel = 0;  // IDE only
};

quint64 memoryBytesOf(const EffectiveItem &item, QStringList &notes)
{
    const QString quantity = item.virtualQuantity();
    QString units = item.allocationUnits();
    if (units.isEmpty())
        units = item.field(u"VirtualQuantityUnits");
    // Pre-DSP0004 spellings some tools still write.
    if (units.compare(u"MB"_s, Qt::CaseInsensitive) == 0 || units.compare(u"MegaBytes"_s, Qt::CaseInsensitive) == 0)
        units = u"byte * 2^20"_s;
    else if (units.compare(u"GB"_s, Qt::CaseInsensitive) == 0 || units.compare(u"GigaBytes"_s, Qt::CaseInsensitive) == 0)
        units = u"byte * 2^30"_s;
    else if (units.isEmpty())
        units = u"byte * 2^20"_s; // DSP1041: memory defaults to MiB in practice
    const auto bytes = ovf::parseByteQuantity(quantity, units);
    if (!bytes || *bytes == 0) {
        notes << DomainXmlBuilder::tr("memory item %1: %2; using 512 MiB")
                     .arg(item.instanceId(), bytes ? DomainXmlBuilder::tr("zero") : bytes.error());
        return quint64(512) << 20;
    }
    return *bytes;
}

} // namespace

std::optional<QString> DomainXmlBuilder::nicModel(const QString &subType)
{
    const QString s = subType.trimmed().toLower();
    if (s == u"e1000" || s == u"82540em" || s == u"82543gc" || s == u"82545em")
        return u"e1000"_s;
    if (s == u"e1000e")
        return u"e1000e"_s;
    if (s == u"vmxnet3")
        return u"vmxnet3"_s;
    if (s == u"pcnet32" || s == u"am79c970a" || s == u"am79c973" || s == u"pcnet")
        return u"pcnet"_s;
    if (s == u"virtio" || s == u"virtio-net")
        return u"virtio"_s;
    if (s == u"rtl8139")
        return u"rtl8139"_s;
    return std::nullopt;
}

std::optional<QString> DomainXmlBuilder::scsiModel(const QString &subType)
{
    const QString s = subType.trimmed().toLower();
    if (s == u"lsilogic")
        return u"lsilogic"_s;
    if (s == u"lsilogicsas")
        return u"lsisas1068"_s;
    if (s == u"virtualscsi")
        return u"vmpvscsi"_s;
    if (s == u"virtio-scsi" || s == u"virtio")
        return u"virtio-scsi"_s;
    return std::nullopt;
}

std::optional<QString> DomainXmlBuilder::nicSubType(const QString &model)
{
    static const QHash<QString, QString> names{
        {u"e1000"_s, u"E1000"_s},   {u"e1000e"_s, u"E1000e"_s}, {u"vmxnet3"_s, u"VmxNet3"_s},
        {u"pcnet"_s, u"PCNet32"_s}, {u"virtio"_s, u"virtio"_s}, {u"rtl8139"_s, u"rtl8139"_s},
    };
    const auto it = names.constFind(model.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<QString> DomainXmlBuilder::scsiSubType(const QString &model)
{
    static const QHash<QString, QString> names{
        {u"lsilogic"_s, u"lsilogic"_s}, {u"lsisas1068"_s, u"lsilogicsas"_s},
        {u"vmpvscsi"_s, u"VirtualSCSI"_s}, {u"virtio-scsi"_s, u"virtio-scsi"_s},
    };
    const auto it = names.constFind(model.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional<QString>(*it);
}

DomainSpec DomainXmlBuilder::fromHardware(const QList<ovf::HardwareItem> &items, const Options &options)
{
    QList<EffectiveItem> effective;
    effective.reserve(items.size());
    for (const ovf::HardwareItem &item : items)
        effective << EffectiveItem(item);
    return fromHardware(effective, options);
}

DomainSpec DomainXmlBuilder::fromHardware(const QList<EffectiveItem> &items, const Options &options)
{
    DomainSpec spec;
    spec.name = options.name;
    spec.type = options.type;
    QHash<QString, ControllerRef> controllers; // RASD InstanceID -> controller
    int ideChannels = 0;
    int scsiCount = 0;
    int sataCount = 0;
    bool usb = false;
    const auto addController = [&spec](const QString &type, int index, const QString &model, const QString &id) {
        for (const DomainSpec::Controller &c : std::as_const(spec.controllers)) {
            if (c.type == type && c.index == index)
                return;
        }
        spec.controllers << DomainSpec::Controller{type, index, model, id};
    };

    // Pass 1: controllers and the scalar resources; devices that hang off controllers later.
    for (const EffectiveItem &item : items) {
        const int type = item.resourceType();
        const QString id = item.instanceId();
        const QString what = item.elementName().isEmpty() ? id : item.elementName();
        switch (type) {
        case Processor: {
            const auto n = ovf::parseUnsignedDecimal(item.virtualQuantity());
            if (n && *n > 0 && *n <= 256)
                spec.vcpus = int(*n);
            else
                spec.notes << tr("processor item %1: '%2' is not a usable CPU count; using 1").arg(id, item.virtualQuantity());
            break;
        }
        case Memory:
            spec.memoryBytes = memoryBytesOf(item, spec.notes);
            break;
        case IdeController:
            if (ideChannels >= 2) {
                spec.notes << tr("IDE controller %1: QEMU's PIIX has two IDE channels; its devices go to the first").arg(what);
                controllers.insert(id, ControllerRef{DomainSpec::Bus::Ide, 0, 0});
                break;
            }
            addController(u"ide"_s, 0, QString(), id);
            controllers.insert(id, ControllerRef{DomainSpec::Bus::Ide, 0, ideChannels++});
            break;
        case ScsiController: {
            auto model = scsiModel(item.resourceSubType());
            if (!model) {
                spec.notes << tr("SCSI controller %1: QEMU has no '%2' controller; using virtio-scsi")
                                  .arg(what, item.resourceSubType());
                model = u"virtio-scsi"_s;
            }
            addController(u"scsi"_s, scsiCount, *model, id);
            controllers.insert(id, ControllerRef{DomainSpec::Bus::Scsi, scsiCount++, 0});
            break;
        }
        case OtherStorage: {
            const QString sub = item.resourceSubType().toLower();
            if (sub == u"virtio-blk") {
                controllers.insert(id, ControllerRef{DomainSpec::Bus::Virtio, 0, 0});
                break;
            }
            if (sub != u"ahci" && sub != u"vmware.sata.ahci")
                spec.notes << tr("storage controller %1 ('%2'): attached as a SATA (AHCI) controller").arg(what, item.resourceSubType());
            addController(u"sata"_s, sataCount, QString(), id);
            controllers.insert(id, ControllerRef{DomainSpec::Bus::Sata, sataCount++, 0});
            break;
        }
        case UsbController:
            if (!usb) {
                const QString sub = item.resourceSubType().toLower();
                const QString model = sub.contains(u"xhci") ? u"qemu-xhci"_s
                                      : sub.contains(u"ehci") ? u"ich9-ehci1"_s
                                                              : u"piix3-uhci"_s;
                addController(u"usb"_s, 0, model, id);
                usb = true;
            }
            break;
        case Graphics:
            spec.graphics = true;
            break;
        default:
            break;
        }
    }

    // The controller a device sits on: its Parent, else the first IDE channel.
    const auto controllerFor = [&](const EffectiveItem &item) -> ControllerRef * {
        auto it = controllers.find(item.parentId());
        if (it != controllers.end())
            return &it.value();
        if (!item.parentId().isEmpty())
            spec.notes << tr("%1: parent controller %2 not found; attached to IDE").arg(item.instanceId(), item.parentId());
        if (!controllers.contains(u"#ide"_s)) {
            addController(u"ide"_s, 0, QString(), QString());
            controllers.insert(u"#ide"_s, ControllerRef{DomainSpec::Bus::Ide, 0, 0});
        }
        return &controllers[u"#ide"_s];
    };
    // AddressOnParent when it is free, else the next free unit of the controller (IDE: of
    // the whole PIIX, both channels); -1 when the controller is full.
    QSet<QString> usedUnits; // "bus/controller/unit"
    const auto unitFor = [&](const EffectiveItem &item, ControllerRef *controller) {
        const bool ide = controller->bus == DomainSpec::Bus::Ide;
        const int limit = ide ? 2 : controller->bus == DomainSpec::Bus::Sata ? 6
                                  : controller->bus == DomainSpec::Bus::Virtio ? 26 : 7;
        const auto address = ovf::parseUnsignedDecimal(item.addressOnParent());
        const int base = ide ? controller->ideChannel * 2 : 0;
        const auto key = [&](int unit) {
            return u"%1/%2/%3"_s.arg(int(controller->bus)).arg(controller->index).arg(unit);
        };
        int unit = address && *address < quint64(limit) ? base + int(*address) : -1;
        if (unit < 0 || usedUnits.contains(key(unit))) {
            unit = -1;
            const int total = ide ? 4 : limit;
            for (int i = 0; i < total && unit < 0; ++i) {
                const int candidate = ide ? (base + i) % 4 : i;
                if (!usedUnits.contains(key(candidate)))
                    unit = candidate;
            }
        }
        if (unit >= 0)
            usedUnits.insert(key(unit));
        return unit;
    };

    int bootOrder = 1;
    QList<DomainSpec::Disk> cdroms;
    for (const EffectiveItem &item : items) {
        const int type = item.resourceType();
        const QString id = item.instanceId();
        const QString what = item.elementName().isEmpty() ? id : item.elementName();
        switch (type) {
        case DiskDrive:
        case CdDrive:
        case DvdDrive: {
            ControllerRef *controller = controllerFor(item);
            DomainSpec::Disk disk;
            disk.device = type == DiskDrive ? DomainSpec::Device::Disk : DomainSpec::Device::Cdrom;
            disk.bus = controller->bus;
            disk.controller = controller->index;
            disk.unit = unitFor(item, controller);
            if (disk.unit < 0) {
                spec.notes << tr("%1: no free unit on its controller; left out").arg(what);
                break;
            }
            disk.format = options.diskFormat;
            for (const QString &resource : item.hostResources()) {
                // DSP0243 §9.6: ovf:/disk/<diskId> or ovf:/file/<fileId>.
                if (resource.startsWith(u"ovf:/disk/"_s))
                    disk.ovfDiskId = resource.mid(10);
                else if (resource.startsWith(u"ovf:/file/"_s))
                    disk.ovfFileId = resource.mid(10);
                else if (resource.startsWith(u"/disk/"_s)) // OVF 0.9
                    disk.ovfDiskId = resource.mid(6);
            }
            if (disk.device == DomainSpec::Device::Disk) {
                if (disk.ovfDiskId.isEmpty() && disk.ovfFileId.isEmpty()) {
                    spec.notes << tr("disk drive %1 names no disk; left out").arg(what);
                    break;
                }
                disk.bootOrder = bootOrder++;
                spec.disks << disk;
            } else {
                cdroms << disk;
            }
            break;
        }
        case Ethernet: {
            DomainSpec::Nic nic;
            auto model = nicModel(item.resourceSubType());
            if (!model) {
                if (!item.resourceSubType().isEmpty())
                    spec.notes << tr("network adapter %1: QEMU has no '%2'; using e1000").arg(what, item.resourceSubType());
                model = u"e1000"_s;
            }
            nic.model = *model;
            const QStringList connections = item.connections();
            nic.ovfNetwork = connections.value(0);
            spec.nics << nic;
            break;
        }
        case Serial: {
            DomainSpec::Serial serial;
            spec.serials << serial;
            break;
        }
        case Floppy:
            spec.notes << tr("floppy drive %1 ignored").arg(what);
            break;
        case Sound:
            spec.notes << tr("sound card %1 ignored").arg(what);
            break;
        case Parallel:
            spec.notes << tr("parallel port %1 ignored").arg(what);
            break;
        case Processor: case Memory: case IdeController: case ScsiController: case OtherStorage:
        case UsbController: case Graphics:
            break;
        default:
            spec.notes << tr("%1 (resource type %2) ignored").arg(what, QString::number(type));
            break;
        }
    }
    for (DomainSpec::Disk &cdrom : cdroms) {
        cdrom.bootOrder = bootOrder++;
        spec.disks << cdrom;
    }
    // The first serial port is the console; always have one.
    if (spec.serials.isEmpty())
        spec.serials << DomainSpec::Serial{};
    if (!options.serialLog.isEmpty())
        spec.serials[0] = DomainSpec::Serial{DomainSpec::Serial::Kind::File, options.serialLog};
    return spec;
}

} // namespace ovf::deploy
