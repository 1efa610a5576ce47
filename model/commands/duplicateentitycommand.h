#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Inserts a copy of a VirtualSystem or VirtualSystemCollection right after it. The copy and
// every entity inside it get fresh unique ids (StartupSection/ScaleOutSection references
// inside the copy follow); references elsewhere keep naming the original.
class DuplicateEntityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateEntityCommand)

public:
    // Refused: not an entity, or the Envelope's content (an Envelope has exactly one).
    static Made<DuplicateEntityCommand> create(EditSession *session, xml::Element *entity,
                                               QUndoCommand *parentCommand = nullptr);
    xml::Element *copy() const { return m_copy; }
    xml::Element *focusElement() const override { return m_copy; }

private:
    DuplicateEntityCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_copy = nullptr;
};

} // namespace ovf::commands
