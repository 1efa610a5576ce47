#pragma once

#include <QCoreApplication>
#include <QString>

namespace ovf::l10n {

// The state of one message in one locale (first that applies, in this order):
enum class MessageStatus {
    Missing,    // no Msg with this msgid in the locale's Strings sections
    Empty,      // a Msg whose text is only whitespace
    Stale,      // the default text changed after the translation was made (ovfw:sourceHash)
    Identical,  // the same text as the default text
    Translated, // anything else
};

class MessageStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::MessageStatus)

public:
    // Stable machine name ("translated", "missing", ...), for JSON and files.
    static QString key(MessageStatus status);
    // The word shown to users, translated.
    static QString label(MessageStatus status);
};

} // namespace ovf::l10n
