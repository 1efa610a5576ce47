#pragma once

#include "model/ovf/ovfelement.h"

namespace ovf {

// The sections of DSP0243 2.x (§9, §10) this program understands; Unknown covers vendor
// and extension sections, which are kept and shown but not interpreted.
enum class SectionKind {
    Disk,
    Network,
    DeploymentOption,
    Product,
    Eula,
    Annotation,
    OperatingSystem,
    VirtualHardware,
    Startup,
    Install,
    ResourceAllocation,
    EnvironmentFiles,
    BootDevice,
    ScaleOut,
    PlacementGroup,
    Placement,
    SharedDisk,
    Encryption,
    Unknown,
};

// "ProductSection", ...; for Unknown: "Section".
QString sectionKindName(SectionKind kind);
// Understands both the element style (<ProductSection>) and the pre-1.0 style
// (<Section xsi:type="ovf:ProductSection_Type">). Only meaningful for elements for which
// isSectionElement() is true.
SectionKind sectionKindOf(const xml::Element *e);
// True for an element in the section position of an Envelope or entity: everything but
// Info, Name, References, Strings, the entity elements and their pre-1.0 Content form.
bool isSectionElement(const xml::Element *e);

// Pre-1.0 documents name the type of a <Section> or <Content> with xsi:type (IBM's
// open-ovf used xs:name): the type's local name without "_Type", e.g. "DiskSection";
// empty when there is none or it is not in an OVF namespace.
QString legacyTypeName(const xml::Element *e);

class Section : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    SectionKind kind() const { return sectionKindOf(m_e); }
    // The name to show: the element's local name, or for the pre-1.0 style the type name.
    QString displayName() const;
    // ovf:required, true by default (DSP0243 §9: "ovf:required ... defaults to TRUE").
    bool isRequired() const;
    bool hasRequiredAttribute() const { return hasAttr(u"required"); }
    // An extension: not an OVF section this program knows (vendor namespace, or an OVF
    // namespace name that is not a known section).
    bool isExtension() const;
    QString namespaceUri() const { return m_e ? m_e->namespaceUri() : QString(); }
};

} // namespace ovf
