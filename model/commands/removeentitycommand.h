#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a VirtualSystem or VirtualSystemCollection and the StartupSection items that
// list it or anything inside it (they would name an entity that no longer exists).
class RemoveEntityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEntityCommand)

public:
    // Refused: not an entity, the Envelope's only content, or the last entity of a
    // collection (a collection contains one or more, DSP2017 §4.4.2).
    static Made<RemoveEntityCommand> create(EditSession *session, xml::Element *entity,
                                            QUndoCommand *parentCommand = nullptr);
    xml::Element *focusElement() const override { return m_parent; }

private:
    RemoveEntityCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_parent = nullptr;
};

} // namespace ovf::commands
