#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Adds a Network to the NetworkSection (created when missing), with its Description
// (DSP0243 §9.2).
class AddNetworkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddNetworkCommand)

public:
    // Refused: an empty name, or a name another Network has.
    static Made<AddNetworkCommand> create(EditSession *session, const QString &name, const QString &description = {},
                                          QUndoCommand *parent = nullptr);
    xml::Element *network() const { return m_network; }
    xml::Element *focusElement() const override { return m_network; }

private:
    AddNetworkCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_network = nullptr;
};

} // namespace ovf::commands
