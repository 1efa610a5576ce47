#include "model/ovf/ovfelement.h"

#include "model/ovf/namespaces.h"

namespace ovf {

bool isOvfNamed(const xml::Element *e, QStringView local)
{
    return e && e->localName() == local && ns::isOvfElement(e->namespaceUri());
}

xml::Element *ovfChild(const xml::Element *parent, QStringView local)
{
    if (!parent)
        return nullptr;
    for (const auto &c : parent->children()) {
        if (!c->isElement())
            continue;
        auto *e = static_cast<xml::Element *>(c.get());
        if (isOvfNamed(e, local))
            return e;
    }
    return nullptr;
}

QList<xml::Element *> ovfChildren(const xml::Element *parent, QStringView local)
{
    QList<xml::Element *> out;
    if (!parent)
        return out;
    for (const auto &c : parent->children()) {
        if (!c->isElement())
            continue;
        auto *e = static_cast<xml::Element *>(c.get());
        if (isOvfNamed(e, local))
            out.append(e);
    }
    return out;
}

const xml::Attribute *ovfAttribute(const xml::Element *e, QStringView local)
{
    if (!e)
        return nullptr;
    for (const xml::Attribute &a : e->attributes()) {
        if (a.name->local == local && ns::isOvf(a.namespaceUri))
            return &a;
    }
    return nullptr;
}

QString ovfAttr(const xml::Element *e, QStringView local, const QString &fallback)
{
    const xml::Attribute *a = ovfAttribute(e, local);
    return a ? a->value : fallback;
}

bool hasOvfAttr(const xml::Element *e, QStringView local)
{
    return ovfAttribute(e, local) != nullptr;
}

std::optional<bool> parseXsBoolean(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t == u"1")
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t == u"0")
        return false;
    return std::nullopt;
}

xml::Element *anyChild(const xml::Element *parent, QStringView local)
{
    if (!parent)
        return nullptr;
    for (const auto &c : parent->children()) {
        if (c->isElement() && static_cast<xml::Element *>(c.get())->localName() == local)
            return static_cast<xml::Element *>(c.get());
    }
    return nullptr;
}

QList<xml::Element *> anyChildren(const xml::Element *parent, QStringView local)
{
    QList<xml::Element *> out;
    if (!parent)
        return out;
    for (const auto &c : parent->children()) {
        if (c->isElement() && static_cast<xml::Element *>(c.get())->localName() == local)
            out.append(static_cast<xml::Element *>(c.get()));
    }
    return out;
}

LocalizedText localizedText(xml::Element *e)
{
    LocalizedText t;
    if (!e)
        return t;
    t.element = e;
    t.text = e->text();
    t.msgid = ovfAttr(e, u"msgid");
    return t;
}

} // namespace ovf
