#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a Property (with its per-option Values) from a ProductSection.
class RemovePropertyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemovePropertyCommand)

public:
    // Refused: not a Property of a ProductSection.
    static Made<RemovePropertyCommand> create(EditSession *session, xml::Element *property,
                                              QUndoCommand *parent = nullptr);

private:
    RemovePropertyCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::commands
