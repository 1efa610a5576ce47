#include "model/commands/removepropertycommand.h"

#include "model/commands/editsession.h"
#include "model/commands/removeelementcommand.h"
#include "model/ovf/section.h"

namespace ovf::commands {

Made<RemovePropertyCommand> RemovePropertyCommand::create(EditSession *session, xml::Element *property,
                                                          QUndoCommand *parent)
{
    if (!property || property->localName() != u"Property" || !property->parent() || !isSectionElement(property->parent())
        || sectionKindOf(property->parent()) != SectionKind::Product)
        return std::unexpected(tr("Only a Property of a ProductSection is removed here."));
    std::unique_ptr<RemovePropertyCommand> cmd(new RemovePropertyCommand(session, parent));
    cmd->setText(tr("Remove property '%1'").arg(ovfAttr(property, u"key")));
    auto c = RemoveElementCommand::create(session, property, {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
