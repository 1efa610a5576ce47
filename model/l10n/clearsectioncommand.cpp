#include "model/l10n/clearsectioncommand.h"

#include "model/commands/editsession.h"

namespace ovf::l10n {

commands::Made<ClearSectionCommand> ClearSectionCommand::create(commands::EditSession *session, xml::Element *section,
                                                                QUndoCommand *parent)
{
    if (!section || section->childCount() == 0)
        return std::unexpected(tr("The Strings section is empty already."));
    std::unique_ptr<ClearSectionCommand> cmd(new ClearSectionCommand(session, parent));
    cmd->m_section = section;
    cmd->setText(tr("Remove the messages of a Strings section"));
    return cmd;
}

void ClearSectionCommand::apply()
{
    m_count = m_section->childCount();
    m_held = session()->spliceChildren(m_section, 0, m_count, {});
}

void ClearSectionCommand::revert()
{
    session()->spliceChildren(m_section, 0, 0, std::move(m_held));
    m_held.clear();
}

} // namespace ovf::l10n
