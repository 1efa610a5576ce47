#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a device from a VirtualHardwareSection: every Item with its InstanceID (the general
// Item, per-option overrides and bound variants), or only the one Item given.
class RemoveDeviceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDeviceCommand)

public:
    // Refused: not an Item of a VirtualHardwareSection; a controller that devices still hang
    // off (they are named).
    static Made<RemoveDeviceCommand> create(EditSession *session, xml::Element *item, bool wholeDevice = true,
                                            QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_section; }

private:
    RemoveDeviceCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
