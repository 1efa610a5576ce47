#pragma once

#include "model/commands/command.h"
#include "model/commands/hardwareitems.h"

#include <optional>

namespace ovf::commands {

// Sets the number of virtual CPUs or the memory size of a virtual system: the VirtualQuantity
// of its Processor (ResourceType 3) or Memory (4) Item. `variant` chooses the Item: the
// general one, the one of a deployment option (an Item with the same InstanceID and
// ovf:configuration, DSP0243 §9.8, created from the general Item when missing; an Item listing
// several options is split), or a bound of a range (ovf:bound min/max/normal, §9.8). A system
// without such an Item gets one. ElementName follows the new figure when it spelled the old one.
class SetHardwareQuantityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetHardwareQuantityCommand)

public:
    // `coresPerSocket`: VMware's vmw:CoresPerSocket (ovf:required="false") in the Processor
    // Item; nullopt leaves it, 0 removes it. Refused: not a VirtualHardwareSection; 0 CPUs or
    // more than 4096; cores per socket that do not divide the count; an option the
    // DeploymentOptionSection does not define; a bound other than min, max or normal; an
    // unchanged value.
    static Made<SetHardwareQuantityCommand> cpus(EditSession *session, xml::Element *section, quint64 count,
                                                 std::optional<quint64> coresPerSocket = std::nullopt,
                                                 const hwitems::ItemVariant &variant = {},
                                                 QUndoCommand *parent = nullptr);
    // `bytes` are written as VirtualQuantity in the Item's AllocationUnits when they divide
    // evenly, else in MiB, KiB or bytes ("byte * 2^20", DSP0004 Annex C). Refused: 0 bytes, and
    // as for cpus().
    static Made<SetHardwareQuantityCommand> memory(EditSession *session, xml::Element *section, quint64 bytes,
                                                   const hwitems::ItemVariant &variant = {},
                                                   QUndoCommand *parent = nullptr);

    // Checks an Item variant against the document: the option exists, the bound is known.
    // Empty when fine, else why not.
    static QString variantProblem(const xml::Element *section, const hwitems::ItemVariant &variant);

    xml::Element *item() const { return m_item; }
    xml::Element *focusElement() const override { return m_item; }

private:
    struct Values;
    SetHardwareQuantityCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    static Made<SetHardwareQuantityCommand> make(EditSession *session, xml::Element *section, int type,
                                                 const Values &values, const hwitems::ItemVariant &variant,
                                                 QUndoCommand *parent);

    xml::Element *m_item = nullptr;
};

} // namespace ovf::commands
