#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// The primitive structural edit: replaces `count` child nodes of `parent` at node index
// `index` by `nodes`. Undo puts the removed nodes themselves back, so the saved bytes are
// those from before. Used as a child step by the element commands; it has no text of its
// own. The caller guarantees index/count fit the parent when the step is executed.
class SpliceCommand : public Command
{
public:
    SpliceCommand(EditSession *session, xml::Element *parent, int index, int count,
                  std::vector<std::unique_ptr<xml::Node>> nodes, QUndoCommand *parentCommand = nullptr);

    xml::Element *parentElement() const { return m_parent; }

protected:
    void apply() override;
    void revert() override;

private:
    xml::Element *m_parent;
    int m_index;
    int m_removeCount;                               // nodes in the document to take out on apply
    std::vector<std::unique_ptr<xml::Node>> m_held; // the nodes not in the document right now
};

} // namespace ovf::commands
