#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Inserts a detached subtree as the `elementIndex`-th child element of `parent` (-1: after
// the last), with whitespace like its new siblings'. Build the subtree with
// fragment::element()/clone() for `parent` so its prefixes resolve there.
class InsertElementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InsertElementCommand)

public:
    // Refused: no parent, a parent not in the document, or prefixes of the subtree that are
    // not bound at `parent`. `text` names the edit; empty gives "Insert <name>".
    static Made<InsertElementCommand> create(EditSession *session, xml::Element *parent, int elementIndex,
                                             std::unique_ptr<xml::Element> subtree, const QString &text = {},
                                             QUndoCommand *parentCommand = nullptr);

    xml::Element *element() const { return m_element; }
    xml::Element *focusElement() const override { return m_element; }

protected:
    void apply() override;
    void revert() override;

private:
    InsertElementCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_element = nullptr;
    xml::Element *m_parent = nullptr;
    int m_elementIndex = -1;
    // The exact place and whitespace are found when first applied (earlier steps of a
    // compound edit may have changed the parent); redo and undo then replay the same splice.
    int m_nodeIndex = -1;
    int m_count = 0;
    std::vector<std::unique_ptr<xml::Node>> m_held;
};

} // namespace ovf::commands
