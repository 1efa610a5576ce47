#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a Disk and what only it used, as one undoable step: the drive Items that attach it
// (in every virtual system, with their per-option overrides) and its File when nothing else
// refers to that File (DSP0243 §9.1).
class RemoveDiskCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDiskCommand)

public:
    // Refused: not a Disk of the DiskSection; a disk that another disk has as its
    // ovf:parentRef (a delta disk needs its parent).
    static Made<RemoveDiskCommand> create(EditSession *session, xml::Element *disk, QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_section; }

private:
    RemoveDiskCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
