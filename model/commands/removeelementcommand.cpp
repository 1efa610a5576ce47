#include "model/commands/removeelementcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

Made<RemoveElementCommand> RemoveElementCommand::create(EditSession *session, xml::Element *element,
                                                        const QString &text, QUndoCommand *parentCommand)
{
    if (!element)
        return std::unexpected(tr("Nothing to remove."));
    if (!element->parent())
        return std::unexpected(tr("%1 is the document's root (or not in the document) and cannot be removed.")
                                   .arg(element->qualifiedName()));
    std::unique_ptr<RemoveElementCommand> cmd(new RemoveElementCommand(session, parentCommand));
    cmd->m_element = element;
    cmd->m_parent = element->parent();
    cmd->setText(text.isEmpty() ? tr("Remove %1").arg(element->localName()) : text);
    return cmd;
}

void RemoveElementCommand::apply()
{
    if (m_first < 0) {
        const auto range = fragment::removalRange(m_element);
        m_first = range.first;
        m_count = range.count;
    }
    m_removed = session()->spliceChildren(m_parent, m_first, m_count, {});
}

void RemoveElementCommand::revert()
{
    session()->spliceChildren(m_parent, m_first, 0, std::move(m_removed));
    m_removed.clear();
}

} // namespace ovf::commands
