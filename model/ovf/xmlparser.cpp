#include "model/ovf/xmlparser.h"

#include <QHash>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ovf::xml {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

QString quoted(std::string_view s)
{
    return u"'"_s + QString::fromUtf8(s.data(), qsizetype(s.size())) + u"'"_s;
}

// Attribute errors point at the name, not at the whitespace before it.
qint64 nameOffset(const char *data, const Attribute &a)
{
    qint64 i = a.rawBegin;
    while (isSpace(data[i]))
        ++i;
    return i;
}

} // namespace

Parser::Parser(Document &doc, const ParseLimits &limits)
    : m_doc(doc), m_limits(limits), m_data(doc.m_source.constData()), m_size(doc.m_source.size())
{
}

std::unexpected<ParseError> Parser::fail(ParseError::Kind kind, const QString &message, qint64 offset)
{
    ParseError e;
    e.kind = kind;
    e.message = message;
    e.position = m_doc.positionOf(std::min(offset, m_size));
    e.firstElementName = m_firstElementName;
    return std::unexpected(std::move(e));
}

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
                            u"control character U+%1 is not allowed in XML"_s.arg(c, 4, 16, QChar(u'0')).toUpper(), i);
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
                        u"character U+%1 is not allowed in XML"_s.arg(quint32(cp), 4, 16, QChar(u'0')), i);
        i += len;
    }
    return {};
}

std::expected<void, ParseError> Parser::run()
{
    if (auto ok = checkCharacters(); !ok)
        return ok;

    qint64 firstNonSpace = 0;
    while (firstNonSpace < m_size && isSpace(m_data[firstNonSpace]))
        ++firstNonSpace;
    if (firstNonSpace == m_size) {
        auto empty = fail(ParseError::Kind::Empty, m_size ? u"the file holds only whitespace"_s : u"the file is empty"_s, 0);
        empty.error().position = {}; // no position means anything here
        return empty;
    }
    if (m_data[firstNonSpace] != '<')
        return fail(ParseError::Kind::NotXml,
                    u"this is not XML: the text does not start with '<'"_s, firstNonSpace);

    if (m_size >= 6 && std::memcmp(m_data, "<?xml", 5) == 0 && isSpace(m_data[5])) {
        if (auto ok = parseXmlDeclaration(); !ok)
            return ok;
    }

    bool seenRoot = false;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        std::expected<void, ParseError> ok;
        if (c != '<') {
            ok = parseText();
        } else if (m_pos + 1 >= m_size) {
            return malformed(u"the file ends inside markup"_s, m_pos);
        } else if (m_data[m_pos + 1] == '/') {
            if (m_open.empty())
                return malformed(u"end tag without a matching start tag"_s, m_pos);
            ok = parseEndTag();
        } else if (m_data[m_pos + 1] == '?') {
            ok = parseProcessingInstruction();
        } else if (m_data[m_pos + 1] == '!') {
            std::string_view rest(m_data + m_pos, size_t(std::min<qint64>(m_size - m_pos, 9)));
            if (rest.starts_with("<!--"))
                ok = parseComment();
            else if (rest.starts_with("<![CDATA[")) {
                if (m_open.empty())
                    return malformed(u"CDATA section outside the root element"_s, m_pos);
                ok = parseCData();
            } else if (rest.starts_with("<!DOCTYPE"))
                ok = parseDoctype();
            else
                return malformed(u"unexpected markup declaration '<!'"_s, m_pos);
        } else {
            if (m_open.empty() && seenRoot)
                return malformed(u"a second root element: a document has exactly one"_s, m_pos);
            seenRoot = true;
            ok = parseStartTag();
        }
        if (!ok)
            return ok;
    }
    if (!m_open.empty())
        return malformed(u"the file ends before the element '%1' (opened at %2) is closed"_s
                                 .arg(m_open.back()->qualifiedName(), m_open.back()->position().toString()),
                         m_size);
    if (!seenRoot)
        return fail(ParseError::Kind::Empty, u"the document has no root element"_s, m_size);
    return {};
}

void Parser::append(std::unique_ptr<Node> node)
{
    if (m_open.empty()) {
        m_doc.m_topLevel.push_back(std::move(node));
    } else {
        node->m_parent = m_open.back();
        m_open.back()->m_children.push_back(std::move(node));
    }
}

bool Parser::countNode(qint64 offset, std::expected<void, ParseError> &error)
{
    if (++m_nodes <= m_limits.maxNodes)
        return true;
    error = fail(ParseError::Kind::TooDeep,
                 u"more than %1 XML nodes: refused as a possible resource attack"_s.arg(m_limits.maxNodes), offset);
    return false;
}

std::expected<void, ParseError> Parser::parseXmlDeclaration()
{
    const char *end = static_cast<const char *>(memmem(m_data, size_t(m_size), "?>", 2));
    if (!end)
        return malformed(u"the XML declaration is not closed with '?>'"_s, 0);
    auto node = std::make_unique<CharacterData>(NodeKind::XmlDeclaration, &m_doc);
    node->m_begin = 0;
    node->m_end = qint32(end + 2 - m_data);
    const std::string_view decl(m_data, size_t(node->m_end));
    if (decl.find("version") == std::string_view::npos)
        return malformed(u"the XML declaration has no version"_s, 0);
    m_pos = node->m_end;
    append(std::move(node));
    return {};
}

std::expected<void, ParseError> Parser::parseComment()
{
    const qint64 start = m_pos;
    const char *body = m_data + m_pos + 4;
    const char *found = static_cast<const char *>(memmem(body, size_t(m_data + m_size - body), "--", 2));
    if (!found)
        return malformed(u"comment not closed with '-->'"_s, start);
    if (found + 2 >= m_data + m_size || found[2] != '>')
        return malformed(u"'--' is not allowed inside a comment"_s, found - m_data);
    std::expected<void, ParseError> error;
    if (!countNode(start, error))
        return error;
    auto node = std::make_unique<CharacterData>(NodeKind::Comment, &m_doc);
    node->m_begin = qint32(start);
    node->m_end = qint32(found + 3 - m_data);
    m_pos = node->m_end;
    append(std::move(node));
    return {};
}

std::expected<void, ParseError> Parser::parseProcessingInstruction()
{
    const qint64 start = m_pos;
    m_pos += 2;
    auto target = parseName();
    if (!target)
        return std::unexpected(target.error());
    if (target->size() == 3 && (target->at(0) | 0x20) == 'x' && (target->at(1) | 0x20) == 'm'
        && (target->at(2) | 0x20) == 'l')
        return malformed(u"an XML declaration is only allowed at the very start of the file"_s, start);
    const char *end = static_cast<const char *>(memmem(m_data + m_pos, size_t(m_size - m_pos), "?>", 2));
    if (!end)
        return malformed(u"processing instruction not closed with '?>'"_s, start);
    std::expected<void, ParseError> error;
    if (!countNode(start, error))
        return error;
    auto node = std::make_unique<CharacterData>(NodeKind::ProcessingInstruction, &m_doc);
    node->m_begin = qint32(start);
    node->m_end = qint32(end + 2 - m_data);
    m_pos = node->m_end;
    append(std::move(node));
    return {};
}

std::expected<void, ParseError> Parser::parseCData()
{
    const qint64 start = m_pos;
    const char *body = m_data + m_pos + 9;
    const char *end = static_cast<const char *>(memmem(body, size_t(m_data + m_size - body), "]]>", 3));
    if (!end)
        return malformed(u"CDATA section not closed with ']]>'"_s, start);
    std::expected<void, ParseError> error;
    if (!countNode(start, error))
        return error;
    auto node = std::make_unique<CharacterData>(NodeKind::CData, &m_doc);
    node->m_begin = qint32(start);
    node->m_end = qint32(end + 3 - m_data);
    m_pos = node->m_end;
    append(std::move(node));
    return {};
}

std::expected<void, ParseError> Parser::parseDoctype()
{
    const qint64 start = m_pos;
    m_pos += 9;
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
    auto name = parseName();
    ParseError e = fail(ParseError::Kind::Doctype,
                        u"a DOCTYPE declaration is not allowed in an OVF descriptor: DTDs and entities are never "
                        "processed (they enable entity expansion and external-entity attacks)"_s,
                        start)
                       .error();
    if (name)
        e.doctypeName = QString::fromUtf8(name->data(), qsizetype(name->size()));
    return std::unexpected(e);
}

std::expected<std::string_view, ParseError> Parser::parseName()
{
    const qint64 start = m_pos;
    if (m_pos >= m_size || !isNameStart(static_cast<unsigned char>(m_data[m_pos])))
        return malformed(u"a name was expected here"_s, m_pos);
    ++m_pos;
    while (m_pos < m_size && isNameChar(static_cast<unsigned char>(m_data[m_pos])))
        ++m_pos;
    if (m_pos - start > m_limits.maxNameLength)
        return fail(ParseError::Kind::TooDeep,
                    u"a name longer than %1 bytes: refused"_s.arg(m_limits.maxNameLength), start);
    return std::string_view(m_data + start, size_t(m_pos - start));
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
            const uint cp = digits.isEmpty() ? 0 : digits.toUInt(&ok, hex ? 16 : 10);
            if (!ok || !isXmlChar(cp) || digits.startsWith('+') || digits.startsWith('-'))
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
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
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
            const std::string_view ref = raw.substr(i + 1, semi - i - 1);
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
            else {
                const bool hex = ref[1] == 'x';
                const QByteArray digits(ref.data() + (hex ? 2 : 1), qsizetype(ref.size() - (hex ? 2 : 1)));
                const char32_t cp = digits.toUInt(nullptr, hex ? 16 : 10);
                out += QString::fromUcs4(&cp, 1);
            }
            i = semi + 1;
        } else {
            size_t j = i;
            while (j < raw.size() && raw[j] != '&' && raw[j] != '\r' && raw[j] != '\n' && raw[j] != '\t')
                ++j;
            out += QString::fromUtf8(raw.data() + i, qsizetype(j - i));
            i = j;
        }
    }
    return out;
}

QString Parser::internUri(const QString &uri)
{
    auto it = m_uris.constFind(uri);
    if (it != m_uris.constEnd())
        return it.value();
    m_uris.insert(uri, uri);
    return uri;
}

std::expected<void, ParseError> Parser::resolveNamespaces(Element *element, qint64 offset)
{
    m_scopeMarks.push_back(m_scopes.size());
    for (Attribute &a : element->m_attributes) {
        const Name *n = a.name;
        if (n->qualified == u"xmlns" || n->prefix == u"xmlns") {
            const QString declared = n->prefix.isEmpty() ? QString() : n->local;
            if (declared == u"xmlns")
                return malformed(u"the prefix 'xmlns' cannot be declared"_s, nameOffset(m_data, a));
            if (!declared.isEmpty() && a.value.isEmpty())
                return malformed(u"the prefix '%1' cannot be undeclared (xmlns:%1=\"\")"_s.arg(declared), nameOffset(m_data, a));
            if (declared == u"xml" && a.value != xmlNamespace)
                return malformed(u"the prefix 'xml' cannot be bound to another namespace"_s, nameOffset(m_data, a));
            a.namespaceUri = xmlnsNamespace.toString();
            m_scopes.push_back({declared, internUri(a.value)});
        }
    }
    auto resolve = [this](const QString &prefix, bool &found) -> QString {
        if (prefix == u"xml") {
            found = true;
            return xmlNamespace.toString();
        }
        for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
            if (it->prefix == prefix) {
                found = true;
                return it->uri;
            }
        }
        found = prefix.isEmpty();
        return {};
    };
    bool found = false;
    element->m_namespaceUri = resolve(element->m_name->prefix, found);
    if (!found)
        return malformed(u"the namespace prefix '%1' of element '%2' is not declared"_s.arg(
                                 element->m_name->prefix, element->m_name->qualified),
                         offset);
    for (Attribute &a : element->m_attributes) {
        if (a.isNamespaceDeclaration() || a.name->prefix.isEmpty())
            continue;
        a.namespaceUri = resolve(a.name->prefix, found);
        if (!found)
            return malformed(u"the namespace prefix '%1' of attribute '%2' is not declared"_s.arg(
                                     a.name->prefix, a.name->qualified),
                             nameOffset(m_data, a));
    }
    // Namespaces in XML §6.3: no two attributes with the same expanded name.
    const auto &attrs = element->m_attributes;
    for (size_t i = 1; i < attrs.size(); ++i) {
        if (attrs[i].isNamespaceDeclaration() || attrs[i].name->prefix.isEmpty())
            continue;
        for (size_t j = 0; j < i; ++j) {
            if (!attrs[j].isNamespaceDeclaration() && attrs[j].name->local == attrs[i].name->local
                && attrs[j].namespaceUri == attrs[i].namespaceUri)
                return malformed(u"attributes '%1' and '%2' have the same namespace and name"_s.arg(
                                         attrs[j].name->qualified, attrs[i].name->qualified),
                                 nameOffset(m_data, attrs[i]));
        }
    }
    return {};
}

std::expected<void, ParseError> Parser::parseStartTag()
{
    const qint64 start = m_pos;
    ++m_pos;
    auto name = parseName();
    if (!name)
        return std::unexpected(name.error());
    if (m_firstElementName.isNull())
        m_firstElementName = QString::fromUtf8(name->data(), qsizetype(name->size()));
    if (int(m_open.size()) >= m_limits.maxDepth)
        return fail(ParseError::Kind::TooDeep,
                    u"elements nested deeper than %1 levels: refused as a possible resource attack"_s.arg(m_limits.maxDepth),
                    start);
    std::expected<void, ParseError> error;
    if (!countNode(start, error))
        return error;

    auto element = std::make_unique<Element>(&m_doc);
    element->m_begin = qint32(start);
    element->m_name = m_doc.internName(*name);
    if (element->m_name->prefix.isEmpty() && element->m_name->qualified.contains(u':'))
        return malformed(u"'%1' is not a valid qualified name"_s.arg(element->m_name->qualified), start);

    for (;;) {
        const qint64 wsBegin = m_pos;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size)
            return malformed(u"the file ends inside the start tag of '%1'"_s.arg(element->qualifiedName()), start);
        const char c = m_data[m_pos];
        if (c == '>' || (c == '/' && m_pos + 1 < m_size && m_data[m_pos + 1] == '>')) {
            element->m_tailBegin = qint32(wsBegin);
            element->m_selfClosing = c == '/';
            m_pos += c == '/' ? 2 : 1;
            element->m_startTagEnd = qint32(m_pos);
            break;
        }
        if (wsBegin == m_pos)
            return malformed(u"whitespace is required between attributes"_s, m_pos);
        if (int(element->m_attributes.size()) >= m_limits.maxAttributes)
            return fail(ParseError::Kind::TooDeep,
                        u"more than %1 attributes on one element: refused"_s.arg(m_limits.maxAttributes), m_pos);
        auto attrName = parseName();
        if (!attrName)
            return std::unexpected(attrName.error());
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size || m_data[m_pos] != '=')
            return malformed(u"'=' expected after the attribute name %1"_s.arg(quoted(*attrName)), m_pos);
        ++m_pos;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size || (m_data[m_pos] != '"' && m_data[m_pos] != '\''))
            return malformed(u"the value of attribute %1 must be in quotes"_s.arg(quoted(*attrName)), m_pos);
        const char quote = m_data[m_pos];
        const qint64 valueBegin = m_pos + 1;
        const char *close = static_cast<const char *>(std::memchr(m_data + valueBegin, quote, size_t(m_size - valueBegin)));
        if (!close)
            return malformed(u"the value of attribute %1 is not closed"_s.arg(quoted(*attrName)), m_pos);
        const qint64 valueEnd = close - m_data;
        auto value = decodeAttributeValue(valueBegin, valueEnd);
        if (!value)
            return std::unexpected(value.error());
        Attribute a;
        a.name = m_doc.internName(*attrName);
        for (const Attribute &other : element->m_attributes) {
            if (other.name == a.name)
                return malformed(u"the attribute %1 appears twice"_s.arg(quoted(*attrName)), attrName->data() - m_data);
        }
        a.value = std::move(*value);
        a.rawBegin = qint32(wsBegin);
        a.rawEnd = qint32(valueEnd + 1);
        element->m_attributes.push_back(std::move(a));
        m_pos = valueEnd + 1;
    }

    if (auto ok = resolveNamespaces(element.get(), start); !ok)
        return ok;

    Element *raw = element.get();
    if (m_open.empty())
        m_doc.m_root = raw;
    append(std::move(element));
    if (raw->m_selfClosing) {
        raw->m_endTagBegin = raw->m_startTagEnd;
        raw->m_end = raw->m_startTagEnd;
        m_scopes.resize(m_scopeMarks.back());
        m_scopeMarks.pop_back();
    } else {
        m_open.push_back(raw);
    }
    return {};
}

std::expected<void, ParseError> Parser::parseEndTag()
{
    const qint64 start = m_pos;
    m_pos += 2;
    auto name = parseName();
    if (!name)
        return std::unexpected(name.error());
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
    if (m_pos >= m_size || m_data[m_pos] != '>')
        return malformed(u"'>' expected to close the end tag %1"_s.arg(quoted(*name)), m_pos);
    ++m_pos;
    Element *open = m_open.back();
    if (open->m_name->key != *name)
        return malformed(u"end tag %1 does not match the start tag '%2' at %3"_s.arg(
                                 quoted(*name), open->qualifiedName(), open->position().toString()),
                         start);
    open->m_endTagBegin = qint32(start);
    open->m_end = qint32(m_pos);
    m_open.pop_back();
    m_scopes.resize(m_scopeMarks.back());
    m_scopeMarks.pop_back();
    return {};
}

} // namespace ovf::xml
