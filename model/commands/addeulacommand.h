#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Adds an EulaSection with a license text to an entity (DSP0243 §9.6; an entity may have
// several, one per license).
class AddEulaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddEulaCommand)

public:
    // Refused: not an entity; an empty (or blank) license text, which no one can accept.
    static Made<AddEulaCommand> create(EditSession *session, xml::Element *entity, const QString &license,
                                       QUndoCommand *parent = nullptr);
    xml::Element *section() const { return m_section; }
    xml::Element *focusElement() const override { return m_section; }

private:
    AddEulaCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
