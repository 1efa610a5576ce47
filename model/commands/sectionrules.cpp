#include "model/commands/sectionrules.h"

#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/xmlnode.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

// Envelope sections first (order 0-5, DSP2017 §4.4 items 467-472), then entity sections
// (order 10-21, DSP2017 §4.4 items 478-489).
constexpr SectionRule rules[] = {
    {SectionKind::Disk, u"DiskSection", true, false, false, false, true, 0, "DSP2017 4.4.4"},
    {SectionKind::Network, u"NetworkSection", true, false, false, false, true, 1, "DSP2017 4.4.5"},
    {SectionKind::DeploymentOption, u"DeploymentOptionSection", true, false, false, false, true, 2, "DSP2017 4.4.6"},
    {SectionKind::SharedDisk, u"SharedDiskSection", true, false, false, false, true, 3, "DSP2017 4.4.7"},
    {SectionKind::PlacementGroup, u"PlacementGroupSection", true, false, false, true, false, 4, "DSP2017 4.4.8"},
    {SectionKind::Encryption, u"EncryptionSection", true, true, true, false, false, 5, "DSP2017 4.4, 4.5.6"},
    {SectionKind::Annotation, u"AnnotationSection", false, true, true, false, true, 10, "DSP2017 4.5.1"},
    {SectionKind::Product, u"ProductSection", false, true, true, true, true, 11, "DSP2017 4.5.2"},
    {SectionKind::OperatingSystem, u"OperatingSystemSection", false, true, false, false, true, 12, "DSP2017 4.7.1"},
    {SectionKind::Eula, u"EulaSection", false, true, true, true, true, 13, "DSP2017 4.5.3"},
    {SectionKind::VirtualHardware, u"VirtualHardwareSection", false, true, false, true, true, 14, "DSP2017 4.5.4, 4.6.1"},
    {SectionKind::ResourceAllocation, u"ResourceAllocationSection", false, false, true, false, true, 15, "DSP2017 4.6.1"},
    {SectionKind::Install, u"InstallSection", false, true, false, false, true, 16, "DSP2017 4.7.2"},
    {SectionKind::Startup, u"StartupSection", false, false, true, false, true, 17, "DSP2017 4.6.2"},
    {SectionKind::EnvironmentFiles, u"EnvironmentFilesSection", false, true, false, false, true, 18, "DSP2017 4.7.3"},
    {SectionKind::BootDevice, u"BootDeviceSection", false, true, false, false, true, 19, "DSP2017 4.7.4"},
    {SectionKind::ScaleOut, u"ScaleOutSection", false, false, true, false, false, 20, "DSP2017 4.6.3"},
    {SectionKind::Placement, u"PlacementSection", false, true, true, false, false, 21, "DSP2017 4.5.5"},
};

bool isOvfNamed(const xml::Element *e, QStringView local)
{
    return e->localName() == local && ns::isOvfElement(e->namespaceUri());
}

QString placeName(SectionPlace place)
{
    switch (place) {
    case SectionPlace::Envelope: return SectionRules::tr("the Envelope");
    case SectionPlace::VirtualSystem: return SectionRules::tr("a VirtualSystem");
    case SectionPlace::VirtualSystemCollection: return SectionRules::tr("a VirtualSystemCollection");
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

std::span<const SectionRule> SectionRules::all()
{
    return rules;
}

const SectionRule *SectionRules::rule(SectionKind kind)
{
    for (const SectionRule &r : rules) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

std::optional<SectionPlace> SectionRules::placeOf(const xml::Element *container)
{
    if (!container)
        return std::nullopt;
    if (!container->parent() && isOvfNamed(container, u"Envelope"))
        return SectionPlace::Envelope;
    if (Entity::isEntity(container))
        return Entity(const_cast<xml::Element *>(container)).isCollection() ? SectionPlace::VirtualSystemCollection
                                                                            : SectionPlace::VirtualSystem;
    return std::nullopt;
}

bool SectionRules::allowedIn(SectionKind kind, SectionPlace place)
{
    const SectionRule *r = rule(kind);
    if (!r)
        return false;
    switch (place) {
    case SectionPlace::Envelope: return r->inEnvelope;
    case SectionPlace::VirtualSystem: return r->inVirtualSystem;
    case SectionPlace::VirtualSystemCollection: return r->inCollection;
    }
    return false;
}

std::expected<void, QString> SectionRules::canAdd(const xml::Element *container, SectionKind kind)
{
    const SectionRule *r = rule(kind);
    const auto place = placeOf(container);
    if (!r || !place)
        return std::unexpected(tr("Sections can only be added to the Envelope, a VirtualSystem or a "
                                  "VirtualSystemCollection."));
    const QString name = r->element.toString();
    if (!allowedIn(kind, *place))
        return std::unexpected(tr("%1 is not allowed in %2 (%3).").arg(name, placeName(*place),
                                                                        QString::fromLatin1(r->reference)));
    if (!r->multiple) {
        for (const xml::Element *c : container->childElements()) {
            if (isSectionElement(c) && sectionKindOf(c) == kind)
                return std::unexpected(tr("%1 already has a %2; there may be only one (%3).")
                                           .arg(container->path(), name, QString::fromLatin1(r->reference)));
        }
    }
    if (!r->addable)
        return std::unexpected(tr("A %1 needs content this editor cannot choose for you; add it in the XML.")
                                   .arg(name));
    return {};
}

QList<SectionKind> SectionRules::addableIn(const xml::Element *container)
{
    QList<SectionKind> out;
    for (const SectionRule &r : rules) {
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
    if (kind == SectionKind::VirtualHardware && placeOf(container) == SectionPlace::VirtualSystem) {
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
    const SectionRule *r = rule(kind);
    const int order = r ? r->order : 100;
    const QList<xml::Element *> kids = container->childElements();
    int index = 0; // after Info / Name / References and the sections ordered before it
    for (int i = 0; i < kids.size(); ++i) {
        const xml::Element *c = kids[i];
        if (Entity::isEntity(c) || isOvfNamed(c, u"Strings"))
            return i;
        if (isOvfNamed(c, u"Info") || isOvfNamed(c, u"Name") || isOvfNamed(c, u"References")) {
            index = i + 1;
            continue;
        }
        if (isSectionElement(c)) {
            const SectionRule *cr = rule(sectionKindOf(c));
            if (cr && cr->order > order)
                return i;
            index = i + 1;
        }
    }
    return index;
}

} // namespace ovf::commands
