#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Removes an element (with the whitespace that introduces it). The removed subtree is held
// by the command, so undo puts back the very same nodes and bytes.
class RemoveElementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveElementCommand)

public:
    // Refused: no element, or the document's root element. `text` names the edit; empty
    // gives "Remove <name>".
    static Made<RemoveElementCommand> create(EditSession *session, xml::Element *element, const QString &text = {},
                                             QUndoCommand *parentCommand = nullptr);

    xml::Element *element() const { return m_element; }
    // After removal the parent is the natural place to look at.
    xml::Element *focusElement() const override { return m_parent; }

protected:
    void apply() override;
    void revert() override;

private:
    RemoveElementCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_element = nullptr;
    xml::Element *m_parent = nullptr;
    // The range is found when first applied (earlier steps of a compound edit may have moved
    // the element); redo and undo then replay the same splice.
    int m_first = -1;
    int m_count = 0;
    std::vector<std::unique_ptr<xml::Node>> m_removed;
};

} // namespace ovf::commands
