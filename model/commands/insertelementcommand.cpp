#include "model/commands/insertelementcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmlfragment.h"
#include "model/commands/xmltextcheck.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

namespace {

// True when every prefix the detached subtree uses is declared inside it or bound at parent.
bool prefixesBound(const xml::Element *e, const xml::Element *parent)
{
    auto bound = [&](const QString &prefix, bool element) {
        const QString ns = e->lookupNamespace(prefix);
        if (!ns.isNull())
            return true;
        const QString outer = parent->lookupNamespace(prefix);
        return element && prefix.isEmpty() ? true : !outer.isNull();
    };
    if (!e->prefix().isEmpty() && !bound(e->prefix(), true))
        return false;
    for (const xml::Attribute &a : e->attributes()) {
        if (!a.isNamespaceDeclaration() && !a.name->prefix.isEmpty() && a.name->prefix != u"xml"
            && !bound(a.name->prefix, false))
            return false;
    }
    for (const xml::Element *c : e->childElements()) {
        if (!prefixesBound(c, parent))
            return false;
    }
    return true;
}

// In a document (the descriptor, or an external Strings bundle the l10n commands edit), not
// in a detached subtree.
bool inDocument(const xml::Element *e)
{
    while (e->parent())
        e = e->parent();
    return e->document() && e == e->document()->root();
}

} // namespace

Made<InsertElementCommand> InsertElementCommand::create(EditSession *session, xml::Element *parent, int elementIndex,
                                                        std::unique_ptr<xml::Element> subtree, const QString &text,
                                                        QUndoCommand *parentCommand)
{
    if (!parent || !subtree)
        return std::unexpected(tr("Nothing to insert."));
    if (!inDocument(parent))
        return std::unexpected(tr("%1 is not part of the document.").arg(parent->path()));
    if (!prefixesBound(subtree.get(), parent))
        return std::unexpected(
            tr("%1 uses a namespace prefix that is not declared at %2.").arg(subtree->qualifiedName(), parent->path()));
    if (const QString refusal = XmlTextCheck::refusal(subtree.get()); !refusal.isEmpty())
        return std::unexpected(refusal);
    std::unique_ptr<InsertElementCommand> cmd(new InsertElementCommand(session, parentCommand));
    cmd->m_element = subtree.get();
    cmd->setText(text.isEmpty() ? tr("Insert %1").arg(subtree->localName()) : text);
    cmd->m_parent = parent;
    cmd->m_elementIndex = elementIndex;
    cmd->m_held.push_back(std::move(subtree));
    return cmd;
}

void InsertElementCommand::apply()
{
    if (m_nodeIndex < 0) {
        auto ins = fragment::insertion(*m_parent->document(), m_parent, m_elementIndex, std::move(m_held.front()));
        m_nodeIndex = ins.nodeIndex;
        m_held = std::move(ins.nodes);
    }
    m_count = int(m_held.size());
    session()->spliceChildren(m_parent, m_nodeIndex, 0, std::move(m_held));
    m_held.clear();
}

void InsertElementCommand::revert()
{
    m_held = session()->spliceChildren(m_parent, m_nodeIndex, m_count, {});
}

} // namespace ovf::commands
