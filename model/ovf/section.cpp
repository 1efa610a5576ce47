#include "model/ovf/section.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/ovfschema.h"

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

// The local part of a QName-valued attribute such as xsi:type="ovf:DiskSection_Type",
// minus the "_Type" suffix; empty when it is not in an OVF namespace.
QString typeFromQName(const xml::Element *e, const QString &qname)
{
    const qsizetype colon = qname.indexOf(u':');
    const QString prefix = colon > 0 ? qname.left(colon) : QString(u""_s);
    const QString local = colon > 0 ? qname.mid(colon + 1) : qname;
    if (!ns::isOvf(e->lookupNamespace(prefix)))
        return {};
    return local.endsWith(u"_Type") ? local.chopped(5) : local;
}

} // namespace

QString legacyTypeName(const xml::Element *e)
{
    for (const xml::Attribute &a : e->attributes()) {
        if ((a.name->local == u"type" && a.namespaceUri == ns::Xsi)
            || (a.name->local == u"name" && a.namespaceUri == u"http://www.w3.org/2001/XMLSchema"))
            return typeFromQName(e, a.value);
    }
    return {};
}

QString sectionKindName(SectionKind kind)
{
    if (const SectionSchema *s = OvfSchema::section(kind))
        return s->element.toString();
    return u"Section"_s;
}

SectionKind sectionKindOf(const xml::Element *e)
{
    if (!e || !ns::isOvfElement(e->namespaceUri()))
        return SectionKind::Unknown;
    if (e->localName() == u"Section")
        return OvfSchema::kindOfElement(legacyTypeName(e));
    return OvfSchema::kindOfElement(e->localName());
}

bool isSectionElement(const xml::Element *e)
{
    if (!e)
        return false;
    if (!ns::isOvfElement(e->namespaceUri()))
        return true; // vendor elements in section position are extension sections
    const QString &l = e->localName();
    if (l == u"Info" || l == u"Name" || l == u"References" || l == u"Strings" || l == u"VirtualSystem"
        || l == u"VirtualSystemCollection")
        return false;
    if (l == u"Content")
        return false;
    return true;
}

QString Section::displayName() const
{
    if (!m_e)
        return {};
    if (isOvfNamed(m_e, u"Section")) {
        const QString t = legacyTypeName(m_e);
        return t.isEmpty() ? m_e->localName() : t;
    }
    return m_e->localName();
}

bool Section::isRequired() const
{
    const auto v = parseXsBoolean(attr(u"required", u"true"_s));
    return v.value_or(true);
}

bool Section::isExtension() const
{
    return kind() == SectionKind::Unknown;
}

} // namespace ovf
