#include "model/ovf/ovfschema.h"

#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

constexpr unsigned Env = unsigned(Container::Envelope);
constexpr unsigned Vs = unsigned(Container::VirtualSystem);
constexpr unsigned Vsc = unsigned(Container::VirtualSystemCollection);
constexpr Multiplicity Once = Multiplicity::ZeroOrOne;
constexpr Multiplicity Many = Multiplicity::ZeroOrMore;

// In the spec's order: the Envelope-level sections as DSP2017 §4.4 lines 467-472 list them,
// then the Content sections as lines 478-489 list them ("in the order that they occur").
// Locations and multiplicity: DSP0243 2.1.1 §9 Table 5.
//
// Rows settled where this program's tables used to disagree:
// - EncryptionSection: Envelope only, at most one. DSP2017 §4.4 line 472 lists it among the
//   direct children of the Envelope, and it is absent from the Content section list (lines
//   478-489); DSP0243 Table 5 gives "Envelope, zero or one". (Its clause sits under the §4.5
//   heading, which had led the editor's table to allow it in entities.)
// - PlacementGroupSection: Envelope only, zero or more. DSP2017 §4.4.8 line 935: "a direct
//   child element of the Envelope element"; the example (lines 926-934) has two. (The
//   validator used to accept it in a collection too; no descriptor in the corpus does that.)
// - BootDeviceSection: VirtualSystem only, zero or more. DSP2017 §4.7.4 lines 1580-1582
//   ("Each such BootDeviceSection element ..."); DSP0243 Table 5 "zero or more". (The
//   editor's table allowed one.)
// - ScaleOutSection: VirtualSystemCollection only, zero or more: each names the one child
//   entity it replicates with ovf:id (DSP2017 §4.6.3 lines 1428-1438); DSP0243 Table 5
//   "zero or more". (The editor's table allowed one.)
constexpr SectionSchema table[] = {
    {SectionKind::Disk, u"DiskSection", Env, Once, 0, "DSP0243 §9 Table 5; DSP2017 §4.4 l.467, §4.4.4"},
    {SectionKind::Network, u"NetworkSection", Env, Once, 1, "DSP0243 §9 Table 5; DSP2017 §4.4 l.468, §4.4.5"},
    {SectionKind::DeploymentOption, u"DeploymentOptionSection", Env, Once, 2,
     "DSP0243 §9 Table 5; DSP2017 §4.4 l.469, §4.4.6"},
    {SectionKind::SharedDisk, u"SharedDiskSection", Env, Once, 3, "DSP0243 §9 Table 5; DSP2017 §4.4 l.470, §4.4.7"},
    {SectionKind::PlacementGroup, u"PlacementGroupSection", Env, Many, 4,
     "DSP0243 §9 Table 5; DSP2017 §4.4 l.471, §4.4.8 l.935"},
    {SectionKind::Encryption, u"EncryptionSection", Env, Once, 5, "DSP0243 §9 Table 5; DSP2017 §4.4 l.472"},
    {SectionKind::Annotation, u"AnnotationSection", Vs | Vsc, Once, 10, "DSP0243 §9 Table 5; DSP2017 §4.5.1"},
    {SectionKind::Product, u"ProductSection", Vs | Vsc, Many, 11, "DSP0243 §9 Table 5; DSP2017 §4.5.2"},
    {SectionKind::OperatingSystem, u"OperatingSystemSection", Vs, Once, 12, "DSP0243 §9 Table 5; DSP2017 §4.7.1"},
    {SectionKind::Eula, u"EulaSection", Vs | Vsc, Many, 13, "DSP0243 §9 Table 5; DSP2017 §4.5.3"},
    {SectionKind::VirtualHardware, u"VirtualHardwareSection", Vs, Many, 14,
     "DSP0243 §9 Table 5; DSP2017 §4.5.4, §4.6.1 l.1345"},
    {SectionKind::ResourceAllocation, u"ResourceAllocationSection", Vsc, Once, 15,
     "DSP0243 §9 Table 5; DSP2017 §4.6.1"},
    {SectionKind::Install, u"InstallSection", Vs, Once, 16, "DSP0243 §9 Table 5; DSP2017 §4.7.2"},
    {SectionKind::Startup, u"StartupSection", Vsc, Once, 17, "DSP0243 §9 Table 5; DSP2017 §4.6.2"},
    {SectionKind::EnvironmentFiles, u"EnvironmentFilesSection", Vs, Once, 18, "DSP0243 §9 Table 5; DSP2017 §4.7.3"},
    {SectionKind::BootDevice, u"BootDeviceSection", Vs, Many, 19,
     "DSP0243 §9 Table 5; DSP2017 §4.7.4 l.1580-1582"},
    {SectionKind::ScaleOut, u"ScaleOutSection", Vsc, Many, 20, "DSP0243 §9 Table 5; DSP2017 §4.6.3 l.1428"},
    {SectionKind::Placement, u"PlacementSection", Vs | Vsc, Once, 21, "DSP0243 §9 Table 5; DSP2017 §4.5.5"},
};

// Ranks in the Envelope and Content models (dsp8023 Envelope_Type, Content_Type,
// VirtualSystemCollection_Type): sections rank 10 + their order.
constexpr int SectionRankBase = 10;
constexpr int EntityRank = 100;
constexpr int StringsRank = 200;

// The other content models: one entry per rank; names of equal rank interleave.
struct Slot
{
    std::initializer_list<QStringView> names;
};

int rankIn(std::initializer_list<Slot> model, QStringView local)
{
    int rank = 0;
    for (const Slot &slot : model) {
        for (QStringView name : slot.names) {
            if (name == local)
                return rank;
        }
        ++rank;
    }
    return -1;
}

// dsp8023 *_Type content models, in order (Section_Type contributes the leading Info).
int rankInModel(ContentModel model, QStringView local)
{
    switch (model) {
    case ContentModel::AnnotationSection: return rankIn({{{u"Info"}}, {{u"Annotation"}}}, local);
    case ContentModel::ProductSection:
        return rankIn({{{u"Info"}},
                       {{u"Product"}},
                       {{u"Vendor"}},
                       {{u"Version"}},
                       {{u"FullVersion"}},
                       {{u"ProductUrl"}},
                       {{u"VendorUrl"}},
                       {{u"AppUrl"}},
                       {{u"Icon"}},
                       {{u"Category", u"Property"}}},
                      local);
    case ContentModel::OperatingSystemSection: return rankIn({{{u"Info"}}, {{u"Description"}}}, local);
    case ContentModel::EulaSection: return rankIn({{{u"Info"}}, {{u"License"}}}, local);
    case ContentModel::DeploymentOptionSection: return rankIn({{{u"Info"}}, {{u"Configuration"}}}, local);
    case ContentModel::Configuration: return rankIn({{{u"Label"}}, {{u"Description"}}}, local);
    case ContentModel::Property: return rankIn({{{u"Label"}}, {{u"Description"}}, {{u"Value"}}}, local);
    case ContentModel::StartupSection: return rankIn({{{u"Info"}}, {{u"Item"}}}, local);
    case ContentModel::DiskSection: return rankIn({{{u"Info"}}, {{u"Disk"}}}, local);
    case ContentModel::NetworkSection: return rankIn({{{u"Info"}}, {{u"Network"}}}, local);
    case ContentModel::Network: return rankIn({{{u"Description"}}}, local);
    case ContentModel::Envelope:
        if (local == u"References")
            return 0;
        if (local == u"VirtualSystem" || local == u"VirtualSystemCollection" || local == u"Content")
            return EntityRank;
        if (local == u"Strings")
            return StringsRank;
        break;
    case ContentModel::VirtualSystem:
    case ContentModel::VirtualSystemCollection:
        if (local == u"Info")
            return 0;
        if (local == u"Name")
            return 1;
        if (local == u"VirtualSystem" || local == u"VirtualSystemCollection" || local == u"Content")
            return EntityRank;
        break;
    }
    if (const SectionSchema *s = OvfSchema::section(OvfSchema::kindOfElement(local)))
        return SectionRankBase + s->order;
    return -1;
}

bool isSectionModel(ContentModel model)
{
    return model == ContentModel::Envelope || model == ContentModel::VirtualSystem
        || model == ContentModel::VirtualSystemCollection;
}

} // namespace

std::span<const SectionSchema> OvfSchema::sections()
{
    return table;
}

const SectionSchema *OvfSchema::section(SectionKind kind)
{
    for (const SectionSchema &s : table) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

SectionKind OvfSchema::kindOfElement(QStringView local)
{
    for (const SectionSchema &s : table) {
        if (s.element == local)
            return s.kind;
    }
    return SectionKind::Unknown;
}

std::optional<Container> OvfSchema::containerOf(const xml::Element *element)
{
    if (!element)
        return std::nullopt;
    if (!element->parent() && isOvfNamed(element, u"Envelope"))
        return Container::Envelope;
    if (Entity::isEntity(element))
        return Entity(const_cast<xml::Element *>(element)).isCollection() ? Container::VirtualSystemCollection
                                                                          : Container::VirtualSystem;
    return std::nullopt;
}

ContentModel OvfSchema::contentModelOf(Container container)
{
    switch (container) {
    case Container::Envelope: return ContentModel::Envelope;
    case Container::VirtualSystem: return ContentModel::VirtualSystem;
    case Container::VirtualSystemCollection: return ContentModel::VirtualSystemCollection;
    }
    return ContentModel::Envelope;
}

QStringView OvfSchema::containerElement(Container container)
{
    switch (container) {
    case Container::Envelope: return u"Envelope";
    case Container::VirtualSystem: return u"VirtualSystem";
    case Container::VirtualSystemCollection: return u"VirtualSystemCollection";
    }
    return {};
}

int OvfSchema::rank(ContentModel model, QStringView local)
{
    return rankInModel(model, local);
}

int OvfSchema::rank(ContentModel model, const xml::Element *child)
{
    if (!child || !ns::isOvfElement(child->namespaceUri()))
        return -1;
    if (isSectionModel(model)) {
        if (Entity::isEntity(child))
            return model == ContentModel::Envelope || model == ContentModel::VirtualSystemCollection ? EntityRank : -1;
        if (isSectionElement(child)) {
            const SectionSchema *s = section(sectionKindOf(child));
            return s ? SectionRankBase + s->order : -1;
        }
    }
    return rankInModel(model, child->localName());
}

int OvfSchema::insertionIndex(ContentModel model, const xml::Element *parent, int rank)
{
    int index = 0;
    for (const xml::Element *c : parent->childElements()) {
        if (OvfSchema::rank(model, c) > rank)
            return index;
        ++index;
    }
    return -1;
}

} // namespace ovf
