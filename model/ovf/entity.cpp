#include "model/ovf/entity.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/productsection.h"

using namespace Qt::StringLiterals;

namespace ovf {

bool Entity::isEntity(const xml::Element *e)
{
    if (!e || !ns::isOvfElement(e->namespaceUri()))
        return false;
    const QString &l = e->localName();
    if (l == u"VirtualSystem" || l == u"VirtualSystemCollection")
        return true;
    if (l == u"Content") {
        const QString t = legacyTypeName(e);
        return t == u"VirtualSystem" || t == u"VirtualSystemCollection";
    }
    return false;
}

Entity::Kind Entity::kind() const
{
    if (!m_e)
        return Kind::VirtualSystem;
    const QString &l = m_e->localName();
    if (l == u"VirtualSystemCollection" || (l == u"Content" && legacyTypeName(m_e) == u"VirtualSystemCollection"))
        return Kind::VirtualSystemCollection;
    return Kind::VirtualSystem;
}

QString Entity::displayName() const
{
    if (hasId() && !id().isEmpty())
        return id();
    const QString n = name().text.trimmed();
    return n.isEmpty() ? u"(unnamed)"_s : n;
}

QList<Section> Entity::sections() const
{
    QList<Section> out;
    if (!m_e)
        return out;
    for (xml::Element *c : m_e->childElements()) {
        if (isSectionElement(c) && !isEntity(c))
            out.append(Section(c));
    }
    return out;
}

QList<Section> Entity::sections(SectionKind kind) const
{
    QList<Section> out;
    for (const Section &s : sections()) {
        if (s.kind() == kind)
            out.append(s);
    }
    return out;
}

Section Entity::section(SectionKind kind) const
{
    for (const Section &s : sections()) {
        if (s.kind() == kind)
            return s;
    }
    return {};
}

QList<ProductSection> Entity::productSections() const
{
    QList<ProductSection> out;
    for (const Section &s : sections(SectionKind::Product))
        out.append(ProductSection(s.element()));
    return out;
}

QList<Entity> Entity::children() const
{
    QList<Entity> out;
    if (!m_e || !isCollection())
        return out;
    for (xml::Element *c : m_e->childElements()) {
        if (isEntity(c))
            out.append(Entity(c));
    }
    return out;
}

Entity Entity::parentEntity() const
{
    xml::Element *p = m_e ? m_e->parent() : nullptr;
    return isEntity(p) ? Entity(p) : Entity();
}

QList<Entity> Entity::descendantsAndSelf() const
{
    QList<Entity> out;
    if (!m_e)
        return out;
    out.append(*this);
    for (const Entity &c : children())
        out.append(c.descendantsAndSelf());
    return out;
}

} // namespace ovf
