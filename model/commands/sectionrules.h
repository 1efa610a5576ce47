#pragma once

#include "model/ovf/section.h"

#include <QCoreApplication>

#include <expected>
#include <span>

namespace ovf::commands {

// Where a section may appear and in which order, in one table (DSP0243 2.x §7-§9, as
// summarised by the OVF white paper DSP2017 2.0.0 §4.4-§4.7):
// - Envelope children, in order: References, Section*, one Content (VirtualSystem or
//   VirtualSystemCollection), Strings* (DSP2017 §4.4). Envelope-level sections: DiskSection,
//   NetworkSection, DeploymentOptionSection, SharedDiskSection, PlacementGroupSection,
//   EncryptionSection (DSP2017 §4.4, items 467-472).
// - Sections in a Content element, in this order: Annotation, Product, OperatingSystem,
//   Eula, VirtualHardware, ResourceAllocation, Install, Startup, EnvironmentFiles,
//   BootDevice, ScaleOut, Placement (DSP2017 §4.4, items 478-489).
// - In VirtualSystem and VirtualSystemCollection: Annotation, Product, Eula, Placement,
//   Encryption (DSP2017 §4.5); only in a VirtualSystemCollection: ResourceAllocation,
//   Startup, ScaleOut (§4.6); only in a VirtualSystem: OperatingSystem, Install,
//   EnvironmentFiles, BootDevice (§4.7), and VirtualHardware, which "applies to a specific
//   virtual system" (§4.6.1) and may occur several times (§4.5.4, one per platform type).
// - Product and Eula sections may occur several times (§4.5.2 ovf:class/ovf:instance,
//   §4.5.3 "one or more EulaSection"), PlacementGroupSection too (§4.4.8); the others once.
enum class SectionPlace { Envelope, VirtualSystem, VirtualSystemCollection };

struct SectionRule
{
    SectionKind kind;
    QStringView element; // local name in the OVF envelope namespace
    bool inEnvelope;
    bool inVirtualSystem;
    bool inCollection;
    bool multiple;
    // The editor can add a minimal valid one (sections whose content needs decisions the
    // user makes elsewhere, such as ScaleOut's replicated entity, are not offered).
    bool addable;
    int order;              // position among the sections of its place
    const char *reference; // where the rule comes from
};

class SectionRules
{
    Q_DECLARE_TR_FUNCTIONS(SectionRules)

public:
    static std::span<const SectionRule> all();
    static const SectionRule *rule(SectionKind kind);
    // The place `container` offers to sections: the Envelope, or an entity's kind; nullopt
    // for any other element.
    static std::optional<SectionPlace> placeOf(const xml::Element *container);
    static bool allowedIn(SectionKind kind, SectionPlace place);
    // Whether a section of `kind` may be added to `container` now (placement, multiplicity,
    // and whether the editor can build one), with the reason when not.
    static std::expected<void, QString> canAdd(const xml::Element *container, SectionKind kind);
    // Sections this program can add to `container` now, in the spec's order.
    static QList<SectionKind> addableIn(const xml::Element *container);
    // Whether `section` may be removed: not the last VirtualHardwareSection of a virtual
    // system, not a section whose entries are still referenced (disks by HostResource,
    // networks by Connection, configurations by ovf:configuration). Without
    // `checkReferences` the document-wide reference scan is skipped (for enabling actions
    // cheaply; the command checks everything when made).
    static std::expected<void, QString> canRemove(const xml::Element *section, bool checkReferences = true);
    // The child-element index at which a new section of `kind` goes in `container`: after
    // the sections that come before it in the spec's order, before child entities (and for
    // the Envelope after References, before the content and Strings).
    static int insertionIndex(const xml::Element *container, SectionKind kind);
};

} // namespace ovf::commands
