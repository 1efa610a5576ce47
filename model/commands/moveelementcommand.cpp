#include "model/commands/moveelementcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

Made<MoveElementCommand> MoveElementCommand::create(EditSession *session, xml::Element *element, xml::Element *newParent,
                                                    int elementIndex, const QString &text, QUndoCommand *parentCommand)
{
    if (!element || !newParent)
        return std::unexpected(tr("Nothing to move."));
    if (!element->parent())
        return std::unexpected(tr("%1 is the document's root and cannot be moved.").arg(element->qualifiedName()));
    for (const xml::Element *p = newParent; p; p = p->parent()) {
        if (p == element)
            return std::unexpected(tr("%1 cannot be moved into itself.").arg(element->path()));
    }
    const int siblings = int(newParent->childElements().size()) - (element->parent() == newParent ? 1 : 0);
    const int target = elementIndex < 0 || elementIndex > siblings ? siblings : elementIndex;
    if (element->parent() == newParent && fragment::elementIndex(element) == target)
        return std::unexpected(tr("%1 is already there.").arg(element->path()));
    if (!fragment::prefixesResolveAt(element, newParent))
        return std::unexpected(tr("%1 uses namespace prefixes that mean something else at %2.")
                                   .arg(element->path(), newParent->path()));
    std::unique_ptr<MoveElementCommand> cmd(new MoveElementCommand(session, parentCommand));
    cmd->m_element = element;
    cmd->m_oldParent = element->parent();
    cmd->m_newParent = newParent;
    cmd->m_newIndex = target; // an element index until the first apply() turns it into a node index
    cmd->setText(text.isEmpty() ? tr("Move %1").arg(element->localName()) : text);
    return cmd;
}

void MoveElementCommand::apply()
{
    xml::Document &doc = session()->document();
    const bool first = m_oldCount == 0;
    if (first) {
        const auto range = fragment::removalRange(m_element);
        m_oldIndex = range.first;
        m_oldCount = range.count;
        m_elementOffset = range.count - 1;
    }
    auto removed = session()->spliceChildren(m_oldParent, m_oldIndex, m_oldCount, {});
    std::unique_ptr<xml::Node> element = std::move(removed[size_t(m_elementOffset)]);
    removed.erase(removed.begin() + m_elementOffset);
    m_oldRest = std::move(removed);

    std::vector<std::unique_ptr<xml::Node>> nodes;
    if (first) {
        auto ins = fragment::insertion(doc, m_newParent, m_newIndex, std::move(element));
        m_newIndex = ins.nodeIndex;
        m_newCount = int(ins.nodes.size());
        for (size_t i = 0; i < ins.nodes.size(); ++i) {
            if (ins.nodes[i].get() == m_element)
                m_newElementOffset = int(i);
        }
        nodes = std::move(ins.nodes);
    } else {
        nodes = std::move(m_newRest);
        nodes.insert(nodes.begin() + m_newElementOffset, std::move(element));
    }
    session()->spliceChildren(m_newParent, m_newIndex, 0, std::move(nodes));
}

void MoveElementCommand::revert()
{
    auto taken = session()->spliceChildren(m_newParent, m_newIndex, m_newCount, {});
    std::unique_ptr<xml::Node> element = std::move(taken[size_t(m_newElementOffset)]);
    taken.erase(taken.begin() + m_newElementOffset);
    m_newRest = std::move(taken);
    std::vector<std::unique_ptr<xml::Node>> nodes = std::move(m_oldRest);
    nodes.insert(nodes.begin() + m_elementOffset, std::move(element));
    session()->spliceChildren(m_oldParent, m_oldIndex, 0, std::move(nodes));
}

} // namespace ovf::commands
