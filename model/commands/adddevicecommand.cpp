#include "model/commands/adddevicecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/units.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

using namespace hwitems;

namespace {

struct KindInfo
{
    int type;
    QString subType;
};

KindInfo infoOf(const DeviceSpec &spec)
{
    using K = DeviceSpec::Kind;
    switch (spec.kind) {
    case K::IdeController: return {rt::IdeController, QString()};
    case K::ScsiController: return {rt::ScsiController, u"lsilogic"_s};
    case K::SataController: return {rt::OtherStorage, u"AHCI"_s};
    case K::NvmeController: return {rt::OtherStorage, u"vmware.nvme.controller"_s};
    case K::UsbController: return {rt::UsbController, QString()};
    case K::CdDrive: return {rt::CdDrive, QString()};
    case K::DvdDrive: return {rt::DvdDrive, QString()};
    case K::NetworkAdapter: return {rt::Ethernet, u"E1000"_s};
    case K::SerialPort: return {rt::SerialPort, QString()};
    }
    return {rt::Other, QString()};
}

bool isController(DeviceSpec::Kind k)
{
    using K = DeviceSpec::Kind;
    return k == K::IdeController || k == K::ScsiController || k == K::SataController || k == K::NvmeController
        || k == K::UsbController;
}

bool isNvme(const HardwareItem &item)
{
    return item.resourceType() == rt::OtherStorage && item.resourceSubType().contains(u"nvme"_s, Qt::CaseInsensitive);
}

} // namespace

QString AddDeviceCommand::kindName(DeviceSpec::Kind kind)
{
    using K = DeviceSpec::Kind;
    switch (kind) {
    case K::IdeController: return tr("IDE controller");
    case K::ScsiController: return tr("SCSI controller");
    case K::SataController: return tr("SATA controller");
    case K::NvmeController: return tr("NVMe controller");
    case K::UsbController: return tr("USB controller");
    case K::CdDrive: return tr("CD drive");
    case K::DvdDrive: return tr("DVD drive");
    case K::NetworkAdapter: return tr("Network adapter");
    case K::SerialPort: return tr("Serial port");
    }
    return {};
}

Made<AddDeviceCommand> AddDeviceCommand::create(EditSession *session, xml::Element *section, const DeviceSpec &spec,
                                                QUndoCommand *parent)
{
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware)
        return std::unexpected(tr("Devices are added to a VirtualHardwareSection."));
    QStringList problems;
    if (const QString p = SetHardwareQuantityCommand::variantProblem(section, spec.variant); !p.isEmpty())
        problems << p;
    const Envelope envelope(session->document().root());
    const KindInfo info = infoOf(spec);
    const QString subType = spec.subType.isEmpty() ? info.subType : spec.subType;
    const QString instanceId = nextInstanceId(section);
    QList<std::pair<QString, QString>> fields{{u"InstanceID"_s, instanceId},
                                              {u"ResourceType"_s, QString::number(info.type)}};
    if (!subType.isEmpty())
        fields.append({u"ResourceSubType"_s, subType});
    QString name = spec.elementName;
    const QList<HardwareItem> items = hardwareItemsIn(section);

    if (isController(spec.kind)) {
        // The bus number: the lowest Address no controller of the same kind has.
        QSet<int> used;
        for (const HardwareItem &item : items) {
            if (item.resourceType() == info.type && isNvme(item) == (spec.kind == DeviceSpec::Kind::NvmeController)) {
                if (const auto a = parseUnsignedDecimal(item.address()); a && *a < 1024)
                    used.insert(int(*a));
            }
        }
        const int limit = spec.kind == DeviceSpec::Kind::IdeController ? 2 : 4;
        int bus = -1;
        if (spec.address) {
            if (*spec.address < 0 || *spec.address >= limit)
                problems << tr("A %1 has bus number 0 to %2, not %3.").arg(kindName(spec.kind)).arg(limit - 1).arg(*spec.address);
            else if (used.contains(*spec.address))
                problems << tr("There is already a %1 with bus number %2.").arg(kindName(spec.kind)).arg(*spec.address);
            else
                bus = *spec.address;
        } else {
            for (int b = 0; b < limit && bus < 0; ++b) {
                if (!used.contains(b))
                    bus = b;
            }
            if (bus < 0)
                problems << tr("The system already has %1 %2s, the most it can have.").arg(limit).arg(kindName(spec.kind));
        }
        if (bus >= 0) {
            fields.append({u"Address"_s, QString::number(bus)});
            if (name.isEmpty())
                name = tr("%1 %2").arg(kindName(spec.kind)).arg(bus);
        }
    } else if (spec.kind == DeviceSpec::Kind::CdDrive || spec.kind == DeviceSpec::Kind::DvdDrive) {
        const auto place = placeDrive(section, spec.controller, spec.address, true);
        if (!place) {
            problems << place.error();
        } else {
            fields.append({u"Parent"_s, place->controller});
            fields.append({u"AddressOnParent"_s, QString::number(place->unit)});
        }
        if (!spec.fileId.isEmpty()) {
            if (envelope.fileById(spec.fileId).isNull())
                problems << tr("There is no File \"%1\" in References for the drive.").arg(spec.fileId);
            fields.append({u"HostResource"_s, u"ovf:/file/"_s + spec.fileId});
        }
        fields.append({u"AutomaticAllocation"_s, spec.fileId.isEmpty() ? u"false"_s : u"true"_s});
    } else if (spec.kind == DeviceSpec::Kind::NetworkAdapter) {
        if (!spec.network.isEmpty()) {
            bool found = false;
            for (const Network &n : envelope.networks())
                found = found || n.name() == spec.network;
            if (!found)
                problems << tr("There is no network \"%1\" in the NetworkSection; add it first.").arg(spec.network);
            fields.append({u"Connection"_s, spec.network});
        }
        if (!spec.macAddress.isEmpty()) {
            if (!isMacAddress(spec.macAddress))
                problems << tr("\"%1\" is not a MAC address (six hex pairs such as 52:54:00:12:34:56).").arg(spec.macAddress);
            fields.append({u"Address"_s, spec.macAddress});
        }
        fields.append({u"AutomaticAllocation"_s, u"true"_s});
    }
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));
    if (name.isEmpty()) {
        int same = 1;
        for (const HardwareItem &item : items)
            same += item.resourceType() == info.type && matches(item, ItemVariant{});
        name = tr("%1 %2").arg(kindName(spec.kind)).arg(same);
    }
    fields.append({u"ElementName"_s, name});

    std::unique_ptr<AddDeviceCommand> cmd(new AddDeviceCommand(session, parent));
    cmd->setText(tr("Add %1").arg(name));
    const auto item = appendItem(session, section, info.type, fields, spec.variant, cmd.get());
    if (!item)
        return std::unexpected(item.error());
    cmd->m_item = *item;
    return cmd;
}

} // namespace ovf::commands
