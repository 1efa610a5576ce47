#include "model/ovf/xmldocument.h"

#include "model/ovf/xmlchars.h"
#include "model/ovf/xmlparser.h"
#include "model/ovf/xmlwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ovf::xml {

namespace {

struct Detected
{
    QString encoding; // empty: UTF-8
    int bomLength = 0;
    QString warning;
    QString error;
};

// The encoding named by the XML declaration, read from an ASCII-compatible prefix.
QString declaredEncoding(const QByteArray &bytes, int from)
{
    const QByteArray head = bytes.mid(from, 200);
    if (!head.startsWith("<?xml"))
        return {};
    const int close = head.indexOf("?>");
    static const QRegularExpression re(uR"(encoding\s*=\s*["']([A-Za-z0-9._-]+)["'])"_s);
    const auto m = re.match(QString::fromLatin1(close > 0 ? head.left(close) : head));
    return m.hasMatch() ? m.captured(1) : QString();
}

// XML 1.0 Appendix F: a BOM decides; otherwise the declaration does. A declaration that
// claims UTF-16 over ASCII-compatible bytes (XenCenter writes such files) is read as UTF-8
// with a warning rather than refused.
Detected detectEncoding(const QByteArray &b)
{
    Detected d;
    auto starts = [&b](std::initializer_list<unsigned char> prefix) {
        if (b.size() < qsizetype(prefix.size()))
            return false;
        int i = 0;
        for (unsigned char c : prefix) {
            if (static_cast<unsigned char>(b[i++]) != c)
                return false;
        }
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF})) {
        d.bomLength = 3;
    } else if (starts({0xFF, 0xFE, 0x00, 0x00})) {
        d.encoding = u"UTF-32LE"_s;
        d.bomLength = 4;
    } else if (starts({0x00, 0x00, 0xFE, 0xFF})) {
        d.encoding = u"UTF-32BE"_s;
        d.bomLength = 4;
    } else if (starts({0xFF, 0xFE})) {
        d.encoding = u"UTF-16LE"_s;
        d.bomLength = 2;
    } else if (starts({0xFE, 0xFF})) {
        d.encoding = u"UTF-16BE"_s;
        d.bomLength = 2;
    } else if (starts({0x3C, 0x00})) { // '<' in UTF-16 without a byte order mark
        d.encoding = u"UTF-16LE"_s;
    } else if (starts({0x00, 0x3C})) {
        d.encoding = u"UTF-16BE"_s;
    }
    if (!d.encoding.isEmpty() || d.bomLength)
        return d;

    const QString declared = declaredEncoding(b, 0);
    const QString lower = declared.toLower();
    if (declared.isEmpty() || lower == u"utf-8" || lower == u"utf8")
        return d;
    if (lower == u"us-ascii" || lower == u"ascii") {
        // ASCII is a subset of UTF-8; non-ASCII bytes are caught by the UTF-8 check.
        return d;
    }
    if (lower.startsWith(u"utf-16") || lower.startsWith(u"utf-32") || lower == u"ucs-2") {
        d.warning = u"the XML declaration says encoding=\"%1\" but the bytes are 8-bit text; read as UTF-8"_s.arg(declared);
        return d;
    }
    QStringDecoder probe(declared.toLatin1().constData());
    if (!probe.isValid())
        d.error = u"unsupported character encoding '%1' in the XML declaration"_s.arg(declared);
    else
        d.encoding = declared;
    return d;
}

} // namespace

Document::Document() = default;
Document::~Document() = default;

std::expected<std::unique_ptr<Document>, ParseError> Document::load(const QString &path,
                                                                    const ParseLimits &limits)
{
    auto ioError = [&path](const QString &why) {
        ParseError e;
        e.kind = ParseError::Kind::Io;
        e.message = u"cannot read %1: %2"_s.arg(path, why);
        return std::unexpected(e);
    };
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return ioError(u"it is a folder"_s);
    if (info.exists() && !info.isFile())
        return ioError(u"it is not a regular file"_s); // a device or FIFO may never end
    if (!file.open(QIODevice::ReadOnly))
        return ioError(file.errorString());
    if (file.size() > limits.maxBytes) {
        ParseError e;
        e.kind = ParseError::Kind::TooLarge;
        e.message = u"the descriptor is %1 bytes, above the limit of %2 bytes"_s.arg(file.size()).arg(limits.maxBytes);
        return std::unexpected(e);
    }
    QByteArray bytes = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ioError(file.errorString());
    return parse(std::move(bytes), limits);
}

std::expected<std::unique_ptr<Document>, ParseError> Document::parse(QByteArray bytes,
                                                                     const ParseLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        ParseError e;
        e.kind = ParseError::Kind::TooLarge;
        e.message = u"the descriptor is %1 bytes, above the limit of %2 bytes"_s.arg(bytes.size()).arg(limits.maxBytes);
        return std::unexpected(e);
    }
    if (bytes.size() > std::numeric_limits<qint32>::max() / 2) {
        ParseError e;
        e.kind = ParseError::Kind::TooLarge;
        e.message = u"the descriptor is too large to edit (%1 bytes)"_s.arg(bytes.size());
        return std::unexpected(e);
    }
    auto doc = std::make_unique<Document>();
    const Detected enc = detectEncoding(bytes);
    if (!enc.error.isEmpty()) {
        ParseError e;
        e.kind = ParseError::Kind::Encoding;
        e.message = enc.error;
        e.position = {1, 1};
        return std::unexpected(e);
    }
    doc->m_bom = enc.bomLength > 0;
    if (enc.encoding.isEmpty()) {
        if (enc.bomLength) {
            doc->m_original = bytes;
            doc->m_source = bytes.mid(enc.bomLength);
        } else {
            doc->m_source = std::move(bytes);
        }
    } else {
        doc->m_encoding = enc.encoding;
        QStringDecoder decoder(enc.encoding.toLatin1().constData());
        const QByteArrayView body = QByteArrayView(bytes).sliced(enc.bomLength);
        const QString text = decoder.decode(body);
        const qsizetype unit = enc.encoding.startsWith(u"UTF-32") ? 4 : enc.encoding.startsWith(u"UTF-16") ? 2 : 1;
        if (decoder.hasError() || !text.isValidUtf16() || body.size() % unit) {
            ParseError e;
            e.kind = ParseError::Kind::Encoding;
            e.message = u"the file is not valid %1 text"_s.arg(enc.encoding);
            e.position = {1, 1};
            return std::unexpected(e);
        }
        doc->m_original = std::move(bytes);
        doc->m_source = text.toUtf8();
        if (doc->m_source.size() > std::numeric_limits<qint32>::max() / 2) {
            ParseError e;
            e.kind = ParseError::Kind::TooLarge;
            e.message = u"the descriptor is too large to edit once decoded (%1 bytes)"_s.arg(doc->m_source.size());
            return std::unexpected(e);
        }
    }
    if (!enc.warning.isEmpty())
        doc->m_warnings.push_back({enc.warning, {1, 1}});

    Parser parser(*doc, limits);
    if (auto ok = parser.run(); !ok)
        return std::unexpected(ok.error());
    return doc;
}

QByteArray Document::save() const
{
    if (m_revision == 0)
        return m_original.isEmpty() ? m_source : m_original;
    Writer writer(*this);
    for (const auto &node : m_topLevel)
        writer.write(node.get());
    QByteArray utf8 = std::move(writer.output());
    if (m_encoding == u"UTF-8")
        return m_bom ? QByteArray("\xEF\xBB\xBF") + utf8 : utf8;
    QStringEncoder encoder(m_encoding.toLatin1().constData(),
                           m_bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

QString Document::toString() const
{
    if (m_revision == 0)
        return QString::fromUtf8(m_source);
    Writer writer(*this);
    for (const auto &node : m_topLevel)
        writer.write(node.get());
    return QString::fromUtf8(writer.output());
}

// Where each line starts (memchr from one line end to the next), and on a line longer than
// 4 KiB a checkpoint every ~4 KiB with the column there, so that positionOf() counts at most
// 4 KiB of characters even on a one-line descriptor (XenCenter writes them). Only long lines
// are read a byte at a time.
void Document::buildLineIndex() const
{
    constexpr qint32 step = 4096;
    m_lineStarts.clear();
    m_checkpoints.clear();
    const char *src = m_source.constData();
    const qint32 n = qint32(m_source.size());
    for (qint32 start = 0;;) {
        m_lineStarts.push_back(start);
        const auto *newline = static_cast<const char *>(std::memchr(src + start, '\n', size_t(n - start)));
        const qint32 end = newline ? qint32(newline - src) : n;
        if (end - start > step) {
            qint32 column = 0; // characters from the line start to i
            qint32 next = start + step;
            for (qint32 i = start; i < end; ++i) {
                if ((static_cast<unsigned char>(src[i]) & 0xC0) == 0x80)
                    continue; // not the first byte of a character
                if (i >= next) {
                    m_checkpoints.push_back({i, column});
                    next = i + step;
                }
                ++column;
            }
        }
        if (!newline)
            break;
        start = end + 1;
    }
}

SourcePos Document::positionOf(qint64 offset) const
{
    if (offset < 0)
        return {};
    std::call_once(m_lineIndexOnce, [this] { buildLineIndex(); });
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), qint32(offset));
    const int line = int(it - m_lineStarts.begin());
    qint32 from = *(it - 1);
    int column = 1;
    // The last checkpoint at or before the offset, if it lies on the same line.
    const auto cp = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), qint32(offset),
                                     [](qint32 o, const Checkpoint &c) { return o < c.offset; });
    if (cp != m_checkpoints.begin() && (cp - 1)->offset >= from) {
        from = (cp - 1)->offset;
        column = (cp - 1)->column + 1;
    }
    const char *src = m_source.constData();
    for (qint64 i = from; i < offset && i < m_source.size(); ++i) {
        if ((static_cast<unsigned char>(src[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

const Name *Document::internName(std::string_view utf8)
{
    if (auto it = m_nameIndex.find(utf8); it != m_nameIndex.end())
        return it->second;
    Name &n = m_names.emplace_back();
    n.key.assign(utf8);
    n.qualified = decodeUtf8(utf8);
    const qsizetype colon = n.qualified.indexOf(u':');
    if (colon > 0 && colon + 1 < n.qualified.size() && n.qualified.indexOf(u':', colon + 1) < 0) {
        n.prefix = n.qualified.left(colon);
        n.local = n.qualified.mid(colon + 1);
    } else {
        n.local = n.qualified;
    }
    m_nameIndex.emplace(std::string_view(n.key), &n);
    return &n;
}

const Name *Document::internName(QStringView qualified)
{
    const QByteArray utf8 = qualified.toUtf8();
    return internName(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void Document::resolveNamespaces(Element *subtree)
{
    subtree->m_namespaceUri = subtree->lookupNamespace(subtree->prefix());
    for (Attribute &a : subtree->m_attributes) {
        const QString &prefix = a.name->prefix;
        if (a.name->qualified == u"xmlns" || prefix == u"xmlns")
            a.namespaceUri = xmlnsNamespace.toString();
        else if (prefix.isEmpty())
            a.namespaceUri.clear();
        else
            a.namespaceUri = subtree->lookupNamespace(prefix);
    }
    for (const auto &child : subtree->m_children) {
        if (child->isElement())
            resolveNamespaces(static_cast<Element *>(child.get()));
    }
}

void Document::markDirty(Node *node)
{
    ++m_revision;
    node->m_dirty = true;
    for (Element *p = node->parent(); p && !p->m_subtreeDirty; p = p->parent())
        p->m_subtreeDirty = true;
}

std::vector<std::unique_ptr<Node>> Document::spliceChildren(Element *parent, int index, int count,
                                                            std::vector<std::unique_ptr<Node>> replacement)
{
    Q_ASSERT(index >= 0 && count >= 0 && index + count <= parent->childCount());
    auto &kids = parent->m_children;
    std::vector<std::unique_ptr<Node>> removed;
    removed.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        removed.push_back(std::move(kids[size_t(index + i)]));
        removed.back()->m_parent = nullptr;
    }
    kids.erase(kids.begin() + index, kids.begin() + index + count);
    for (auto &node : replacement)
        node->m_parent = parent;
    kids.insert(kids.begin() + index, std::make_move_iterator(replacement.begin()),
                std::make_move_iterator(replacement.end()));
    markDirty(parent);
    return removed;
}

std::vector<Attribute> Document::swapAttributes(Element *element, std::vector<Attribute> attributes)
{
    std::swap(element->m_attributes, attributes);
    element->m_startDirty = true;
    markDirty(element);
    return attributes;
}

std::unique_ptr<Element> Document::createElement(const Element *scope, QStringView ns, QStringView local,
                                                 QStringView preferredPrefix)
{
    auto e = std::make_unique<Element>(this);
    QString prefix = scope ? scope->lookupPrefix(ns) : QString();
    bool declare = false;
    if (prefix.isNull()) {
        prefix = preferredPrefix.toString();
        declare = true;
    }
    e->m_name = internName(QStringView(prefix.isEmpty() ? local.toString() : QString(prefix + u':' + local)));
    e->m_namespaceUri = ns.toString();
    if (ns.isEmpty() && scope && !scope->lookupNamespace(u"").isEmpty()) {
        // Undeclare the default namespace, or the element would land in it.
        Attribute undeclare;
        undeclare.name = internName(QStringView(u"xmlns"));
        undeclare.namespaceUri = xmlnsNamespace.toString();
        e->m_attributes.push_back(std::move(undeclare));
    }
    if (declare && !ns.isEmpty()) {
        Attribute decl;
        decl.name = internName(QStringView(prefix.isEmpty() ? u"xmlns"_s : QString(u"xmlns:"_s + prefix)));
        decl.namespaceUri = xmlnsNamespace.toString();
        decl.value = ns.toString();
        e->m_attributes.push_back(std::move(decl));
    }
    e->m_dirty = true;
    return e;
}

std::unique_ptr<CharacterData> Document::createText(const QString &text)
{
    auto t = std::make_unique<CharacterData>(NodeKind::Text, this);
    t->m_text = text;
    t->m_dirty = true;
    return t;
}

std::unique_ptr<CharacterData> Document::createComment(const QString &text)
{
    auto t = std::make_unique<CharacterData>(NodeKind::Comment, this);
    t->m_text = text;
    t->m_dirty = true;
    return t;
}

std::vector<Attribute> Document::withAttribute(const Element *element, QStringView ns, QStringView local,
                                               const QString &value, QStringView preferredPrefix)
{
    std::vector<Attribute> attrs = element->attributes();
    for (Attribute &a : attrs) {
        if (!a.isNamespaceDeclaration() && a.name->local == local && a.namespaceUri == ns) {
            a.value = value;
            a.rawBegin = a.rawEnd = -1;
            return attrs;
        }
    }
    Attribute a;
    a.namespaceUri = ns.toString();
    a.value = value;
    if (ns.isEmpty()) {
        a.name = internName(local);
    } else {
        QString prefix = element->lookupPrefix(ns, true);
        if (prefix.isEmpty()) {
            // A prefix bound nowhere in scope (nor by this edit), so that the declaration
            // shadows nothing the element or its descendants use.
            const QString base = preferredPrefix.isEmpty() ? u"ns"_s : preferredPrefix.toString();
            auto bound = [&](const QString &p) {
                if (!element->lookupNamespace(p).isNull())
                    return true;
                return std::any_of(attrs.begin(), attrs.end(), [&](const Attribute &a) {
                    return a.isNamespaceDeclaration() && a.declaredPrefix() == p;
                });
            };
            prefix = base;
            for (int n = 2; bound(prefix); ++n)
                prefix = base + QString::number(n);
            Attribute decl;
            decl.name = internName(QStringView(QString(u"xmlns:"_s + prefix)));
            decl.namespaceUri = xmlnsNamespace.toString();
            decl.value = ns.toString();
            attrs.push_back(std::move(decl));
        }
        a.name = internName(QStringView(QString(prefix + u':' + local)));
    }
    attrs.push_back(std::move(a));
    return attrs;
}

std::vector<Attribute> Document::withoutAttribute(const Element *element, QStringView ns,
                                                  QStringView local) const
{
    std::vector<Attribute> attrs = element->attributes();
    std::erase_if(attrs, [&](const Attribute &a) {
        return !a.isNamespaceDeclaration() && a.name->local == local && a.namespaceUri == ns;
    });
    return attrs;
}

} // namespace ovf::xml
