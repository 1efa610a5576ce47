#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Removes a section (known or extension) where SectionRules::canRemove() allows it.
class RemoveSectionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSectionCommand)

public:
    static Made<RemoveSectionCommand> create(EditSession *session, xml::Element *section,
                                             QUndoCommand *parentCommand = nullptr);
    xml::Element *focusElement() const override { return m_container; }

private:
    RemoveSectionCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_container = nullptr;
};

} // namespace ovf::commands
