#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Renames a deployment option (DeploymentOptionSection/Configuration/@ovf:id) and the token
// in every configuration attribute that names it: Items of VirtualHardwareSection and
// ResourceAllocationSection, Properties and their Values, ScaleOutSection InstanceCounts
// (DSP2017 §4.2 "configuration attribute"), OVF-qualified or unqualified as vCenter writes it.
class RenameDeploymentOptionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenameDeploymentOptionCommand)

public:
    // Refused: not a Configuration, an empty id or one with spaces, unchanged, or taken.
    static Made<RenameDeploymentOptionCommand> create(EditSession *session, xml::Element *configuration,
                                                      const QString &newId, QUndoCommand *parent = nullptr);
    // The checks of create() on the configuration alone (no command made): the reason
    // create() would refuse `newId`, for feedback while the user types.
    static std::expected<void, QString> check(const xml::Element *configuration, const QString &newId);
    xml::Element *focusElement() const override { return m_configuration; }

private:
    RenameDeploymentOptionCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_configuration = nullptr;
};

} // namespace ovf::commands
