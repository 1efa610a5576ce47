#pragma once

#include "model/ovf/section.h"

#include <optional>
#include <span>

namespace ovf {

// The places sections are put in: the Envelope and the two Content elements.
enum class Container : unsigned { Envelope = 1, VirtualSystem = 2, VirtualSystemCollection = 4 };

// How often a section may occur in one container where it is allowed.
enum class Multiplicity { ZeroOrOne, ZeroOrMore };

// One row of the section table.
struct SectionSchema
{
    SectionKind kind;
    QStringView element; // local name in the OVF envelope namespace
    unsigned containers; // Container bits
    Multiplicity multiplicity;
    int order; // position among the sections of its container (lower first)
    const char *reference; // where the row comes from (spec clauses)

    bool allowedIn(Container container) const { return containers & unsigned(container); }
    bool repeatable() const { return multiplicity == Multiplicity::ZeroOrMore; }
};

// The content models whose child order this program needs when it inserts a child.
enum class ContentModel {
    Envelope,
    VirtualSystem,
    VirtualSystemCollection,
    AnnotationSection,
    ProductSection,
    OperatingSystemSection,
    EulaSection,
    DeploymentOptionSection,
    Configuration,
    Property,
    StartupSection,
    DiskSection,
    NetworkSection,
    Network,
};

// THE place OVF's structural facts live: where each section may appear and how often, the
// order sections come in, and the child order of the content models that editors insert
// into. The validator (structure rules), the section commands, FormEdits and the editors all
// read it; nothing else declares a placement or an order.
//
// Sources. DSP0243 2.1.1 §9 Table 5 ("core metadata sections": locations and multiplicity)
// and its schema dsp8023 (Envelope_Type: References, Section*, Content, Strings*;
// Content_Type: Info, Name?, Section*; VirtualSystemCollection_Type adds Content*), as the
// OVF 2.0 white paper DSP2017 restates them: §4.4 lines 459-489 (Envelope children in order;
// the six Envelope-level sections; the section order inside Content), §4.5-§4.7 (which
// sections a VirtualSystem and a VirtualSystemCollection take). Where the white paper's
// headings and its lists differ, the list and the normative table win; see each row.
class OvfSchema
{
public:
    // Every section this program knows, in the spec's order (Envelope sections first).
    static std::span<const SectionSchema> sections();
    static const SectionSchema *section(SectionKind kind);
    // The kind whose element is `local` (an OVF-namespace local name); Unknown for others.
    static SectionKind kindOfElement(QStringView local);

    // The container `element` is: the root Envelope, or an entity (either style); nullopt
    // for any other element.
    static std::optional<Container> containerOf(const xml::Element *element);
    static ContentModel contentModelOf(Container container);
    // "Envelope", "VirtualSystem", "VirtualSystemCollection".
    static QStringView containerElement(Container container);

    // The rank of a child named `local` in `model` (children of equal rank may interleave,
    // such as Category and Property, or VirtualSystem and VirtualSystemCollection); -1 when
    // the model has no such child. Section kinds rank by their order in the table.
    static int rank(ContentModel model, QStringView local);
    // The same for a child element (understands pre-1.0 <Section xsi:type> sections and
    // <Content xsi:type> entities); -1 for vendor elements.
    static int rank(ContentModel model, const xml::Element *child);
    // The child element index at which a new child ranked `rank` goes among `parent`'s
    // children of `model`: before the first child that ranks higher, else after the last
    // child that ranks lower or equal (unranked children keep their neighbours).
    static int insertionIndex(ContentModel model, const xml::Element *parent, int rank);
};

} // namespace ovf
