#include "model/commands/duplicateentitycommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

void setOvfId(xml::Document &doc, xml::Element *e, const QString &value)
{
    std::vector<xml::Attribute> attrs = e->attributes();
    for (xml::Attribute &a : attrs) {
        if (!a.isNamespaceDeclaration() && a.name->local == u"id" && ns::isOvf(a.namespaceUri))
            a.value = value;
    }
    doc.swapAttributes(e, std::move(attrs));
}

// Gives every entity in the detached copy a fresh id, recording old -> new.
void renameEntities(xml::Document &doc, xml::Element *e, QSet<QString> &taken, QHash<QString, QString> &renamed)
{
    if (Entity::isEntity(e) && hasOvfAttr(e, u"id")) {
        const QString old = ovfAttr(e, u"id");
        const QString fresh = entityrefs::uniqueId(old + u"-copy"_s, taken);
        taken.insert(fresh);
        renamed.insert(old, fresh);
        setOvfId(doc, e, fresh);
    }
    for (xml::Element *c : e->childElements()) {
        if (Entity::isEntity(c))
            renameEntities(doc, c, taken, renamed);
    }
}

void renameReferences(xml::Document &doc, xml::Element *copy, const QHash<QString, QString> &renamed)
{
    for (auto it = renamed.begin(); it != renamed.end(); ++it) {
        for (xml::Element *ref : entityrefs::referencesTo(copy, it.key()))
            setOvfId(doc, ref, it.value());
    }
}

} // namespace

Made<DuplicateEntityCommand> DuplicateEntityCommand::create(EditSession *session, xml::Element *entity,
                                                            QUndoCommand *parentCommand)
{
    if (!Entity::isEntity(entity) || !entity->parent())
        return std::unexpected(tr("Only virtual systems and collections are duplicated here."));
    if (!Entity::isEntity(entity->parent()))
        return std::unexpected(tr("The Envelope holds exactly one virtual system or collection; duplicate the "
                                  "entities inside a collection instead."));
    xml::Document &doc = session->document();
    auto copy = fragment::clone(doc, entity);
    QSet<QString> taken = entityrefs::entityIds(doc.root());
    QHash<QString, QString> renamed;
    renameEntities(doc, copy.get(), taken, renamed);
    renameReferences(doc, copy.get(), renamed);
    std::unique_ptr<DuplicateEntityCommand> cmd(new DuplicateEntityCommand(session, parentCommand));
    cmd->m_copy = copy.get();
    const Entity original(entity);
    cmd->setText(original.isCollection()
                     ? tr("Duplicate collection '%1' as '%2'").arg(original.id(), Entity(copy.get()).id())
                     : tr("Duplicate virtual system '%1' as '%2'").arg(original.id(), Entity(copy.get()).id()));
    auto insert = InsertElementCommand::create(session, entity->parent(), fragment::elementIndex(entity) + 1,
                                               std::move(copy), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::commands
