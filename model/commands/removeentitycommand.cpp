#include "model/commands/removeentitycommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/removeelementcommand.h"
#include "model/ovf/entity.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

Made<RemoveEntityCommand> RemoveEntityCommand::create(EditSession *session, xml::Element *entity,
                                                      QUndoCommand *parentCommand)
{
    if (!Entity::isEntity(entity) || !entity->parent())
        return std::unexpected(tr("Only virtual systems and collections are removed here."));
    xml::Element *parent = entity->parent();
    if (!Entity::isEntity(parent))
        return std::unexpected(tr("The Envelope needs its virtual system or collection (DSP0243: exactly one "
                                  "content entity)."));
    if (Entity(parent).children().size() == 1)
        return std::unexpected(tr("'%1' is the only entity of collection '%2', which needs at least one.")
                                   .arg(Entity(entity).id(), Entity(parent).id()));
    std::unique_ptr<RemoveEntityCommand> cmd(new RemoveEntityCommand(session, parentCommand));
    cmd->m_parent = parent;
    const Entity e(entity);
    cmd->setText(e.isCollection() ? tr("Remove collection '%1'").arg(e.id())
                                  : tr("Remove virtual system '%1'").arg(e.id()));
    const xml::Element *root = session->document().root();
    for (const Entity &gone : e.descendantsAndSelf()) {
        if (gone.id().isEmpty())
            continue;
        for (xml::Element *ref : entityrefs::referencesTo(root, gone.id())) {
            if (ref->localName() != u"Item")
                continue;
            bool inside = false;
            for (const xml::Element *p = ref; p && !inside; p = p->parent())
                inside = p == entity;
            if (inside)
                continue;
            auto c = RemoveElementCommand::create(session, ref, {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        }
    }
    auto own = RemoveElementCommand::create(session, entity, {}, cmd.get());
    if (!own)
        return std::unexpected(own.error());
    own->release();
    return cmd;
}

} // namespace ovf::commands
