#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Renames a VirtualSystem or VirtualSystemCollection (its ovf:id) and updates every
// reference to it (see entityrefs::referencesTo).
class RenameEntityIdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenameEntityIdCommand)

public:
    // Refused: not an entity, an empty id or one with spaces, an unchanged id, or an id
    // another entity has.
    static Made<RenameEntityIdCommand> create(EditSession *session, xml::Element *entity, const QString &newId,
                                              QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_entity; }

private:
    RenameEntityIdCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_entity = nullptr;
};

} // namespace ovf::commands
