#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <expected>
#include <memory>

namespace ovf::xml {
class Element;
}

namespace ovf::commands {

class EditSession;

// The result of a command factory: the command, ready to push, or why the edit is refused
// (a sentence naming the element and the rule). Commands are validated when they are made
// and never pushed when invalid (two-phase construction).
template <class T>
using Made = std::expected<std::unique_ptr<T>, QString>;

// Ids for QUndoCommand::id(): commands with an id merge consecutive edits of the same field.
enum class CommandId : int {
    SetAttribute = 0x4f01,
    SetElementText = 0x4f02,
};

// Base of every edit. redo()/undo() bracket the work with the session so that it emits
// documentChanged() once per executed command (children and macros included); subclasses
// implement apply()/revert(), which by default run the child commands in order (apply) or
// in reverse (revert), as QUndoCommand does.
//
// A command edits the document only through EditSession::spliceChildren()/swapAttributes(),
// which emit the fine-grained change signals. Lifetime: nodes a command removes are owned by
// the command while they are out of the document, so element pointers kept by the undo
// history (and by other commands) stay valid as long as the command lives in the stack.
class Command : public QUndoCommand
{
public:
    explicit Command(EditSession *session, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    EditSession *session() const { return m_session; }
    // The element a view should show after this command was done or undone (for example the
    // new virtual system); nullptr when the command does not care.
    virtual xml::Element *focusElement() const { return nullptr; }

protected:
    virtual void apply();
    virtual void revert();

private:
    EditSession *m_session;
};

} // namespace ovf::commands
