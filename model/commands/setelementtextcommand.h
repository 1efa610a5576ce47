#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Replaces the text content of a leaf element (Vendor, Version, Info, Label, Msg, ...).
// With `merge`, consecutive edits of the same element (typing) merge into one undo step;
// undo puts the original character nodes back, so the bytes are those from before.
class SetElementTextCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetElementTextCommand)

public:
    // Refused: no element, an element with child elements (not a leaf), or unchanged text.
    // `text` names the edit; empty gives "Change <element name>".
    static Made<SetElementTextCommand> create(EditSession *session, xml::Element *element, const QString &newText,
                                              bool merge = false, const QString &text = {},
                                              QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    xml::Element *focusElement() const override { return m_element; }
    const QString &newText() const { return m_text; }

protected:
    void apply() override;
    void revert() override;

private:
    SetElementTextCommand(EditSession *session, xml::Element *element, QString text, bool merge,
                          QUndoCommand *parent);

    xml::Element *m_element;
    QString m_text;
    bool m_merge;
    int m_inDocument = 0; // children of m_element that this command's state put there
    std::vector<std::unique_ptr<xml::Node>> m_held;
};

} // namespace ovf::commands
