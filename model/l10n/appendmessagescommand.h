#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <vector>

namespace ovf::l10n {

// Appends detached Msg elements to a Strings section (an embedded <Strings> or an external
// bundle's root) in one splice, each on its own line indented like the section's children;
// first declares the Workbench prefix on the section when asked (the Msgs' ovfw:sourceHash
// uses it). Built by the other l10n commands; 20,000 messages are one splice, not 20,000.
class AppendMessagesCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::AppendMessagesCommand)

public:
    // `declarePrefix` non-empty: declare xmlns:declarePrefix=urn:ovf-workbench:1 on `section`.
    // Refused: no section, a section not in a document, nothing to append.
    static commands::Made<AppendMessagesCommand> create(commands::EditSession *session, xml::Element *section,
                                                        std::vector<std::unique_ptr<xml::Element>> messages,
                                                        const QString &declarePrefix, const QString &text = {},
                                                        QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_section; }

protected:
    void apply() override;
    void revert() override;

private:
    AppendMessagesCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    xml::Element *m_section = nullptr;
    std::vector<xml::Attribute> m_otherAttributes; // before/after the declaration, swapped
    bool m_declare = false;
    int m_index = -1;
    int m_count = 0;
    std::vector<std::unique_ptr<xml::Node>> m_held;
};

} // namespace ovf::l10n
