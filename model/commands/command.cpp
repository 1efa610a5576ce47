#include "model/commands/command.h"

#include "model/commands/editsession.h"

namespace ovf::commands {

Command::Command(EditSession *session, QUndoCommand *parent) : QUndoCommand(parent), m_session(session)
{
}

void Command::redo()
{
    m_session->beginChange();
    apply();
    m_session->endChange(focusElement());
}

void Command::undo()
{
    m_session->beginChange();
    revert();
    m_session->endChange(focusElement());
}

void Command::apply()
{
    QUndoCommand::redo();
}

void Command::revert()
{
    QUndoCommand::undo();
}

} // namespace ovf::commands
