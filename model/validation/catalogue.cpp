#include "model/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The rule catalogue. Ids are stable: never rename or reuse one (tools and users filter on
// them). The severity is the default; a few rules report milder cases at a lower severity,
// which the title says. Clause numbers: DSP0243 (OVF 1.1 / 2.x numbering) and, where the
// text is at hand, the DSP2017 white paper.
namespace ovf::validation {

namespace {

struct Entry
{
    const char *id;
    Severity severity;
    const char *title;
    const char *reference;
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// clang-format off
constexpr Entry entries[] = {
    // The document as a whole
    {"environment-document", I, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The document is an OVF environment, not a descriptor"), "DSP0243 §11; DSP2017 6.2"},
    {"environment-property", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every Property of an OVF environment has a key and a value"), "DSP0243 §11"},
    {"unknown-ovf-version-attribute", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The Envelope's ovf:version matches its namespace (absent: info)"), "DSP0243 §7"},
    {"unqualified-elements", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "OVF elements are in an OVF namespace, not in no namespace (read anyway)"), "DSP0243 §6"},
    {"unqualified-attribute", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Attributes of OVF elements carry the ovf: prefix (OVF attributes are namespace-qualified)"), "DSP0243 §6; DSP8023"},
    {"missing-references", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The Envelope has a References element"), "DSP0243 §7.1; DSP2017 4.4"},
    {"missing-content", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The Envelope holds a VirtualSystem or VirtualSystemCollection"), "DSP0243 §7.2; DSP2017 4.4"},

    // Unique ids
    {"duplicate-file-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "File ids are unique in References"), "DSP0243 §7.1"},
    {"duplicate-disk-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Disk ids are unique across DiskSection and SharedDiskSection"), "DSP0243 §9.1, §9.13"},
    {"duplicate-network-name", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Network names are unique in the NetworkSection"), "DSP0243 §9.2"},
    {"duplicate-configuration-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Configuration ids are unique in the DeploymentOptionSection"), "DSP0243 §9.8; DSP2017 4.4.6"},
    {"duplicate-entity-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "VirtualSystem and VirtualSystemCollection ids are unique in the descriptor (vCloud Director's collection sharing its only system's id: warning)"), "DSP0243 §7.2"},
    {"duplicate-instance-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Items that share an InstanceID describe one device (same ResourceType; ranges and per-configuration overrides are combined)"), "DSP0243 §8.3, §8.4, §9.8; DSP2017 4.4.6"},
    {"duplicate-property-key", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Property keys are unique in a ProductSection, and environment keys class.key.instance in an entity"), "DSP0243 §9.5"},
    {"duplicate-msgid", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Message ids are unique in a Strings bundle"), "DSP0243 §10"},

    // References
    {"unresolved-disk-file", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A Disk's ovf:fileRef names a File of References"), "DSP0243 §9.1"},
    {"unresolved-parent-disk", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A Disk's ovf:parentRef names another Disk"), "DSP0243 §9.1"},
    {"unresolved-host-resource", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An ovf:/disk/ or ovf:/file/ HostResource names a Disk or File of the package (a disk drive without such a reference: warning)"), "DSP0243 §8.3, §9.1"},
    {"nonstandard-host-resource", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "HostResource references are spelled ovf:/disk/<id> or ovf:/file/<id>"), "DSP0243 §8.3"},
    {"unresolved-connection", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An Item's Connection names a Network of the NetworkSection (empty: warning)"), "DSP0243 §9.2; DSP2017 4.4.5.1"},
    {"unresolved-parent", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An Item's Parent is the InstanceID of an Item in the same section"), "DSP0243 §8.3"},
    {"parent-not-controller", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An Item's Parent is a controller (IDE, SCSI, FC, iSCSI, IB, SATA/other storage, USB or other)"), "DSP0243 §8.3; DSP1041"},
    {"unresolved-configuration", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:configuration names Configurations of the DeploymentOptionSection"), "DSP0243 §9.8; DSP2017 4.4.6"},
    {"unresolved-strings-file", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The ovf:fileRef of a Strings bundle or Msg names a File"), "DSP0243 §10; DSP2017 5.2"},
    {"unresolved-startup-entity", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A StartupSection Item names a child of its collection"), "DSP0243 §9.7; DSP2017 4.6.2"},
    {"unresolved-scale-out-entity", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A ScaleOutSection's ovf:id names a child of its collection"), "DSP0243 §9.14; DSP2017 4.6.3"},
    {"unresolved-placement-group", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A PlacementSection's ovf:group names a PlacementGroupSection"), "DSP0243 §9.15; DSP2017 4.5.5"},
    {"unresolved-icon-file", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A product Icon's ovf:fileRef names a File"), "DSP0243 §9.5"},
    {"unresolved-environment-file", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An EnvironmentFilesSection File's ovf:fileRef names a File"), "DSP0243 §9.11"},
    {"unreferenced-file", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every File of References is used by the descriptor (vendor markup that names it counts)"), "DSP0243 §7.1"},
    {"unreferenced-disk", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every Disk is attached by a HostResource or is the parent of one that is"), "DSP0243 §9.1"},

    // Structure
    {"section-placement", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Sections appear only where OVF allows them (Envelope, VirtualSystem or VirtualSystemCollection)"), "DSP0243 §9 table of core sections; DSP2017 4.4-4.7"},
    {"duplicate-section", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Sections allowed once per Envelope or entity appear once"), "DSP0243 §9 table of core sections"},
    {"duplicate-product-class", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ProductSections of one entity differ in ovf:class or ovf:instance"), "DSP0243 §9.5"},
    {"missing-entity-id", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every VirtualSystem and VirtualSystemCollection has an ovf:id"), "DSP0243 §7.2"},
    {"empty-collection", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A VirtualSystemCollection contains at least one entity"), "DSP0243 §7.2; DSP2017 4.4.2"},
    {"missing-hardware", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A VirtualSystem has a VirtualHardwareSection"), "DSP0243 §8.1; DSP2017 4.5.4"},
    {"missing-info", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every section, VirtualSystem and VirtualSystemCollection has an Info element"), "DSP0243 §7.2, §9; DSP2017 5.3.1"},
    {"no-configurations", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A DeploymentOptionSection has at least one Configuration"), "DSP0243 §9.8; DSP2017 4.4.6"},
    {"multiple-default-configurations", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "At most one Configuration is marked ovf:default=\"true\""), "DSP0243 §9.8; DSP2017 4.4.6"},

    // Completeness of virtual hardware and licences
    {"missing-processor-item", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A virtual system's VirtualHardwareSection has a Processor Item (ResourceType 3)"), "DSP0243 §8.3, §9.6; DSP1041"},
    {"missing-memory-item", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A virtual system's VirtualHardwareSection has a Memory Item (ResourceType 4)"), "DSP0243 §8.3, §9.6; DSP1041"},
    {"disk-without-controller", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A disk drive names the controller it is attached to (Parent)"), "DSP0243 §8.3"},
    {"address-conflict", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "No two devices sit at one address (Parent and AddressOnParent) in the same deployment option (on an IDE controller: warning)"), "DSP0243 §8.3, §9.8"},
    {"nic-without-network", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A network adapter names the network it connects to (Connection)"), "DSP0243 §9.2; DSP2017 4.4.5.1"},
    {"empty-eula", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An EulaSection has license text"), "DSP0243 §9.6; DSP2017 4.5.3"},

    // Properties
    {"property-missing-key", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every Property has an ovf:key"), "DSP0243 §9.5"},
    {"invalid-property-key", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:key has no '.' or ':', ovf:class and ovf:instance no ':'"), "DSP0243 §9.5; DSP2017 4.5.2"},
    {"property-missing-type", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every Property has an ovf:type"), "DSP0243 §9.5"},
    {"unknown-property-type", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:type is one of the OVF property types"), "DSP0243 §9.5 property types"},
    {"vendor-property-type", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:type is spelled as OVF defines it and exists in the descriptor's OVF version (tolerated vendor spellings, char16/datetime before 2.0)"), "DSP0243 §9.5 property types"},
    {"invalid-qualifiers", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:qualifiers parse as CIM qualifiers (unknown qualifiers: warning)"), "DSP0243 §9.5; DSP0004"},
    {"inconsistent-qualifiers", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "ovf:qualifiers fit the property's type"), "DSP0243 §9.5; DSP0004"},
    {"invalid-property-value", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Default and per-configuration values are values of the type within the qualifiers (empty fixed non-string value: warning)"), "DSP0243 §9.5, §9.8"},
    {"property-reference", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "${name} references name a property of the same entity or of its parent collection"), "DSP0243 §9.5; DSP2017 B.2"},

    // Disks and files
    {"invalid-capacity", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Disk capacity is a byte count in a byte unit, or a ${property} reference to an existing property"), "DSP0243 §9.1; DSP0004 Annex C"},
    {"invalid-size", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "File ovf:size, ovf:chunkSize and Disk ovf:populatedSize are non-negative integers"), "DSP0243 §7.1, §9.1"},
    {"populated-size-exceeds-capacity", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "A Disk's populated size is not above its capacity"), "DSP0243 §9.1"},
    {"invalid-compression", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "File ovf:compression is identity or gzip"), "DSP0243 §7.1"},
    {"invalid-allocation-units", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Memory and processor Items have parseable AllocationUnits and VirtualQuantity"), "DSP0243 §8.3; DSP0004 Annex C"},

    // Strings
    {"missing-bundle-language", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every Strings bundle names its locale with xml:lang"), "DSP0243 §10; DSP2017 5.2"},
    {"msgid-without-default", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "An element with ovf:msgid has default text"), "DSP0243 §10"},
    {"msgid-missing-in-bundle", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every ovf:msgid used has a message in every Strings bundle"), "DSP0243 §10"},
    {"unknown-msgid-in-bundle", I, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Every message of a bundle is used by the descriptor"), "DSP0243 §10"},
    {"invalid-language-tag", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "xml:lang values are BCP 47 language tags (de-DE, not de_DE)"), "DSP0243 §10; RFC 5646"},
    {"duplicate-locale", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "One Strings section per locale (tags compare case-insensitively)"), "DSP0243 §10"},
    {"stale-translation", I, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Translations were made from the current default text (OVF Workbench's ovfw:sourceHash)"), "DSP0243 §5.4, §10; docs/architecture-l10n.md"},
    {"external-bundle-unreadable", W, QT_TRANSLATE_NOOP("ovf::validation::Validator", "External Strings bundles can be read (not checked without a resolver: info)"), "DSP0243 §10; DSP2017 5.2"},

    // Extensions and conformance
    {"required-extension", E, QT_TRANSLATE_NOOP("ovf::validation::Validator", "No required extension that OVF Workbench does not understand (custom elements without ovf:required that are not sections, or that extend a known element, and VMware's own sections: warning)"), "DSP0243 §7.3; DSP2017 4.3, 5.3"},
    {"optional-extension", I, QT_TRANSLATE_NOOP("ovf::validation::Validator", "Optional extensions are ignored"), "DSP0243 §7.3; DSP2017 5.3"},
    {"conformance-level", I, QT_TRANSLATE_NOOP("ovf::validation::Validator", "The descriptor's conformance level (1: no extensions, 2: optional ones only, 3: required ones)"), "DSP0243 §7.4; DSP2017 5.4"},
};
// clang-format on

} // namespace

const QList<RuleInfo> &ruleCatalogue()
{
    // Titles are translated once, in the language active at first use.
    static const QList<RuleInfo> rules = [] {
        QList<RuleInfo> out;
        for (const Entry &e : entries) {
            out.append({QString::fromLatin1(e.id), e.severity,
                        QCoreApplication::translate("ovf::validation::Validator", e.title),
                        QString::fromUtf8(e.reference)});
        }
        return out;
    }();
    return rules;
}

const RuleInfo *findRule(QStringView id)
{
    for (const RuleInfo &r : ruleCatalogue()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace ovf::validation
