#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::l10n {

// Takes every child node (Msg elements, whitespace, comments) out of a Strings section in one
// splice, leaving <Strings ...></Strings>; undo puts the very same nodes back.
class ClearSectionCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::ClearSectionCommand)

public:
    // Refused: no section, or one without children.
    static commands::Made<ClearSectionCommand> create(commands::EditSession *session, xml::Element *section,
                                                      QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    ClearSectionCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
    int m_count = 0;
    std::vector<std::unique_ptr<xml::Node>> m_held;
};

} // namespace ovf::l10n
