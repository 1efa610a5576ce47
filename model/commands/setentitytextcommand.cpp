#include "model/commands/setentitytextcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/entity.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<SetEntityTextCommand> SetEntityTextCommand::create(EditSession *session, xml::Element *entity, Field field,
                                                        const QString &text, QUndoCommand *parent)
{
    if (!Entity::isEntity(entity))
        return std::unexpected(tr("Name and Info are set on a virtual system or collection."));
    const bool info = field == Field::Info;
    if (info && text.trimmed().isEmpty())
        return std::unexpected(tr("Every virtual system and collection has an Info text (DSP0243 §7.2)."));
    const QStringView local = info ? QStringView(u"Info") : QStringView(u"Name");
    xml::Element *existing = ovfChild(entity, local);
    const QString id = Entity(entity).id();
    std::unique_ptr<SetEntityTextCommand> cmd(new SetEntityTextCommand(session, parent));
    cmd->m_entity = entity;
    cmd->setText(info ? tr("Change the Info of '%1'").arg(id) : tr("Rename '%1' to \"%2\"").arg(id, text));
    if (existing) {
        if (existing->text() == text)
            return std::unexpected(tr("%1 already reads \"%2\".").arg(existing->path(), text));
        auto c = text.isEmpty() ? Made<Command>(RemoveElementCommand::create(session, existing, {}, cmd.get()))
                                : Made<Command>(SetElementTextCommand::create(session, existing, text, false, {}, cmd.get()));
        if (!c)
            return std::unexpected(c.error());
        c->release();
        return cmd;
    }
    if (text.isEmpty())
        return std::unexpected(tr("'%1' has no Name to remove.").arg(id));
    xml::Document &doc = session->document();
    auto e = fragment::element(doc, entity, nullptr, entity->namespaceUri(), local);
    fragment::append(doc, e.get(), doc.createText(text));
    const xml::Element *infoElement = ovfChild(entity, u"Info");
    const int index = info ? 0 : (infoElement ? fragment::elementIndex(infoElement) + 1 : 0);
    auto c = InsertElementCommand::create(session, entity, index, std::move(e), {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
