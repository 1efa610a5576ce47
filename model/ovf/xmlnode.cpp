#include "model/ovf/xmlnode.h"

#include "model/ovf/xmlchars.h"
#include "model/ovf/xmldocument.h"
#include "model/ovf/xmlwriter.h"

using namespace Qt::StringLiterals;

namespace ovf::xml {

namespace {

// Resolves the five predefined entities and character references and applies XML 1.0 §2.11
// end-of-line handling. The parser has already checked every reference.
QString decodeText(std::string_view raw)
{
    if (raw.find_first_of("&\r") == std::string_view::npos)
        return decodeUtf8(raw);
    QString out;
    out.reserve(qsizetype(raw.size()));
    size_t i = 0;
    while (i < raw.size()) {
        const size_t j = raw.find_first_of("&\r", i);
        const size_t stop = j == std::string_view::npos ? raw.size() : j;
        out += decodeUtf8(raw.substr(i, stop - i));
        if (stop == raw.size())
            break;
        if (raw[stop] == '\r') {
            out += u'\n';
            i = stop + ((stop + 1 < raw.size() && raw[stop + 1] == '\n') ? 2 : 1);
            continue;
        }
        const size_t semi = raw.find(';', stop);
        appendReference(raw.substr(stop + 1, semi - stop - 1), out);
        i = semi + 1;
    }
    return out;
}

QString normalizeLineEnds(std::string_view raw)
{
    QString s = decodeUtf8(raw);
    if (s.contains(u'\r')) {
        s.replace(u"\r\n"_s, u"\n"_s);
        s.replace(u'\r', u'\n');
    }
    return s;
}

} // namespace

QString SourcePos::toString() const
{
    return isValid() ? u"%1:%2"_s.arg(line).arg(column) : u"(new)"_s;
}

QString Attribute::declaredPrefix() const
{
    return name->prefix.isEmpty() ? QString() : name->local;
}

Node::~Node() = default;

Element *Node::toElement()
{
    return isElement() ? static_cast<Element *>(this) : nullptr;
}

const Element *Node::toElement() const
{
    return isElement() ? static_cast<const Element *>(this) : nullptr;
}

int Node::indexInParent() const
{
    return m_parent ? m_parent->indexOf(this) : -1;
}

Node *Node::nextSibling() const
{
    if (!m_parent)
        return nullptr;
    const int i = indexInParent();
    return i + 1 < m_parent->childCount() ? m_parent->child(i + 1) : nullptr;
}

Node *Node::previousSibling() const
{
    if (!m_parent)
        return nullptr;
    const int i = indexInParent();
    return i > 0 ? m_parent->child(i - 1) : nullptr;
}

QString Node::text() const
{
    if (const Element *e = toElement()) {
        QString all;
        for (const auto &c : e->children()) {
            if (c->kind() == NodeKind::Text || c->kind() == NodeKind::CData || c->isElement())
                all += c->text();
        }
        return all;
    }
    if (m_dirty || m_begin < 0)
        return m_text;
    const char *src = m_doc->source().constData();
    const std::string_view raw(src + m_begin, size_t(m_end - m_begin));
    switch (m_kind) {
    case NodeKind::Text:
        return decodeText(raw);
    case NodeKind::CData:
        return normalizeLineEnds(raw.substr(9, raw.size() - 12));
    case NodeKind::Comment:
        return normalizeLineEnds(raw.substr(4, raw.size() - 7));
    case NodeKind::ProcessingInstruction:
    case NodeKind::XmlDeclaration:
        return normalizeLineEnds(raw.substr(2, raw.size() - 4));
    case NodeKind::Element:
        break;
    }
    return {};
}

SourcePos Node::position() const
{
    return m_begin >= 0 ? m_doc->positionOf(m_begin) : SourcePos();
}

QString Node::toXml() const
{
    Writer w(*m_doc);
    w.write(this);
    return decodeUtf8(w.output());
}

const Attribute *Element::attribute(QStringView ns, QStringView local) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name->local == local && a.namespaceUri == ns && !a.isNamespaceDeclaration())
            return &a;
    }
    return nullptr;
}

QString Element::attributeValue(QStringView ns, QStringView local, const QString &fallback) const
{
    const Attribute *a = attribute(ns, local);
    return a ? a->value : fallback;
}

QString Element::lookupNamespace(QStringView prefix) const
{
    if (prefix == u"xml")
        return xmlNamespace.toString();
    for (const Element *e = this; e; e = e->parent()) {
        for (const Attribute &a : e->m_attributes) {
            if (a.isNamespaceDeclaration() && a.declaredPrefix() == prefix)
                return a.value;
        }
    }
    return prefix.isEmpty() ? QString(u""_s) : QString();
}

QString Element::lookupPrefix(QStringView ns, bool forAttribute) const
{
    if (m_namespaceUri == ns && (!forAttribute || !prefix().isEmpty()))
        return prefix().isNull() ? u""_s : prefix();
    for (const Element *e = this; e; e = e->parent()) {
        for (const Attribute &a : e->m_attributes) {
            if (!a.isNamespaceDeclaration() || a.value != ns)
                continue;
            const QString p = a.declaredPrefix();
            if (forAttribute && p.isEmpty())
                continue;
            // Still bound to the same namespace here (not shadowed below)?
            if (lookupNamespace(p) == ns)
                return p.isNull() ? u""_s : p;
        }
    }
    return {};
}

int Element::indexOf(const Node *child) const
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i].get() == child)
            return int(i);
    }
    return -1;
}

QList<Element *> Element::childElements() const
{
    QList<Element *> out;
    for (const auto &c : m_children) {
        if (c->isElement())
            out.append(static_cast<Element *>(c.get()));
    }
    return out;
}

QList<Element *> Element::childElements(QStringView ns, QStringView local) const
{
    QList<Element *> out;
    for (const auto &c : m_children) {
        if (c->isElement() && static_cast<Element *>(c.get())->is(ns, local))
            out.append(static_cast<Element *>(c.get()));
    }
    return out;
}

Element *Element::firstChildElement() const
{
    for (const auto &c : m_children) {
        if (c->isElement())
            return static_cast<Element *>(c.get());
    }
    return nullptr;
}

Element *Element::firstChildElement(QStringView ns, QStringView local) const
{
    for (const auto &c : m_children) {
        if (c->isElement() && static_cast<Element *>(c.get())->is(ns, local))
            return static_cast<Element *>(c.get());
    }
    return nullptr;
}

Element *Element::nextSiblingElement() const
{
    if (!parent())
        return nullptr;
    const auto &siblings = parent()->children();
    bool after = false;
    for (const auto &c : siblings) {
        if (after && c->isElement())
            return static_cast<Element *>(c.get());
        if (c.get() == this)
            after = true;
    }
    return nullptr;
}

QString Element::path() const
{
    QStringList parts;
    for (const Element *e = this; e; e = e->parent()) {
        int index = 1, total = 0;
        if (const Element *p = e->parent()) {
            for (const auto &c : p->children()) {
                if (!c->isElement() || static_cast<const Element *>(c.get())->name() != e->name())
                    continue;
                ++total;
                if (c.get() == e)
                    index = total;
            }
        }
        parts.prepend(total > 1 ? u"%1[%2]"_s.arg(e->localName()).arg(index) : e->localName());
    }
    return u"/"_s + parts.join(u'/');
}

} // namespace ovf::xml
