#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <QObject>

#include <expected>
#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace ovf {
class Descriptor;
}
namespace ovf::xml {
class AttributeChanges;
class Document;
}

namespace ovf::commands {

// One open document being edited: the descriptor (owned) and its undo stack. Every edit is
// a Command pushed here; the session turns the commands' document splices into change
// signals for item models, form editors, validation and autosave. File names, package
// origin and saving belong to the window, not to the session.
//
// Element lifetime: an element stays alive as long as it is in the document or some command
// in the undo stack holds it (a removed subtree is owned by the command that removed it, and
// given back on undo, so the very same pointers come back). Pointers to elements are
// therefore valid in every signal, including childrenRemoved(), and for as long as the stack
// holds the commands that refer to them. Clearing the stack (or destroying the session)
// frees removed subtrees.
//
// Threading: GUI thread only. Readers on other threads must not touch the document between
// aboutToChange() and the documentChanged() that follows; copy what they need instead.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(std::unique_ptr<Descriptor> descriptor, QObject *parent = nullptr);
    ~EditSession() override;

    Descriptor &descriptor() const { return *m_descriptor; }
    xml::Document &document() const;
    QUndoStack *undoStack() const { return m_stack; }

    // True when the document differs from the last saved (or opened) state: follows the undo
    // stack's clean index, so undoing back to it makes the document unmodified again.
    bool isModified() const;
    // Call after the document was written: the current state becomes the clean state.
    void setSaved();

    // Makes the document carry what a writer added to the copy it saved (PackageWriter's
    // References edits: ovf:size, a converted disk's href and sizes), so that the open document
    // shows what the file holds: attribute lists only, outside the undo stack (no entry the
    // user never made; isModified() unchanged). Undo stays exact: attribute edits move no
    // node, and every command captures the list it swaps out when it swaps, so undoing and
    // redoing through this point come back to the saved bytes. One documentChanged() follows.
    // Refused with nothing changed when an element of `changes` is missing or does not hold
    // the attributes the changes start from (the document was edited since the copy was made).
    std::expected<void, QString> adoptAttributeChanges(const xml::AttributeChanges &changes);

    // A read-only session (an Invalid package opened for inspection) refuses every edit:
    // push() returns `reason` and pushes nothing.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // Pushes (and so executes) a validated command. A refused edit is returned unchanged and
    // nothing is pushed; every edit of a read-only session is refused with its reason. The
    // caller shows a refusal, and keeps no pointer into a command that was not pushed (it is
    // gone with what it would have inserted).
    [[nodiscard]] std::expected<void, QString> push(Made<Command> command);
    template <class T>
    [[nodiscard]] std::expected<void, QString> push(Made<T> command)
    {
        if (!command)
            return std::unexpected(command.error());
        return push(Made<Command>(std::move(*command)));
    }
    // A compound edit: runs `steps`, and the commands they push become one undo entry named
    // `text`. Each command is done when pushed, so a step sees the steps before it done (and
    // a command made after them is validated against the document they left). When `steps`
    // returns a refusal, the commands pushed so far are undone and dropped, nothing is
    // recorded and the refusal is returned; an edit that pushed nothing records nothing.
    // Compound edits nest: a refused inner one takes back its own commands only, and the outer
    // one decides whether to go on.
    using Outcome = std::expected<void, QString>;
    Outcome compound(const QString &text, const std::function<Outcome()> &steps);

    // --- Primitives for commands (do not call from elsewhere: edits outside the stack break
    // undo). They wrap xml::Document's splice primitives and emit the change signals. They
    // edit the document the element belongs to: the descriptor, or an external Strings bundle
    // held by an l10n::BundleStore that is a child of this session (listeners that care only
    // about the descriptor check that the element is in it).
    std::vector<std::unique_ptr<xml::Node>> spliceChildren(xml::Element *parent, int index, int count,
                                                           std::vector<std::unique_ptr<xml::Node>> replacement);
    std::vector<xml::Attribute> swapAttributes(xml::Element *element, std::vector<xml::Attribute> attributes);
    // Called by Command::redo()/undo() around their work; documentChanged() is emitted when
    // the outermost change ends.
    void beginChange();
    void endChange(xml::Element *focus);
    // True while a command is being done or undone (between its first primitive change and
    // the documentChanged() that ends it): listeners may batch the fine-grained signals.
    bool isChanging() const { return m_changeDepth > 0; }

signals:
    // Emitted before every primitive change of the document.
    void aboutToChange();
    // Nodes [first, last] (child node indexes, text and comments included) were removed from
    // `parent`; `removed` are the removed nodes, still alive (held by the command).
    void childrenRemoved(ovf::xml::Element *parent, int first, int last, const QList<ovf::xml::Node *> &removed);
    // Nodes [first, last] of `parent` are new.
    void childrenInserted(ovf::xml::Element *parent, int first, int last);
    // The character content of `element` changed (only text, CDATA or comments were spliced).
    void textChanged(ovf::xml::Element *element);
    // The attribute list of `element` was replaced.
    void attributesChanged(ovf::xml::Element *element);
    // Once per executed, undone or redone command, after all its primitive changes. `focus`
    // is the element the command suggests to show (may be nullptr). Live validation and
    // autosave listen to this one.
    void documentChanged(ovf::xml::Element *focus);
    // isModified() changed.
    void modifiedChanged(bool modified);

private:
    class Group;
    // Does `command` and records it: onto the undo stack (whose push() does it), or into the
    // innermost open compound edit.
    void record(std::unique_ptr<Command> command);

    std::unique_ptr<Descriptor> m_descriptor;
    QUndoStack *m_stack;
    // The open compound edits, innermost last.
    std::vector<Group *> m_groups;
    int m_changeDepth = 0;
    QString m_readOnlyReason;
    xml::Element *m_pendingFocus = nullptr;
};

} // namespace ovf::commands
