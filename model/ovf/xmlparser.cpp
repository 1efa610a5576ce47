#include "model/ovf/xmlparser.h"

#include "model/ovf/xmlchars.h"

#include <QHash>

#include <algorithm>
#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ovf::xml {

namespace {

QString quoted(std::string_view s)
{
    return u"'"_s + decodeUtf8(s) + u"'"_s;
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

// XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>' (XML 1.0 §2.8, §4.3.3).
std::expected<void, ParseError> Parser::parseXmlDeclaration()
{
    static constexpr std::string_view names[] = {"version", "encoding", "standalone"};
    m_pos = 5;
    int next = 0; // index into names of the first pseudo-attribute still allowed
    for (;;) {
        const qint64 wsBegin = m_pos;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos + 1 < m_size && m_data[m_pos] == '?' && m_data[m_pos + 1] == '>')
            break;
        if (m_pos == wsBegin || m_pos >= m_size)
            return malformed(u"the XML declaration is not closed with '?>'"_s, m_pos);
        const qint64 nameBegin = m_pos;
        while (m_pos < m_size && m_data[m_pos] >= 'a' && m_data[m_pos] <= 'z')
            ++m_pos;
        const std::string_view name(m_data + nameBegin, size_t(m_pos - nameBegin));
        int which = -1;
        for (int i = next; i < 3; ++i) {
            if (names[i] == name)
                which = i;
        }
        if (which < 0 || (next == 0 && which != 0))
            return malformed(next == 0 ? u"the XML declaration must start with version=\"1.0\""_s
                                       : u"unexpected text in the XML declaration"_s,
                             nameBegin);
        next = which + 1;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size || m_data[m_pos] != '=')
            return malformed(u"'=' expected in the XML declaration"_s, m_pos);
        ++m_pos;
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size || (m_data[m_pos] != '"' && m_data[m_pos] != '\''))
            return malformed(u"a quoted value is expected in the XML declaration"_s, m_pos);
        const char quote = m_data[m_pos];
        const qint64 valueBegin = ++m_pos;
        while (m_pos < m_size && m_data[m_pos] != quote && m_data[m_pos] != '<' && m_data[m_pos] != '>')
            ++m_pos;
        if (m_pos >= m_size || m_data[m_pos] != quote)
            return malformed(u"unterminated value in the XML declaration"_s, valueBegin);
        const std::string_view value(m_data + valueBegin, size_t(m_pos - valueBegin));
        ++m_pos;
        bool ok = !value.empty();
        if (which == 0) { // VersionNum ::= '1.' [0-9]+
            ok = value.size() > 2 && value.starts_with("1.")
                && std::all_of(value.begin() + 2, value.end(), [](char c) { return c >= '0' && c <= '9'; });
        } else if (which == 1) { // EncName ::= [A-Za-z] ([A-Za-z0-9._] | '-')*
            ok = ok && std::isalpha(static_cast<unsigned char>(value[0]))
                && std::all_of(value.begin(), value.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
                   });
        } else {
            ok = value == "yes" || value == "no";
        }
        if (!ok)
            return malformed(u"invalid %1 in the XML declaration"_s.arg(QString::fromLatin1(name.data(), qsizetype(name.size()))),
                             valueBegin);
    }
    auto node = std::make_unique<CharacterData>(NodeKind::XmlDeclaration, &m_doc);
    node->m_begin = 0;
    node->m_end = qint32(m_pos + 2);
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
    if (m_pos < m_size && !isSpace(m_data[m_pos]) && !(m_data[m_pos] == '?' && m_pos + 1 < m_size && m_data[m_pos + 1] == '>'))
        return malformed(u"whitespace or '?>' expected after the processing instruction's target"_s, m_pos);
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
        e.doctypeName = decodeUtf8(*name);
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
        m_firstElementName = decodeUtf8(*name);
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
        if (a.name->prefix.isEmpty() && a.name->qualified.contains(u':'))
            return malformed(u"'%1' is not a valid qualified name"_s.arg(a.name->qualified), attrName->data() - m_data);
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
