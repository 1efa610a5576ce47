#include "model/commands/addeulacommand.h"

#include "model/commands/addsectioncommand.h"
#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/entity.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

Made<AddEulaCommand> AddEulaCommand::create(EditSession *session, xml::Element *entity, const QString &license,
                                            QUndoCommand *parent)
{
    if (!Entity::isEntity(entity))
        return std::unexpected(tr("A license belongs to a virtual system or collection."));
    if (license.trimmed().isEmpty())
        return std::unexpected(tr("The license text is empty; a EULA needs text to accept."));
    if (auto ok = SectionRules::canAdd(entity, SectionKind::Eula); !ok)
        return std::unexpected(ok.error());
    xml::Document &doc = session->document();
    auto section = AddSectionCommand::build(doc, entity, entity->namespaceUri(), SectionKind::Eula);
    xml::Element *text = ovfChild(section.get(), u"License");
    fragment::append(doc, text, doc.createText(license));
    const QString unit = fragment::indentUnit(entity);
    fragment::indent(doc, section.get(), fragment::indentOf(entity) + unit, unit);
    std::unique_ptr<AddEulaCommand> cmd(new AddEulaCommand(session, parent));
    cmd->m_section = section.get();
    cmd->setText(tr("Add a license to '%1'").arg(Entity(entity).id()));
    auto c = InsertElementCommand::create(session, entity, SectionRules::insertionIndex(entity, SectionKind::Eula),
                                          std::move(section), {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
