#include "model/commands/splicecommand.h"

#include "model/commands/editsession.h"

namespace ovf::commands {

SpliceCommand::SpliceCommand(EditSession *session, xml::Element *parent, int index, int count,
                             std::vector<std::unique_ptr<xml::Node>> nodes, QUndoCommand *parentCommand)
    : Command(session, parentCommand), m_parent(parent), m_index(index), m_removeCount(count), m_held(std::move(nodes))
{
}

void SpliceCommand::apply()
{
    const int inserting = int(m_held.size());
    m_held = session()->spliceChildren(m_parent, m_index, m_removeCount, std::move(m_held));
    m_removeCount = inserting;
}

void SpliceCommand::revert()
{
    apply(); // the splice is its own inverse once the held and the in-document nodes swap
}

} // namespace ovf::commands
