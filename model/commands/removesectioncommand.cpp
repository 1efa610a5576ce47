#include "model/commands/removesectioncommand.h"

#include "model/commands/editsession.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/ovf/entity.h"

namespace ovf::commands {

Made<RemoveSectionCommand> RemoveSectionCommand::create(EditSession *session, xml::Element *section,
                                                        QUndoCommand *parentCommand)
{
    if (auto ok = SectionRules::canRemove(section); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<RemoveSectionCommand> cmd(new RemoveSectionCommand(session, parentCommand));
    cmd->m_container = section->parent();
    const QString where = Entity::isEntity(section->parent())
                              ? tr("'%1'").arg(Entity(section->parent()).displayName())
                              : tr("the Envelope");
    cmd->setText(tr("Remove %1 from %2").arg(Section(section).displayName(), where));
    auto remove = RemoveElementCommand::create(session, section, {}, cmd.get());
    if (!remove)
        return std::unexpected(remove.error());
    remove->release();
    return cmd;
}

} // namespace ovf::commands
