#include "model/commands/setdevicecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/hardwareitems.h"
#include "model/ovf/descriptor.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

using namespace hwitems;

Made<SetDeviceCommand> SetDeviceCommand::create(EditSession *session, xml::Element *item, const DeviceChanges &changes,
                                                QUndoCommand *parent)
{
    xml::Element *section = item ? item->parent() : nullptr;
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware
        || !item->localName().endsWith(u"Item"))
        return std::unexpected(tr("Only Items of a VirtualHardwareSection are edited here."));
    const HardwareItem device(item);
    const int type = deviceById(section, device.instanceId()) ? deviceById(section, device.instanceId()).resourceType()
                                                              : device.resourceType();
    const bool nic = isNetworkAdapter(device) || type == rt::Ethernet;
    const bool drive = type == rt::DiskDrive || type == rt::CdDrive || type == rt::DvdDrive || type == rt::Floppy;
    const xml::Element *root = session->document().root();
    QStringList problems;
    QList<std::pair<QString, std::optional<QString>>> fields;
    const auto orRemove = [](const QString &v) { return v.isEmpty() ? std::nullopt : std::optional<QString>(v); };

    if (changes.elementName)
        fields.append({u"ElementName"_s, orRemove(*changes.elementName)});
    if (changes.subType)
        fields.append({u"ResourceSubType"_s, orRemove(*changes.subType)});
    if (changes.network) {
        if (!nic)
            problems << tr("Only network adapters connect to a network.");
        else if (!changes.network->isEmpty() && !entries::networkNames(root).contains(*changes.network))
            problems << tr("There is no network \"%1\" in the NetworkSection; add it first.").arg(*changes.network);
        fields.append({u"Connection"_s, orRemove(*changes.network)});
    }
    if (changes.macAddress) {
        if (!nic)
            problems << tr("Only network adapters have a MAC address.");
        else if (!changes.macAddress->isEmpty() && !isMacAddress(*changes.macAddress))
            problems << tr("\"%1\" is not a MAC address (six hex pairs such as 52:54:00:12:34:56).").arg(*changes.macAddress);
        fields.append({u"Address"_s, orRemove(*changes.macAddress)});
    }
    if (changes.controller || changes.address) {
        if (!drive) {
            problems << tr("Only drives sit on a disk controller.");
        } else {
            const QString controllerId = changes.controller ? *changes.controller : device.parentId();
            const HardwareItem controller = deviceById(section, controllerId);
            if (!controller || !isStorageController(controller.resourceType())) {
                problems << tr("There is no disk controller with InstanceID \"%1\" in this hardware section.").arg(controllerId);
            } else {
                const QSet<int> used = usedUnits(section, controllerId, device.instanceId());
                std::optional<int> unit = changes.address;
                if (!unit && changes.controller && *changes.controller != device.parentId()) {
                    for (int u : unitsOf(controller)) {
                        if (!unit && !used.contains(u))
                            unit = u;
                    }
                    if (!unit)
                        problems << tr("Controller %1 has no free address.").arg(controllerId);
                }
                if (unit && !unitsOf(controller).contains(*unit))
                    problems << tr("Address %1 does not exist on controller %2 (%3).").arg(*unit).arg(controllerId, controller.resourceTypeName());
                else if (unit && used.contains(*unit))
                    problems << tr("Address %1 of controller %2 is taken by another device.").arg(*unit).arg(controllerId);
                fields.append({u"Parent"_s, controllerId});
                if (unit)
                    fields.append({u"AddressOnParent"_s, QString::number(*unit)});
            }
        }
    }
    if (changes.fileId) {
        if (type != rt::CdDrive && type != rt::DvdDrive)
            problems << tr("Only CD and DVD drives hold a file.");
        else if (!changes.fileId->isEmpty() && Envelope(const_cast<xml::Element *>(root)).fileById(*changes.fileId).isNull())
            problems << tr("There is no File \"%1\" in References for the drive.").arg(*changes.fileId);
        fields.append({u"HostResource"_s, changes.fileId->isEmpty() ? std::nullopt
                                                                     : std::optional<QString>(u"ovf:/file/"_s + *changes.fileId)});
    }
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));
    std::unique_ptr<SetDeviceCommand> cmd(new SetDeviceCommand(session, parent));
    cmd->m_item = item;
    cmd->setText(tr("Change %1").arg(device.elementName().isEmpty() ? device.resourceTypeName() : device.elementName()));
    const auto changed = setFields(session, item, fields, cmd.get());
    if (!changed)
        return std::unexpected(changed.error());
    if (!*changed)
        return std::unexpected(tr("%1 already has these values.").arg(item->path()));
    return cmd;
}

} // namespace ovf::commands
