#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Adds a deployment option: a Configuration with its Label and Description in the
// DeploymentOptionSection, created when missing (DSP0243 §9.8).
class AddDeploymentOptionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddDeploymentOptionCommand)

public:
    // With `isDefault`, it becomes the default (ovf:default="true") and others stop being.
    // Refused: an id that is empty, has spaces (ovf:configuration lists are space-separated)
    // or is taken; an empty label.
    static Made<AddDeploymentOptionCommand> create(EditSession *session, const QString &id, const QString &label,
                                                   const QString &description, bool isDefault,
                                                   QUndoCommand *parent = nullptr);
    xml::Element *configuration() const { return m_configuration; }
    xml::Element *focusElement() const override { return m_configuration; }

private:
    AddDeploymentOptionCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_configuration = nullptr;
};

} // namespace ovf::commands
