#pragma once

#include "model/commands/command.h"

namespace ovf::l10n {

class Catalogue;

// Removes a locale: every Strings section of it, and the References File of an external
// bundle that nothing else names (the bundle file is then no longer part of the package).
class RemoveLocaleCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::RemoveLocaleCommand)

public:
    // Refused: a locale the descriptor does not have.
    static commands::Made<RemoveLocaleCommand> create(commands::EditSession *session, const Catalogue &catalogue,
                                                      const QString &locale, QUndoCommand *parent = nullptr);

private:
    RemoveLocaleCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::l10n
