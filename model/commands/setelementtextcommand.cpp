#include "model/commands/setelementtextcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmltextcheck.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

SetElementTextCommand::SetElementTextCommand(EditSession *session, xml::Element *element, QString text, bool merge,
                                             QUndoCommand *parent)
    : Command(session, parent), m_element(element), m_text(std::move(text)), m_merge(merge)
{
    if (!m_text.isEmpty())
        m_held.push_back(element->document()->createText(m_text));
}

Made<SetElementTextCommand> SetElementTextCommand::create(EditSession *session, xml::Element *element,
                                                          const QString &newText, bool merge, const QString &text,
                                                          QUndoCommand *parent)
{
    if (!element)
        return std::unexpected(tr("No element to change."));
    if (element->firstChildElement())
        return std::unexpected(tr("%1 contains elements; only the text of a leaf element can be set.")
                                   .arg(element->path()));
    if (element->text() == newText)
        return std::unexpected(tr("%1 already reads \"%2\".").arg(element->path(), newText));
    if (const auto bad = firstUnwritableCharacter(newText)) {
        return std::unexpected(tr("The new text of %1 holds the character U+%2 at character %3, which XML cannot hold.")
                                   .arg(element->path(), bad->code)
                                   .arg(bad->position));
    }
    std::unique_ptr<SetElementTextCommand> cmd(new SetElementTextCommand(session, element, newText, merge, parent));
    cmd->setText(text.isEmpty() ? tr("Change %1").arg(element->localName()) : text);
    return cmd;
}

int SetElementTextCommand::id() const
{
    return m_merge ? int(CommandId::SetElementText) : -1;
}

bool SetElementTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetElementTextCommand *>(other);
    if (!o->m_merge || o->m_element != m_element)
        return false;
    // `other` has run: the document holds its nodes, and it holds ours (freed with it).
    // Undoing the merged command takes its nodes out and puts the original ones back.
    m_text = o->m_text;
    m_inDocument = o->m_inDocument;
    return true;
}

void SetElementTextCommand::apply()
{
    const int inserting = int(m_held.size());
    // The whole content is replaced; when redone, it is the original content again.
    m_held = session()->spliceChildren(m_element, 0, m_element->childCount(), std::move(m_held));
    m_inDocument = inserting;
}

void SetElementTextCommand::revert()
{
    const int restoring = int(m_held.size());
    m_held = session()->spliceChildren(m_element, 0, m_inDocument, std::move(m_held));
    m_inDocument = restoring;
}

} // namespace ovf::commands
