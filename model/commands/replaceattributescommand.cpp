#include "model/commands/replaceattributescommand.h"

#include "model/commands/editsession.h"

namespace ovf::commands {

Made<ReplaceAttributesCommand> ReplaceAttributesCommand::create(EditSession *session, xml::Element *element,
                                                                std::vector<xml::Attribute> attributes,
                                                                const QString &text, QUndoCommand *parentCommand)
{
    if (!element)
        return std::unexpected(tr("No element to change."));
    std::unique_ptr<ReplaceAttributesCommand> cmd(new ReplaceAttributesCommand(session, parentCommand));
    cmd->m_element = element;
    cmd->m_other = std::move(attributes);
    cmd->setText(text.isEmpty() ? tr("Edit the attributes of %1").arg(element->localName()) : text);
    return cmd;
}

void ReplaceAttributesCommand::apply()
{
    m_other = session()->swapAttributes(m_element, std::move(m_other));
}

void ReplaceAttributesCommand::revert()
{
    apply();
}

} // namespace ovf::commands
