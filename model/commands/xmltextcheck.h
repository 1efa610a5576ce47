#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ovf::commands {

// Text given to an edit (a form field, an ovfctl option) that a descriptor cannot hold is
// refused, not written: the XML writer would otherwise turn each such character into U+FFFD
// behind the user's back.
struct UnwritableCharacter
{
    QString code;          // "0001", for "U+0001"
    qsizetype position = 0; // 1-based, in UTF-16 code units as editors count
};

// The first character of `text` no XML document can hold (xml::firstNonXmlChar), if any.
std::optional<UnwritableCharacter> firstUnwritableCharacter(QStringView text);

} // namespace ovf::commands
