// The Parser's character-level work: the encoding and character check that runs before
// anything is built, text nodes, references and attribute values.
#include "model/ovf/xmlparser.h"

#include "model/ovf/xmlchars.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ovf::xml {

// One pass over the whole text before anything is built: valid UTF-8, and only characters
// XML 1.0 §2.2 allows. Most descriptors are ASCII, so 8 bytes are tested at a time.
std::expected<void, ParseError> Parser::checkCharacters()
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_data);
    const qint64 n = m_size;
    qint64 i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            // No byte >= 0x80 and no byte < 0x20: (word - 0x20..) borrows into the high bit.
            const quint64 high = word & 0x8080808080808080ull;
            const quint64 low = (word - 0x2020202020202020ull) & ~word & 0x8080808080808080ull;
            if (!high && !low) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return fail(ParseError::Kind::Encoding,
                            u"control character U+%1 is not allowed in XML"_s.arg(QString::number(c, 16).toUpper().rightJustified(4, u'0')), i);
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (!ok || cp < minimum[len] || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(ParseError::Kind::Encoding,
                        u"the bytes here are not valid UTF-8 (is the encoding declaration right?)"_s, i);
        if (!isXmlChar(cp))
            return fail(ParseError::Kind::Encoding,
                        u"character U+%1 is not allowed in XML"_s.arg(QString::number(quint32(cp), 16).toUpper().rightJustified(4, u'0')), i);
        i += len;
    }
    return {};
}

// Only the five predefined entities and character references exist: no DTD is ever read.
std::expected<void, ParseError> Parser::checkReferences(qint64 begin, qint64 end)
{
    const char *p = m_data + begin;
    const char *stop = m_data + end;
    while ((p = static_cast<const char *>(std::memchr(p, '&', size_t(stop - p))))) {
        const char *semi = static_cast<const char *>(std::memchr(p, ';', size_t(std::min<qint64>(stop - p, 40))));
        if (!semi)
            return malformed(u"'&' must start a reference such as &amp; (write &amp; for a literal '&')"_s, p - m_data);
        const std::string_view ref(p + 1, size_t(semi - p - 1));
        if (ref.starts_with('#')) {
            bool ok = false;
            const bool hex = ref.size() > 1 && ref[1] == 'x';
            const QByteArray digits(ref.data() + (hex ? 2 : 1), qsizetype(ref.size() - (hex ? 2 : 1)));
            const bool strict = !digits.isEmpty() && digits.size() <= 8
                && std::all_of(digits.begin(), digits.end(), [hex](char d) {
                       return (d >= '0' && d <= '9') || (hex && ((d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F')));
                   });
            const uint cp = strict ? digits.toUInt(&ok, hex ? 16 : 10) : 0;
            if (!ok || !isXmlChar(cp))
                return malformed(u"invalid character reference &%1;"_s.arg(QString::fromUtf8(ref.data(), qsizetype(ref.size()))),
                                 p - m_data);
        } else if (ref != "lt" && ref != "gt" && ref != "amp" && ref != "apos" && ref != "quot") {
            return malformed(u"undefined entity &%1; (only &lt; &gt; &amp; &apos; &quot; exist without a DTD)"_s
                                     .arg(QString::fromUtf8(ref.data(), qsizetype(ref.size()))),
                             p - m_data);
        }
        p = semi + 1;
    }
    return {};
}

std::expected<void, ParseError> Parser::parseText()
{
    const qint64 start = m_pos;
    const char *lt = static_cast<const char *>(std::memchr(m_data + m_pos, '<', size_t(m_size - m_pos)));
    const qint64 end = lt ? lt - m_data : m_size;
    if (m_open.empty()) {
        for (qint64 i = start; i < end; ++i) {
            if (!isSpace(m_data[i]))
                return malformed(m_doc.m_root ? u"text after the end of the root element"_s
                                              : u"text before the root element"_s,
                                 i);
        }
    } else {
        if (auto ok = checkReferences(start, end); !ok)
            return ok;
        const std::string_view body(m_data + start, size_t(end - start));
        if (const auto bad = body.find("]]>"); bad != std::string_view::npos)
            return malformed(u"']]>' is not allowed in text"_s, start + qint64(bad));
    }
    std::expected<void, ParseError> error;
    if (!countNode(start, error))
        return error;
    auto node = std::make_unique<CharacterData>(NodeKind::Text, &m_doc);
    node->m_begin = qint32(start);
    node->m_end = qint32(end);
    m_pos = end;
    append(std::move(node));
    return {};
}

std::expected<QString, ParseError> Parser::decodeAttributeValue(qint64 begin, qint64 end)
{
    const std::string_view raw(m_data + begin, size_t(end - begin));
    if (const auto lt = raw.find('<'); lt != std::string_view::npos)
        return malformed(u"'<' is not allowed in an attribute value"_s, begin + qint64(lt));
    bool plain = true;
    for (char c : raw) {
        if (c == '&' || c == '\n' || c == '\t' || c == '\r') {
            plain = false;
            break;
        }
    }
    if (plain)
        return decodeUtf8(raw);
    if (auto ok = checkReferences(begin, end); !ok)
        return std::unexpected(ok.error());
    QString out;
    out.reserve(qsizetype(raw.size()));
    for (size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\r') {
            out += u' ';
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
        } else if (c == '\n' || c == '\t') {
            out += u' ';
            ++i;
        } else if (c == '&') {
            const size_t semi = raw.find(';', i);
            appendReference(raw.substr(i + 1, semi - i - 1), out);
            i = semi + 1;
        } else {
            size_t j = i;
            while (j < raw.size() && raw[j] != '&' && raw[j] != '\r' && raw[j] != '\n' && raw[j] != '\t')
                ++j;
            out += decodeUtf8(raw.substr(i, j - i));
            i = j;
        }
    }
    return out;
}

} // namespace ovf::xml
