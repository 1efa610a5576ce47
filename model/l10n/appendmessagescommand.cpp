#include "model/l10n/appendmessagescommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmlfragment.h"
#include "model/commands/xmltextcheck.h"
#include "model/l10n/msgfragment.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

namespace {

bool attached(const xml::Element *e)
{
    while (e->parent())
        e = e->parent();
    return e->document() && e == e->document()->root();
}

} // namespace

commands::Made<AppendMessagesCommand> AppendMessagesCommand::create(commands::EditSession *session,
                                                                    xml::Element *section,
                                                                    std::vector<std::unique_ptr<xml::Element>> messages,
                                                                    const QString &declarePrefix, const QString &text,
                                                                    QUndoCommand *parent)
{
    if (!section || !attached(section))
        return std::unexpected(tr("The Strings section is not part of a document."));
    if (messages.empty())
        return std::unexpected(tr("No messages to add."));
    for (const auto &m : messages) {
        if (const QString refusal = commands::XmlTextCheck::refusal(m.get()); !refusal.isEmpty())
            return std::unexpected(refusal);
    }
    std::unique_ptr<AppendMessagesCommand> cmd(new AppendMessagesCommand(session, parent));
    cmd->m_section = section;
    xml::Document &doc = *section->document();
    if (!declarePrefix.isEmpty()) {
        cmd->m_declare = true;
        cmd->m_otherAttributes = msgfragment::withWorkbenchDeclaration(doc, section, declarePrefix);
    }
    // Lay the nodes out now: whitespace like the section's last child element (or one level
    // deeper than the section when it has none), then each message.
    const QList<xml::Element *> kids = section->childElements();
    QString ws;
    if (kids.isEmpty()) {
        ws = u'\n' + commands::fragment::indentOf(section) + commands::fragment::indentUnit(section);
        cmd->m_index = 0;
    } else {
        const xml::Node *before = kids.last()->previousSibling();
        ws = commands::fragment::isWhitespaceText(before) ? before->text() : QString();
        cmd->m_index = section->indexOf(kids.last()) + 1;
    }
    const bool closeLine = kids.isEmpty() && section->childCount() == 0;
    for (auto &m : messages) {
        if (!ws.isEmpty())
            cmd->m_held.push_back(doc.createText(ws));
        cmd->m_held.push_back(std::move(m));
    }
    if (closeLine)
        cmd->m_held.push_back(doc.createText(u'\n' + commands::fragment::indentOf(section)));
    cmd->m_count = int(cmd->m_held.size());
    cmd->setText(text.isEmpty() ? tr("Add %n message(s)", nullptr, int(messages.size())) : text);
    return cmd;
}

void AppendMessagesCommand::apply()
{
    if (m_declare)
        m_otherAttributes = session()->swapAttributes(m_section, std::move(m_otherAttributes));
    session()->spliceChildren(m_section, m_index, 0, std::move(m_held));
    m_held.clear();
}

void AppendMessagesCommand::revert()
{
    m_held = session()->spliceChildren(m_section, m_index, m_count, {});
    if (m_declare)
        m_otherAttributes = session()->swapAttributes(m_section, std::move(m_otherAttributes));
}

} // namespace ovf::l10n
