#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Sets the Info or the Name of a VirtualSystem or VirtualSystemCollection (DSP0243 §7.2:
// Content_Type has Info, then an optional Name, before its sections).
class SetEntityTextCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetEntityTextCommand)

public:
    enum class Field { Info, Name };
    // An empty Name removes the Name element. Refused: not an entity; an empty Info (every
    // entity has one, DSP0243 §7.2); an unchanged text.
    static Made<SetEntityTextCommand> create(EditSession *session, xml::Element *entity, Field field,
                                             const QString &text, QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_entity; }

private:
    SetEntityTextCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_entity = nullptr;
};

} // namespace ovf::commands
