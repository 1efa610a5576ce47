#include "model/commands/removedevicecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/removeelementcommand.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<RemoveDeviceCommand> RemoveDeviceCommand::create(EditSession *session, xml::Element *item, bool wholeDevice,
                                                      QUndoCommand *parent)
{
    xml::Element *section = item ? item->parent() : nullptr;
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware
        || !item->localName().endsWith(u"Item"))
        return std::unexpected(tr("Only Items of a VirtualHardwareSection are removed here."));
    const HardwareItem device(item);
    const QString id = device.instanceId();
    QList<HardwareItem> gone = wholeDevice && !id.isEmpty() ? hwitems::itemsOfDevice(section, id)
                                                            : QList<HardwareItem>{device};
    if (wholeDevice || hwitems::itemsOfDevice(section, id).size() == 1) {
        QStringList children;
        for (const HardwareItem &other : hardwareItemsIn(section)) {
            if (!id.isEmpty() && other.parentId() == id && other.instanceId() != id)
                children << (other.elementName().isEmpty() ? other.instanceId() : other.elementName());
        }
        children.removeDuplicates();
        if (!children.isEmpty())
            return std::unexpected(tr("%1 still has devices attached (%2); remove or move them first.")
                                       .arg(device.elementName().isEmpty() ? id : device.elementName(),
                                            children.join(u", "_s)));
    }
    std::unique_ptr<RemoveDeviceCommand> cmd(new RemoveDeviceCommand(session, parent));
    cmd->m_section = section;
    cmd->setText(tr("Remove %1").arg(device.elementName().isEmpty() ? device.resourceTypeName() : device.elementName()));
    for (const HardwareItem &g : std::as_const(gone)) {
        auto c = RemoveElementCommand::create(session, g.element(), {}, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    return cmd;
}

} // namespace ovf::commands
