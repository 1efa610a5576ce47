#pragma once

#include <QChar>
#include <QStringView>

#include <algorithm>

// ASCII character classes of the OVF and CIM value syntaxes (property values, qualifiers,
// programmatic units, language tags): a digit there is 0-9 only, never another script's digit
// as QChar::isDigit() would accept.
namespace ovf {

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// At least one character, and all of them ASCII digits.
inline bool allAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

} // namespace ovf
