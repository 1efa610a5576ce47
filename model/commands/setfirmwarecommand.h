#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Sets the firmware a virtual system boots with. OVF itself has no place for it; the
// convention every major producer and consumer reads (VMware, ovftool, virt-v2v, and our
// deploy) is VMware's optional extension in the VirtualHardwareSection:
// <vmw:Config ovf:required="false" vmw:key="firmware" vmw:value="efi|bios"/>.
class SetFirmwareCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetFirmwareCommand)

public:
    enum class Firmware { Bios, Efi };
    // Refused: not a VirtualHardwareSection; the firmware is already that.
    static Made<SetFirmwareCommand> create(EditSession *session, xml::Element *section, Firmware firmware,
                                           QUndoCommand *parent = nullptr);
    // "efi", "bios", or empty when the section does not say.
    static QString firmwareOf(const xml::Element *section);
    static xml::Element *configElement(const xml::Element *section);
    xml::Element *focusElement() const override { return m_section; }

private:
    SetFirmwareCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
