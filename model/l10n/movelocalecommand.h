#pragma once

#include "model/commands/command.h"

#include <optional>

namespace ovf::l10n {

class BundleStore;
class Catalogue;

// Moves a locale's messages between an embedded <Strings> section and an external bundle file
// (DSP2017 5.2), one undo step.
//
// To a bundle: a standalone Strings document is created under `href` in the BundleStore (the
// Msgs as they are: msgid, text, ovfw:sourceHash; comments between them stay behind), a
// References File names it (ovf:id "strings-<locale>"), the section gets ovf:fileRef and loses
// its Msg children. Saving writes the bundle as a package member, covered by the manifest.
// Into the descriptor: the bundle's Msgs are appended to the section (Msgs the section holds
// already win, as they do when reading), ovf:fileRef is removed, the File too unless
// something else names it, and the bundle leaves the store (it is no longer written).
class MoveLocaleCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::MoveLocaleCommand)

public:
    // `href` set: to that bundle file; nullopt: into the descriptor. Refused: an unknown
    // locale; a locale with several Strings sections; already where asked; an href the
    // HrefPolicy refuses or that a File names already; an unreadable bundle.
    static commands::Made<MoveLocaleCommand> create(commands::EditSession *session, BundleStore *store,
                                                    const Catalogue &catalogue, const QString &locale,
                                                    const std::optional<QString> &href,
                                                    QUndoCommand *parent = nullptr);

private:
    MoveLocaleCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::l10n
