#include "model/commands/renameentityidcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/setattributecommand.h"
#include "model/ovf/entity.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

Made<RenameEntityIdCommand> RenameEntityIdCommand::create(EditSession *session, xml::Element *entity,
                                                          const QString &newId, QUndoCommand *parent)
{
    if (!Entity::isEntity(entity))
        return std::unexpected(tr("Only virtual systems and collections are renamed here."));
    if (const QString problem = entityrefs::idProblem(newId); !problem.isEmpty())
        return std::unexpected(problem);
    const Entity e(entity);
    const QString oldId = e.id();
    if (oldId == newId)
        return std::unexpected(tr("%1 is already called \"%2\".").arg(entity->path(), newId));
    const xml::Element *root = session->document().root();
    if (entityrefs::entityIds(root).contains(newId))
        return std::unexpected(tr("Another virtual system or collection is already called \"%1\"; ids must be "
                                  "unique in the descriptor.").arg(newId));
    std::unique_ptr<RenameEntityIdCommand> cmd(new RenameEntityIdCommand(session, parent));
    cmd->m_entity = entity;
    cmd->setText(e.isCollection() ? tr("Rename collection '%1' to '%2'").arg(oldId, newId)
                                  : tr("Rename virtual system '%1' to '%2'").arg(oldId, newId));
    auto own = SetAttributeCommand::createOvf(session, entity, u"id", newId, false, {}, cmd.get());
    if (!own)
        return std::unexpected(own.error());
    own->release(); // owned by cmd
    if (!oldId.isEmpty()) {
        for (xml::Element *ref : entityrefs::referencesTo(root, oldId)) {
            auto c = SetAttributeCommand::createOvf(session, ref, u"id", newId, false, {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        }
    }
    return cmd;
}

} // namespace ovf::commands
