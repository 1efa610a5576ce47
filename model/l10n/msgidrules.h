#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace ovf::l10n {

class Catalogue;

// What a message id may be. DSP0243 types ovf:msgid as xs:string; OVF Workbench asks for a
// non-empty id without whitespace or control characters, so it survives PO msgctxt lines,
// XLIFF ids and command lines unchanged.
class MsgidRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::MsgidRules)

public:
    static std::expected<void, QString> check(const QString &msgid);
    // Used by an element, or defined in any Strings section (a bundle message nothing uses
    // yet would silently translate the element otherwise).
    static bool isTaken(const Catalogue &catalogue, const QString &msgid);
};

} // namespace ovf::l10n
