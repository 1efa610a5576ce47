#pragma once

#include "model/commands/command.h"

namespace ovf::l10n {

class Catalogue;

// Renames a message id everywhere: every element that uses it and every Msg of every locale,
// external bundles included (one undo step).
class RenameMsgidCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::RenameMsgidCommand)

public:
    // Refused: an id nothing uses or defines; a new id that breaks MsgidRules or is taken.
    static commands::Made<RenameMsgidCommand> create(commands::EditSession *session, const Catalogue &catalogue,
                                                     const QString &oldId, const QString &newId,
                                                     QUndoCommand *parent = nullptr);

private:
    RenameMsgidCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::l10n
