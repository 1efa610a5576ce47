#include "model/commands/rebindnamespacecommand.h"

#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

namespace {

void collect(xml::Element *e, const QString &from, std::vector<xml::Element *> &out)
{
    for (const xml::Attribute &a : e->attributes()) {
        if (a.isNamespaceDeclaration() && a.value == from) {
            out.push_back(e);
            break;
        }
    }
    for (xml::Element *c : e->childElements())
        collect(c, from, out);
}

} // namespace

Made<RebindNamespaceCommand> RebindNamespaceCommand::create(EditSession *session, const QString &from,
                                                            const QString &to, const QString &text,
                                                            QUndoCommand *parent)
{
    if (from == to)
        return std::unexpected(tr("The namespace is already %1.").arg(to));
    std::vector<xml::Element *> elements;
    collect(session->document().root(), from, elements);
    if (elements.empty())
        return std::unexpected(tr("The namespace %1 is not declared in the document.").arg(from));
    std::unique_ptr<RebindNamespaceCommand> cmd(new RebindNamespaceCommand(session, parent));
    for (xml::Element *e : elements) {
        std::vector<xml::Attribute> after = e->attributes();
        for (xml::Attribute &a : after) {
            if (a.isNamespaceDeclaration() && a.value == from) {
                a.value = to;
                a.rawBegin = a.rawEnd = -1; // written anew
            }
        }
        cmd->m_changes.push_back({e, std::move(after)});
    }
    cmd->setText(text.isEmpty() ? tr("Change namespace %1 to %2").arg(from, to) : text);
    return cmd;
}

xml::Element *RebindNamespaceCommand::focusElement() const
{
    return m_changes.empty() ? nullptr : m_changes.front().element;
}

void RebindNamespaceCommand::refresh()
{
    session()->document().resolveNamespaces(session()->document().root());
    session()->descriptor().refreshVersion();
}

void RebindNamespaceCommand::apply()
{
    for (Change &c : m_changes)
        c.other = session()->swapAttributes(c.element, std::move(c.other));
    refresh();
}

void RebindNamespaceCommand::revert()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        it->other = session()->swapAttributes(it->element, std::move(it->other));
    refresh();
}

} // namespace ovf::commands
