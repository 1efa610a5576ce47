#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Replaces the child nodes [index, index + count) of an element by detached nodes built for
// that place (any kind: elements, text, comments), as they are: no whitespace is added.
// The removed nodes are held by the command, so undo puts back the very same nodes and
// bytes. The building block of source edits (EditXmlCommand), where the caller decides the
// exact nodes.
class ReplaceNodesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceNodesCommand)

public:
    // Refused: no parent, or a range outside the parent's children. `nodes` must belong to
    // the session's document (Document::create*, fragment::clone) and be detached.
    static Made<ReplaceNodesCommand> create(EditSession *session, xml::Element *parent, int index, int count,
                                            std::vector<std::unique_ptr<xml::Node>> nodes, const QString &text = {},
                                            QUndoCommand *parentCommand = nullptr);

    // The first element among the new nodes (nullptr when there is none).
    xml::Element *firstNewElement() const { return m_firstElement; }
    xml::Element *focusElement() const override { return m_firstElement ? m_firstElement : m_parent; }

protected:
    void apply() override;
    void revert() override;

private:
    ReplaceNodesCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_parent = nullptr;
    xml::Element *m_firstElement = nullptr;
    int m_index = 0;
    int m_count = 0;    // nodes in the document now that apply() will take out
    int m_newCount = 0; // nodes apply() puts in
    std::vector<std::unique_ptr<xml::Node>> m_held; // the nodes not in the document
};

} // namespace ovf::commands
