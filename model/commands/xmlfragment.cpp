#include "model/commands/xmlfragment.h"

#include "model/ovf/xmldocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::commands::fragment {

namespace {

// The prefix bound to `ns` on the detached chain, else at `scope` if the chain does not
// rebind it; null when there is none.
QString boundPrefix(const xml::Element *scope, const xml::Element *detached, QStringView ns, bool forAttribute)
{
    if (detached) {
        const QString p = detached->lookupPrefix(ns, forAttribute);
        if (!p.isNull())
            return p;
    }
    if (!scope)
        return {};
    const QString p = scope->lookupPrefix(ns, forAttribute);
    if (p.isNull())
        return {};
    if (detached) {
        const QString there = detached->lookupNamespace(p);
        if (!there.isNull() && there != ns)
            return {};
    }
    return p;
}

QString namespaceAt(const xml::Element *scope, const xml::Element *detached, QStringView prefix)
{
    if (detached) {
        const QString n = detached->lookupNamespace(prefix);
        if (!n.isNull())
            return n;
    }
    return scope ? scope->lookupNamespace(prefix) : QString();
}

xml::Attribute makeAttribute(xml::Document &doc, const QString &qualified, const QString &ns, const QString &value)
{
    xml::Attribute a;
    a.name = doc.internName(QStringView(qualified));
    a.namespaceUri = ns;
    a.value = value;
    return a;
}

} // namespace

std::unique_ptr<xml::Element> element(xml::Document &doc, const xml::Element *scope, const xml::Element *detachedParent,
                                      QStringView ns, QStringView local, QStringView preferred)
{
    if (ns.isEmpty()) {
        auto e = doc.createElement(nullptr, u"", local, u"");
        if (!namespaceAt(scope, detachedParent, u"").isEmpty())
            doc.swapAttributes(e.get(), {makeAttribute(doc, u"xmlns"_s, xml::xmlnsNamespace.toString(), QString())});
        return e;
    }
    const QString prefix = boundPrefix(scope, detachedParent, ns, false);
    if (prefix.isNull()) {
        QString p = preferred.toString();
        for (int n = 2; !namespaceAt(scope, detachedParent, p).isNull()
                        && namespaceAt(scope, detachedParent, p) != ns; ++n)
            p = preferred.toString() + QString::number(n);
        return doc.createElement(nullptr, ns, local, p); // declares p
    }
    auto e = doc.createElement(nullptr, ns, local, prefix);
    doc.swapAttributes(e.get(), {}); // the prefix is bound in scope: drop the declaration
    return e;
}

void setAttribute(xml::Document &doc, xml::Element *element, const xml::Element *scope, QStringView ns,
                  QStringView local, const QString &value, QStringView preferred)
{
    std::vector<xml::Attribute> attrs = element->attributes();
    std::erase_if(attrs, [&](const xml::Attribute &a) {
        return !a.isNamespaceDeclaration() && a.name->local == local && a.namespaceUri == ns;
    });
    QString qualified = local.toString();
    if (!ns.isEmpty()) {
        QString prefix = boundPrefix(scope, element, ns, true);
        if (prefix.isNull()) {
            prefix = preferred.isEmpty() ? u"ns"_s : preferred.toString();
            for (int n = 2; !namespaceAt(scope, element, prefix).isNull(); ++n)
                prefix = (preferred.isEmpty() ? u"ns"_s : preferred.toString()) + QString::number(n);
            attrs.push_back(makeAttribute(doc, u"xmlns:"_s + prefix, xml::xmlnsNamespace.toString(), ns.toString()));
        }
        qualified = prefix + u':' + local;
    }
    attrs.push_back(makeAttribute(doc, qualified, ns.toString(), value));
    doc.swapAttributes(element, std::move(attrs));
}

void declare(xml::Document &doc, xml::Element *element, const xml::Element *scope, QStringView ns,
             QStringView preferred)
{
    if (!boundPrefix(scope, element, ns, true).isNull())
        return;
    QString prefix = preferred.toString();
    for (int n = 2; !namespaceAt(scope, element, prefix).isNull(); ++n)
        prefix = preferred.toString() + QString::number(n);
    std::vector<xml::Attribute> attrs = element->attributes();
    attrs.push_back(makeAttribute(doc, u"xmlns:"_s + prefix, xml::xmlnsNamespace.toString(), ns.toString()));
    doc.swapAttributes(element, std::move(attrs));
}

void append(xml::Document &doc, xml::Element *parent, std::unique_ptr<xml::Node> child)
{
    std::vector<std::unique_ptr<xml::Node>> nodes;
    nodes.push_back(std::move(child));
    doc.spliceChildren(parent, parent->childCount(), 0, std::move(nodes));
}

xml::Element *appendTextElement(xml::Document &doc, xml::Element *parent, const xml::Element *scope, QStringView ns,
                                QStringView local, const QString &text)
{
    auto e = element(doc, scope, parent, ns, local);
    xml::Element *raw = e.get();
    if (!text.isEmpty())
        append(doc, raw, doc.createText(text));
    append(doc, parent, std::move(e));
    return raw;
}

void indent(xml::Document &doc, xml::Element *root, const QString &indent, const QString &unit)
{
    if (!root->firstChildElement())
        return;
    for (const auto &c : root->children()) {
        if (!c->isElement() && !isWhitespaceText(c.get()))
            return; // mixed content: leave as is
    }
    const QString inner = indent + unit;
    for (int i = root->childCount() - 1; i >= 0; --i) {
        if (root->child(i)->isElement()) {
            fragment::indent(doc, root->child(i)->toElement(), inner, unit);
            std::vector<std::unique_ptr<xml::Node>> ws;
            ws.push_back(doc.createText(u'\n' + inner));
            doc.spliceChildren(root, i, 0, std::move(ws));
        }
    }
    append(doc, root, doc.createText(u'\n' + indent));
}

std::unique_ptr<xml::Element> clone(xml::Document &doc, const xml::Element *source)
{
    auto e = source->namespaceUri().isEmpty() ? doc.createElement(nullptr, u"", source->localName(), u"")
                                              : doc.createElement(nullptr, source->namespaceUri(),
                                                                  source->localName(), source->prefix());
    std::vector<xml::Attribute> attrs = source->attributes();
    for (xml::Attribute &a : attrs) {
        a.rawBegin = a.rawEnd = -1;
        a.name = doc.internName(QStringView(a.name->qualified)); // the source may be another document
    }
    doc.swapAttributes(e.get(), std::move(attrs));
    for (const auto &c : source->children()) {
        switch (c->kind()) {
        case xml::NodeKind::Element:
            append(doc, e.get(), clone(doc, c->toElement()));
            break;
        case xml::NodeKind::Text:
        case xml::NodeKind::CData:
            append(doc, e.get(), doc.createText(c->text()));
            break;
        case xml::NodeKind::Comment:
            append(doc, e.get(), doc.createComment(c->text()));
            break;
        case xml::NodeKind::ProcessingInstruction:
        case xml::NodeKind::XmlDeclaration:
            break;
        }
    }
    return e;
}

bool isWhitespaceText(const xml::Node *node)
{
    if (!node || node->kind() != xml::NodeKind::Text)
        return false;
    const QString t = node->text();
    return std::all_of(t.begin(), t.end(), [](QChar c) { return c.isSpace(); });
}

QString indentOf(const xml::Element *element)
{
    const xml::Node *prev = element->previousSibling();
    if (!isWhitespaceText(prev))
        return {};
    const QString t = prev->text();
    const qsizetype nl = t.lastIndexOf(u'\n');
    return nl < 0 ? QString() : t.mid(nl + 1);
}

QString indentUnit(const xml::Element *element)
{
    auto unitAt = [](const xml::Element *e) -> QString {
        if (!e || !e->parent())
            return {};
        const QString a = indentOf(e);
        const QString b = e->parent()->parent() ? indentOf(e->parent()) : QString();
        return a.size() > b.size() && a.startsWith(b) ? a.mid(b.size()) : QString();
    };
    if (const QString u = unitAt(element->firstChildElement()); !u.isEmpty())
        return u;
    for (const xml::Element *e = element; e; e = e->parent()) {
        if (const QString u = unitAt(e); !u.isEmpty())
            return u;
    }
    return u"  "_s;
}

Insertion insertion(xml::Document &doc, xml::Element *parent, int elementIndex, std::unique_ptr<xml::Node> element)
{
    Insertion ins;
    const QList<xml::Element *> kids = parent->childElements();
    auto whitespaceCopy = [&](const xml::Node *n) { return doc.createText(n->text()); };
    if (kids.isEmpty()) {
        bool onlyWhitespace = true;
        for (const auto &c : parent->children())
            onlyWhitespace = onlyWhitespace && isWhitespaceText(c.get());
        if (!onlyWhitespace) {
            ins.nodeIndex = parent->childCount();
            ins.nodes.push_back(std::move(element));
            return ins;
        }
        const QString outer = indentOf(parent);
        ins.nodes.push_back(doc.createText(u'\n' + outer + indentUnit(parent)));
        ins.nodes.push_back(std::move(element));
        if (parent->childCount() == 0)
            ins.nodes.push_back(doc.createText(u'\n' + outer));
        ins.nodeIndex = 0;
        return ins;
    }
    if (elementIndex >= 0 && elementIndex < kids.size()) {
        const xml::Element *target = kids[elementIndex];
        ins.nodeIndex = parent->indexOf(target);
        ins.nodes.push_back(std::move(element));
        if (isWhitespaceText(target->previousSibling()))
            ins.nodes.push_back(whitespaceCopy(target->previousSibling()));
        return ins;
    }
    const xml::Element *last = kids.last();
    ins.nodeIndex = parent->indexOf(last) + 1;
    if (isWhitespaceText(last->previousSibling()))
        ins.nodes.push_back(whitespaceCopy(last->previousSibling()));
    ins.nodes.push_back(std::move(element));
    return ins;
}

NodeRange removalRange(const xml::Element *element)
{
    const int index = element->indexInParent();
    if (isWhitespaceText(element->previousSibling()))
        return {index - 1, 2};
    return {index, 1};
}

int elementIndex(const xml::Element *element)
{
    int n = 0;
    for (const xml::Node *s = element->previousSibling(); s; s = s->previousSibling())
        n += s->isElement();
    return n;
}

namespace {

bool resolves(const xml::Element *e, QSet<QString> declared, const xml::Element *oldScope,
              const xml::Element *newScope)
{
    for (const xml::Attribute &a : e->attributes()) {
        if (a.isNamespaceDeclaration())
            declared.insert(a.declaredPrefix());
    }
    auto same = [&](const QString &prefix) {
        if (declared.contains(prefix))
            return true;
        const QString before = oldScope ? oldScope->lookupNamespace(prefix) : QString();
        const QString after = newScope->lookupNamespace(prefix);
        return before.isEmpty() ? after.isEmpty() : before == after;
    };
    if (!same(e->prefix()))
        return false;
    for (const xml::Attribute &a : e->attributes()) {
        if (!a.isNamespaceDeclaration() && !a.name->prefix.isEmpty() && a.name->prefix != u"xml"
            && !same(a.name->prefix))
            return false;
    }
    for (const xml::Element *c : e->childElements()) {
        if (!resolves(c, declared, oldScope, newScope))
            return false;
    }
    return true;
}

} // namespace

bool prefixesResolveAt(const xml::Element *subtree, const xml::Element *newParent)
{
    return resolves(subtree, {}, subtree->parent(), newParent);
}

} // namespace ovf::commands::fragment
