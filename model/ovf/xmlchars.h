#pragma once

#include "model/ovf/utf8text.h"

#include <QByteArray>
#include <QString>

#include <string_view>

// Character classes of XML 1.0 §2.2-§2.3, shared by the parser, the writer and the edits that
// refuse what XML cannot hold. Names are checked
// byte-wise: every byte >= 0x80 is accepted in a name (the UTF-8 check has run before).
namespace ovf::xml {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

inline bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

inline bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

inline bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The first character of `text` that no XML 1.0 document can hold (§2.2), not even as a
// reference: a control character other than tab, line feed and carriage return, U+FFFE,
// U+FFFF or an unpaired surrogate. Its index, or -1 when there is none.
inline qsizetype firstNonXmlChar(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode()))
            return i;
    }
    return -1;
}

// Appends what a reference stands for; `ref` is the text between '&' and ';', already
// checked by the parser (one of the five predefined entities or a character reference).
inline void appendReference(std::string_view ref, QString &out)
{
    if (ref == "lt")
        out += u'<';
    else if (ref == "gt")
        out += u'>';
    else if (ref == "amp")
        out += u'&';
    else if (ref == "apos")
        out += u'\'';
    else if (ref == "quot")
        out += u'"';
    else if (ref.size() > 1 && ref[0] == '#') {
        const bool hex = ref[1] == 'x';
        const QByteArray digits(ref.data() + (hex ? 2 : 1), qsizetype(ref.size() - (hex ? 2 : 1)));
        const char32_t cp = digits.toUInt(nullptr, hex ? 16 : 10);
        out += QString::fromUcs4(&cp, 1);
    }
}

} // namespace ovf::xml
