#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a File of References that nothing refers to.
class RemoveFileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveFileCommand)

public:
    // Refused: not a File of References; a File a Disk, Icon, Strings bundle, environment
    // file or HostResource still names (the users are listed; remove a disk with
    // RemoveDiskCommand, which takes its File along).
    static Made<RemoveFileCommand> create(EditSession *session, xml::Element *file, QUndoCommand *parent = nullptr);

private:
    RemoveFileCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::commands
