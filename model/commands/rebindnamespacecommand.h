#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::commands {

// Changes every declaration of namespace `from` in the document into `to` (xmlns="from",
// xmlns:p="from"), so that the elements and attributes it named are now in `to`: the step
// of an OVF 2 -> 1 conversion that moves the envelope vocabulary to the OVF 1 namespace.
// Only the declarations' bytes change; the document's namespace URIs are recomputed and the
// descriptor's version follows its root. Undo puts the very same declarations back.
class RebindNamespaceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RebindNamespaceCommand)

public:
    // Refused: `from` is not declared anywhere, or `from` equals `to`.
    static Made<RebindNamespaceCommand> create(EditSession *session, const QString &from, const QString &to,
                                               const QString &text = {}, QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override;

protected:
    void apply() override;
    void revert() override;

private:
    RebindNamespaceCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    void refresh();

    struct Change
    {
        xml::Element *element;
        std::vector<xml::Attribute> other; // the attribute list not in the document
    };
    std::vector<Change> m_changes;
};

} // namespace ovf::commands
