#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <expected>

namespace ovf::commands {

// Why a source edit cannot be applied, with the place in the edited text (1-based line and
// column; 0 when the problem is not at one place). `unchanged` marks text that parses to
// exactly what the document holds (nothing to do, not an error to show as one).
struct XmlSourceError
{
    QString message;
    int line = 0;
    int column = 0;
    bool unchanged = false;
    // "line:col: message" (or the message alone).
    QString toString() const;
    // `message` with the "at L:C" positions it quotes moved by `lines` lines.
    static QString shiftedMessage(const QString &message, int lines);
};

// Replaces an element by the XML the user typed for it, as one undoable step (the XML
// view's Apply). The text must parse (any DOCTYPE refused, the parser's limits apply) and be
// exactly one element; prefixes resolve as at the element's place. The edit of the root
// must keep an Envelope in the same OVF namespace (the OVF version is not changed here).
//
// Only what differs is touched: the new tree is compared with the old one node by node
// (attributes by name and value, text by content) and the old nodes are kept wherever they
// are equal, so everything the user did not change keeps its bytes (original quoting,
// character references, line ends). A changed run of children is replaced by copies of the
// new nodes; an element whose name or namespace declarations changed is replaced whole.
class EditXmlCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EditXmlCommand)

public:
    static std::expected<std::unique_ptr<EditXmlCommand>, XmlSourceError>
    create(EditSession *session, xml::Element *element, const QString &text);

    // The element shown after the edit: the edited element, or the one that replaced it.
    xml::Element *focusElement() const override { return m_focus; }

private:
    EditXmlCommand(EditSession *session) : Command(session) { }
    xml::Element *m_focus = nullptr;
};

} // namespace ovf::commands
