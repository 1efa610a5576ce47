#include "model/commands/sectionrules.h"

#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmlnode.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

QString placeName(Container place)
{
    switch (place) {
    case Container::Envelope: return SectionRules::tr("the Envelope");
    case Container::VirtualSystem: return SectionRules::tr("a VirtualSystem");
    case Container::VirtualSystemCollection: return SectionRules::tr("a VirtualSystemCollection");
    }
    return {};
}

// Every value of `configuration` attributes (OVF-qualified or unqualified), and every text of
// elements with `local` name in any namespace, below `root`.
void collectReferences(const xml::Element *e, QSet<QString> &configurations, QStringList &hostResources,
                       QStringList &connections)
{
    for (const xml::Attribute &a : e->attributes()) {
        if (a.name->local == u"configuration" && (a.namespaceUri.isEmpty() || ns::isOvf(a.namespaceUri))) {
            for (const QString &t : a.value.split(u' ', Qt::SkipEmptyParts))
                configurations.insert(t);
        }
    }
    if (e->localName() == u"HostResource")
        hostResources << e->text().trimmed();
    else if (e->localName() == u"Connection")
        connections << e->text().trimmed();
    for (const xml::Element *c : e->childElements())
        collectReferences(c, configurations, hostResources, connections);
}

} // namespace

bool SectionRules::isAddable(SectionKind kind)
{
    switch (kind) {
    case SectionKind::PlacementGroup: // needs its policy and members chosen
    case SectionKind::Encryption: // needs keys and references
    case SectionKind::ScaleOut: // needs the replicated entity
    case SectionKind::Placement: // needs a placement group
    case SectionKind::Unknown: return false;
    default: return true;
    }
}

std::expected<void, QString> SectionRules::canAdd(const xml::Element *container, SectionKind kind)
{
    const SectionSchema *r = OvfSchema::section(kind);
    const auto place = OvfSchema::containerOf(container);
    if (!r || !place)
        return std::unexpected(tr("Sections can only be added to the Envelope, a VirtualSystem or a "
                                  "VirtualSystemCollection."));
    const QString name = r->element.toString();
    if (!r->allowedIn(*place))
        return std::unexpected(tr("%1 is not allowed in %2 (%3).").arg(name, placeName(*place),
                                                                        QString::fromLatin1(r->reference)));
    if (!r->repeatable()) {
        for (const xml::Element *c : container->childElements()) {
            if (isSectionElement(c) && sectionKindOf(c) == kind)
                return std::unexpected(tr("%1 already has a %2; there may be only one (%3).")
                                           .arg(container->path(), name, QString::fromLatin1(r->reference)));
        }
    }
    if (!isAddable(kind))
        return std::unexpected(tr("A %1 needs content this editor cannot choose for you; add it in the XML.")
                                   .arg(name));
    return {};
}

QList<SectionKind> SectionRules::addableIn(const xml::Element *container)
{
    QList<SectionKind> out;
    for (const SectionSchema &r : OvfSchema::sections()) {
        if (canAdd(container, r.kind))
            out << r.kind;
    }
    return out;
}

std::expected<void, QString> SectionRules::canRemove(const xml::Element *section, bool checkReferences)
{
    if (!section || !section->parent() || !isSectionElement(section))
        return std::unexpected(tr("Not a section."));
    const SectionKind kind = sectionKindOf(section);
    const xml::Element *container = section->parent();
    if (kind == SectionKind::VirtualHardware && OvfSchema::containerOf(container) == Container::VirtualSystem) {
        int count = 0;
        for (const xml::Element *c : container->childElements())
            count += isSectionElement(c) && sectionKindOf(c) == SectionKind::VirtualHardware;
        if (count == 1)
            return std::unexpected(tr("%1 is the only VirtualHardwareSection of its virtual system, which "
                                      "needs one (DSP0243 VirtualSystem_Type).").arg(section->path()));
    }
    if (!checkReferences
        || (kind != SectionKind::Disk && kind != SectionKind::Network && kind != SectionKind::DeploymentOption))
        return {};
    QSet<QString> configurations;
    QStringList hostResources, connections;
    const xml::Element *root = section;
    while (root->parent())
        root = root->parent();
    collectReferences(root, configurations, hostResources, connections);
    for (const xml::Element *c : section->childElements()) {
        QString id;
        bool used = false;
        if (kind == SectionKind::DeploymentOption && isOvfNamed(c, u"Configuration")) {
            id = ovfAttr(c, u"id");
            used = configurations.contains(id);
        } else if (kind == SectionKind::Disk && isOvfNamed(c, u"Disk")) {
            id = ovfAttr(c, u"diskId");
            used = hostResources.contains(u"ovf:/disk/"_s + id) || hostResources.contains(u"/disk/"_s + id);
        } else if (kind == SectionKind::Network && isOvfNamed(c, u"Network")) {
            id = ovfAttr(c, u"name");
            used = connections.contains(id);
        }
        if (used)
            return std::unexpected(tr("%1 cannot be removed: \"%2\" is still referenced.").arg(section->path(), id));
    }
    return {};
}

int SectionRules::insertionIndex(const xml::Element *container, SectionKind kind)
{
    const auto place = OvfSchema::containerOf(container);
    const SectionSchema *r = OvfSchema::section(kind);
    if (!place || !r)
        return -1;
    const ContentModel model = OvfSchema::contentModelOf(*place);
    return OvfSchema::insertionIndex(model, container, OvfSchema::rank(model, r->element));
}

} // namespace ovf::commands
