#include "model/ovf/envelope.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/units.h"

using namespace Qt::StringLiterals;

namespace ovf {

std::expected<quint64, QString> VirtualDisk::capacityBytes() const
{
    return parseByteQuantity(capacity(), capacityAllocationUnits());
}

QString StringsBundle::language() const
{
    return m_e ? m_e->attributeValue(xml::xmlNamespace, u"lang") : QString();
}

QList<Message> StringsBundle::messages() const
{
    QList<Message> out;
    for (xml::Element *m : children(u"Msg"))
        out.append({ovfAttr(m, u"msgid"), m->text(), m});
    return out;
}

QList<FileReference> Envelope::files() const
{
    QList<FileReference> out;
    for (xml::Element *f : ovfChildren(referencesElement(), u"File"))
        out.append(FileReference(f));
    return out;
}

FileReference Envelope::fileById(const QString &id) const
{
    for (const FileReference &f : files()) {
        if (f.id() == id)
            return f;
    }
    return {};
}

QList<Section> Envelope::sections() const
{
    QList<Section> out;
    if (!m_e)
        return out;
    for (xml::Element *c : m_e->childElements()) {
        if (isSectionElement(c) && !Entity::isEntity(c))
            out.append(Section(c));
    }
    return out;
}

Section Envelope::section(SectionKind kind) const
{
    for (const Section &s : sections()) {
        if (s.kind() == kind)
            return s;
    }
    return {};
}

QList<VirtualDisk> Envelope::disks() const
{
    QList<VirtualDisk> out;
    for (const Section &s : sections()) {
        if (s.kind() == SectionKind::Disk) {
            for (xml::Element *d : ovfChildren(s.element(), u"Disk"))
                out.append(VirtualDisk(d));
        }
    }
    return out;
}

QList<VirtualDisk> Envelope::sharedDisks() const
{
    QList<VirtualDisk> out;
    for (const Section &s : sections()) {
        if (s.kind() == SectionKind::SharedDisk) {
            for (xml::Element *d : ovfChildren(s.element(), u"SharedDisk"))
                out.append(VirtualDisk(d));
        }
    }
    return out;
}

QList<Network> Envelope::networks() const
{
    QList<Network> out;
    for (const Section &s : sections()) {
        if (s.kind() == SectionKind::Network) {
            for (xml::Element *n : ovfChildren(s.element(), u"Network"))
                out.append(Network(n));
        }
    }
    return out;
}

QList<Configuration> Envelope::configurations() const
{
    QList<Configuration> out;
    for (const Section &s : sections()) {
        if (s.kind() == SectionKind::DeploymentOption) {
            for (xml::Element *c : ovfChildren(s.element(), u"Configuration"))
                out.append(Configuration(c));
        }
    }
    return out;
}

Entity Envelope::content() const
{
    if (!m_e)
        return {};
    for (xml::Element *c : m_e->childElements()) {
        if (Entity::isEntity(c))
            return Entity(c);
    }
    return {};
}

QList<Entity> Envelope::allEntities() const
{
    QList<Entity> out;
    if (!m_e)
        return out;
    for (xml::Element *c : m_e->childElements()) {
        if (Entity::isEntity(c))
            out.append(Entity(c).descendantsAndSelf());
    }
    return out;
}

QList<StringsBundle> Envelope::stringsBundles() const
{
    QList<StringsBundle> out;
    for (xml::Element *s : children(u"Strings"))
        out.append(StringsBundle(s));
    return out;
}

QString Envelope::defaultLanguage() const
{
    return m_e ? m_e->attributeValue(xml::xmlNamespace, u"lang") : QString();
}

} // namespace ovf
