#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Replaces the whole attribute list of an element (namespace declarations included).
// Attributes kept from the old list keep their source spans, so they are written back as
// they were; undo restores the old list exactly.
class ReplaceAttributesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceAttributesCommand)

public:
    // Refused: no element. Attribute names must be interned in the session's document.
    static Made<ReplaceAttributesCommand> create(EditSession *session, xml::Element *element,
                                                 std::vector<xml::Attribute> attributes, const QString &text = {},
                                                 QUndoCommand *parentCommand = nullptr);
    xml::Element *focusElement() const override { return m_element; }

protected:
    void apply() override;
    void revert() override;

private:
    ReplaceAttributesCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_element = nullptr;
    std::vector<xml::Attribute> m_other; // the list not in the document
};

} // namespace ovf::commands
