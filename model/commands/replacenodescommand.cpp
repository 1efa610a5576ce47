#include "model/commands/replacenodescommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmltextcheck.h"

namespace ovf::commands {

Made<ReplaceNodesCommand> ReplaceNodesCommand::create(EditSession *session, xml::Element *parent, int index,
                                                      int count, std::vector<std::unique_ptr<xml::Node>> nodes,
                                                      const QString &text, QUndoCommand *parentCommand)
{
    if (!parent)
        return std::unexpected(tr("No element to change."));
    if (index < 0 || count < 0 || index + count > parent->childCount())
        return std::unexpected(tr("%1 has no child nodes %2 to %3.").arg(parent->path()).arg(index).arg(index + count));
    if (count == 0 && nodes.empty())
        return std::unexpected(tr("%1: nothing to replace.").arg(parent->path()));
    for (const auto &n : nodes) {
        if (const QString refusal = XmlTextCheck::refusal(n.get()); !refusal.isEmpty())
            return std::unexpected(refusal);
    }
    std::unique_ptr<ReplaceNodesCommand> cmd(new ReplaceNodesCommand(session, parentCommand));
    cmd->m_parent = parent;
    cmd->m_index = index;
    cmd->m_count = count;
    cmd->m_newCount = int(nodes.size());
    for (const auto &n : nodes) {
        if (n->isElement()) {
            cmd->m_firstElement = n->toElement();
            break;
        }
    }
    cmd->m_held = std::move(nodes);
    cmd->setText(text.isEmpty() ? tr("Edit the XML of %1").arg(parent->localName()) : text);
    return cmd;
}

void ReplaceNodesCommand::apply()
{
    auto removed = session()->spliceChildren(m_parent, m_index, m_count, std::move(m_held));
    m_held = std::move(removed);
    std::swap(m_count, m_newCount);
}

void ReplaceNodesCommand::revert()
{
    apply(); // the same splice the other way round: the held nodes go back in
}

} // namespace ovf::commands
