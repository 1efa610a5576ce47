#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>

namespace ovf::commands {

// Changes to one hardware Item; nullopt leaves a field as it is, an empty string removes it.
struct DeviceChanges
{
    std::optional<QString> elementName;
    std::optional<QString> subType;    // ResourceSubType (adapter type, controller model)
    std::optional<QString> network;    // network adapters: Connection (a Network of the NetworkSection)
    std::optional<QString> macAddress; // network adapters: Address
    std::optional<QString> controller; // drives: Parent (InstanceID of a storage controller)
    std::optional<int> address;        // drives: AddressOnParent (a free unit of the controller)
    std::optional<QString> fileId;     // CD/DVD drives: HostResource ovf:/file/<id>; empty: an empty drive
};

// Edits the fields of one hardware Item (an adapter's network, type and MAC address, a
// drive's controller and address, a CD/DVD drive's image, any device's name) as one
// undoable step, checked first.
class SetDeviceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetDeviceCommand)

public:
    // Refused, with every reason: not an Item of a VirtualHardwareSection; a network that is
    // not in the NetworkSection; a malformed MAC address; a controller that is not a storage
    // controller of the section; an address beyond the controller's units or taken by another
    // device; a file that is not in References; a network or file on a device of another kind;
    // nothing changed.
    static Made<SetDeviceCommand> create(EditSession *session, xml::Element *item, const DeviceChanges &changes,
                                         QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_item; }

private:
    SetDeviceCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_item = nullptr;
};

} // namespace ovf::commands
