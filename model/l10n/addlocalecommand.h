#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::l10n {

class Catalogue;

// Adds a locale: an empty embedded <Strings xml:lang="fr-FR"> after the Envelope's last
// Strings section (at its end when it has none; DSP0243 §10 puts Strings last).
class AddLocaleCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::AddLocaleCommand)

public:
    // Refused: a tag that is not well-formed BCP 47; a locale the descriptor has already
    // (compared case-insensitively).
    static commands::Made<AddLocaleCommand> create(commands::EditSession *session, const Catalogue &catalogue,
                                                   const QString &locale, QUndoCommand *parent = nullptr);
    xml::Element *strings() const { return m_strings; }
    xml::Element *focusElement() const override { return m_strings; }

private:
    AddLocaleCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_strings = nullptr;
};

} // namespace ovf::l10n
