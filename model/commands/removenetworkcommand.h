#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a Network that no network adapter connects to.
class RemoveNetworkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNetworkCommand)

public:
    // Refused: not a Network; adapters still connected (their number is given).
    static Made<RemoveNetworkCommand> create(EditSession *session, xml::Element *network, QUndoCommand *parent = nullptr);

private:
    RemoveNetworkCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::commands
