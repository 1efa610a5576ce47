#pragma once

#include "model/commands/command.h"
#include "model/ovf/entity.h"

namespace ovf::commands {

// Adds a new VirtualSystem or VirtualSystemCollection with a fresh unique id: into a
// collection (after its last child entity), or as the Envelope's content when it has none
// (an Envelope has exactly one content entity, DSP2017 §4.4). A new virtual system gets an
// Info and an empty VirtualHardwareSection; a new collection gets an Info and one new
// virtual system (a collection contains one or more entities, DSP2017 §4.4.2).
class AddEntityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddEntityCommand)

public:
    // Refused: a parent that is neither a collection nor an Envelope without content, or a
    // pre-1.0 draft document (its entities are <Content xsi:type> elements).
    static Made<AddEntityCommand> create(EditSession *session, xml::Element *parent, Entity::Kind kind,
                                         QUndoCommand *parentCommand = nullptr);
    xml::Element *entity() const { return m_entity; }
    xml::Element *focusElement() const override { return m_entity; }

private:
    AddEntityCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_entity = nullptr;
};

} // namespace ovf::commands
