#include "model/ovf/attributechanges.h"

#include "model/ovf/elementpath.h"
#include "model/ovf/xmldocument.h"

#include <algorithm>

namespace ovf::xml {

namespace {

QList<AttributeChanges::Value> valuesOf(const Element *element)
{
    QList<AttributeChanges::Value> values;
    values.reserve(qsizetype(element->attributes().size()));
    for (const Attribute &a : element->attributes())
        values.append({a.name->qualified, a.namespaceUri, a.value, a.rawBegin >= 0});
    return values;
}

bool sameContent(const QList<AttributeChanges::Value> &a, const QList<AttributeChanges::Value> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).qualified != b.at(i).qualified || a.at(i).namespaceUri != b.at(i).namespaceUri
            || a.at(i).value != b.at(i).value)
            return false;
    }
    return true;
}

} // namespace

std::expected<AttributeChanges, QString> AttributeChanges::between(const Document &from, const Document &to)
{
    AttributeChanges changes;
    if (!from.root() || !to.root())
        return std::unexpected(tr("a document has no root element"));
    // Depth-first over both trees at once; an explicit stack (descriptors may nest deeply).
    struct Pair { const Element *a; const Element *b; };
    std::vector<Pair> stack{{from.root(), to.root()}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (a->qualifiedName() != b->qualifiedName())
            return std::unexpected(tr("%1: the element became %2").arg(a->path(), b->qualifiedName()));
        if (a->childCount() != b->childCount())
            return std::unexpected(tr("%1: its children changed").arg(a->path()));
        const QList<Value> before = valuesOf(a);
        const QList<Value> after = valuesOf(b);
        if (before != after)
            changes.m_changes.append({ElementPath::of(a), before, after});
        for (int i = a->childCount() - 1; i >= 0; --i) {
            const Node *x = a->child(i);
            const Node *y = b->child(i);
            if (x->kind() != y->kind())
                return std::unexpected(tr("%1: its children changed").arg(a->path()));
            if (x->isElement())
                stack.push_back({x->toElement(), y->toElement()});
            else if (x->text() != y->text())
                return std::unexpected(tr("%1: its text changed").arg(a->path()));
        }
    }
    // Document order, for whoever lists them.
    std::sort(changes.m_changes.begin(), changes.m_changes.end(),
              [](const Change &l, const Change &r) { return l.path < r.path; });
    return changes;
}

std::expected<std::vector<Attribute>, QString> AttributeChanges::attributesFor(Document &document,
                                                                                const Element *element,
                                                                                const Change &change)
{
    if (!element)
        return std::unexpected(tr("an element the change is about is missing"));
    if (!sameContent(valuesOf(element), change.before))
        return std::unexpected(tr("%1: its attributes are not the ones the change starts from").arg(element->path()));
    std::vector<Attribute> attributes;
    attributes.reserve(size_t(change.after.size()));
    for (const Value &v : change.after) {
        if (v.kept) {
            const auto own = std::find_if(element->attributes().begin(), element->attributes().end(),
                                          [&](const Attribute &a) { return a.name->qualified == v.qualified && a.value == v.value; });
            if (own != element->attributes().end()) {
                attributes.push_back(*own);
                continue;
            }
        }
        Attribute a;
        a.name = document.internName(QStringView(v.qualified));
        a.namespaceUri = v.namespaceUri;
        a.value = v.value;
        attributes.push_back(std::move(a));
    }
    return attributes;
}

} // namespace ovf::xml
