// `ovfctl info` for OVF environment documents (DSP0243 §11; schema DSP8027): what a
// deployment platform hands to a guest.

#include "app/cli/infocollect.h"

#include "model/ovf/descriptor.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::xml::Element;

// Environment elements are in the environment namespace; oe:key and oe:value too, although
// some generators write them unprefixed.
Element *child(const Element *parent, QStringView local)
{
    return parent ? parent->firstChildElement(ovf::ns::OvfEnvironment, local) : nullptr;
}

QString envAttribute(const Element *e, QStringView local)
{
    if (const ovf::xml::Attribute *a = e->attribute(ovf::ns::OvfEnvironment, local))
        return a->value;
    return e->attributeValue({}, local);
}

QJsonValue childText(const Element *parent, QStringView local)
{
    const Element *c = child(parent, local);
    return c ? QJsonValue(c->text().trimmed()) : QJsonValue();
}

QJsonArray properties(const Element *scope)
{
    QJsonArray out;
    const Element *section = child(scope, u"PropertySection");
    if (!section)
        return out;
    for (const Element *p : section->childElements(ovf::ns::OvfEnvironment, u"Property")) {
        out.append(QJsonObject{
            {u"key"_s, envAttribute(p, u"key")},
            {u"value"_s, envAttribute(p, u"value")},
            {u"line"_s, p->position().line},
        });
    }
    return out;
}

QJsonValue platform(const Element *root)
{
    const Element *p = child(root, u"PlatformSection");
    if (!p)
        return {};
    return QJsonObject{
        {u"kind"_s, childText(p, u"Kind")},
        {u"version"_s, childText(p, u"Version")},
        {u"vendor"_s, childText(p, u"Vendor")},
        {u"locale"_s, childText(p, u"Locale")},
        {u"timeZone"_s, childText(p, u"TimeZone")},
    };
}

QJsonArray entities(const Element *scope)
{
    QJsonArray out;
    for (const Element *e : scope->childElements(ovf::ns::OvfEnvironment, u"Entity")) {
        out.append(QJsonObject{
            {u"id"_s, envAttribute(e, u"id")},
            {u"properties"_s, properties(e)},
            {u"entities"_s, entities(e)},
        });
    }
    return out;
}

} // namespace

QJsonObject describeEnvironment(const ovf::Descriptor &descriptor)
{
    const Element *root = descriptor.xml().root();
    const QString id = envAttribute(root, u"id");
    return QJsonObject{
        {u"file"_s, descriptor.fileName()},
        {u"loaded"_s, true},
        {u"kind"_s, u"environment"_s},
        {u"versionDescription"_s, descriptor.versionDescription()},
        {u"namespace"_s, descriptor.envelopeNamespace()},
        {u"encoding"_s, descriptor.xml().encoding()},
        {u"id"_s, id.isEmpty() ? QJsonValue() : QJsonValue(id)},
        {u"platform"_s, platform(root)},
        {u"properties"_s, properties(root)},
        {u"entities"_s, entities(root)},
    };
}

} // namespace ovfctl
