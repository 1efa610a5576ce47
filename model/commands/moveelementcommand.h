#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Moves an element (the same node, so pointers to it stay valid) to become the
// `elementIndex`-th child element of `newParent` (counted after it was taken out; -1 for
// last), within its parent or to another one: cut/paste and drag and drop.
class MoveElementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MoveElementCommand)

public:
    // Refused: moving the root, into itself or a descendant, to where it already is, or to a
    // place where the prefixes it uses mean other namespaces.
    static Made<MoveElementCommand> create(EditSession *session, xml::Element *element, xml::Element *newParent,
                                           int elementIndex, const QString &text = {},
                                           QUndoCommand *parentCommand = nullptr);

    xml::Element *focusElement() const override { return m_element; }

protected:
    void apply() override;
    void revert() override;

private:
    MoveElementCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_element = nullptr;
    xml::Element *m_oldParent = nullptr;
    xml::Element *m_newParent = nullptr;
    int m_oldIndex = 0;  // node index of the removed range in the old parent
    int m_oldCount = 0;  // nodes removed there (whitespace + element)
    int m_elementOffset = 0; // the element's position within that range
    int m_newIndex = 0;  // node index of the inserted range in the new parent
    int m_newCount = 0;
    int m_newElementOffset = 0;
    std::vector<std::unique_ptr<xml::Node>> m_oldRest; // whitespace taken from the old place
    std::vector<std::unique_ptr<xml::Node>> m_newRest; // whitespace for the new place
};

} // namespace ovf::commands
