// Extension rules (DSP0243 §7.3, §7.4; DSP2017 4.3, 5.3, 5.4): custom sections, elements
// and attributes, whether the descriptor requires them, and its conformance level.
//
// ovf:required defaults to true, and a consumer must fail on a required extension it does not
// understand. OVF Workbench understands no custom extension, so:
//  - ovf:required="true", or an extension section (a custom element in section position that
//    carries an Info, as every ovf:Section does) without ovf:required: error;
//  - a custom element without ovf:required that is not a section (no Info, like Ganeti's
//    GanetiSection) or that extends the content of a known element (vmw:ExtraConfig): warning,
//    because real producers write these without the attribute and consumers ignore them
//    (one report per name; elements in no namespace, as oVirt writes them, one per parent);
//  - ovf:required="false": info, one per extension name;
//  - VMware's own sections (vmw:BootOrderSection, ...; isKnownVmwareSection): warning, as
//    VMware marks them required and every other platform ignores them.
// Custom attributes are never required (DSP2017 4.3) but make the level at least 2.
#include "model/ovf/namespaces.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"
#include "model/validation/vendordialects.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

struct Aggregate
{
    const xml::Element *first = nullptr;
    QString label;
    int count = 0;
    QStringList names; // for the unqualified elements of one parent
};

class ExtensionRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit ExtensionRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index()) { }

    void checkSectionPositions();
    void checkForeignElements();
    void reportAggregates();
    void reportConformance();

private:
    static QString describe(const xml::Element *e)
    {
        return e->namespaceUri().isEmpty() ? e->qualifiedName()
                                           : u"%1 (%2)"_s.arg(e->qualifiedName(), e->namespaceUri());
    }
    // "VirtualSystem 'web'", "the Envelope", or the element name.
    QString ownerName(const xml::Element *parent) const
    {
        if (parent == m_index.envelope.element())
            return tr("The Envelope");
        const auto it = m_index.entityIndex.constFind(parent);
        if (it == m_index.entityIndex.cend())
            return parent->localName();
        const Entity &entity = m_index.entities[*it].entity;
        const QString kind = entity.isCollection() ? u"VirtualSystemCollection"_s : u"VirtualSystem"_s;
        return entity.id().isEmpty() ? kind : u"%1 %2"_s.arg(kind, quoted(entity.id()));
    }
    bool isSectionPosition(const xml::Element *parent) const
    {
        return parent == m_index.envelope.element() || m_index.entityIndex.contains(parent);
    }
    // Sorts one extension element into required (error), unmarked (warning, aggregated)
    // or optional (info, aggregated); `label` names it in messages.
    void classify(const xml::Element *e, bool sectionPosition, const QString &label);

    Context &m_ctx;
    const EnvelopeIndex &m_index;
    bool m_extensions = false;
    bool m_required = false;
    QString m_example;
    QString m_requiredExample;
    QHash<QString, Aggregate> m_optional;
    QHash<QString, Aggregate> m_unmarked;
    QStringList m_optionalOrder;
    QStringList m_unmarkedOrder;
};

void ExtensionRules::classify(const xml::Element *e, bool sectionPosition, const QString &label)
{
    m_extensions = true;
    const QString name = e->qualifiedName() == u"Section" ? label : e->qualifiedName();
    if (m_example.isEmpty())
        m_example = label;
    const xml::Attribute *req = ovfAttribute(e, u"required");
    const std::optional<bool> explicitRequired = req ? parseXsBoolean(req->value) : std::nullopt;
    if (explicitRequired == false) {
        Aggregate &a = m_optional[name];
        if (a.count++ == 0) {
            a.first = e;
            a.label = label;
            m_optionalOrder.append(name);
        }
        return;
    }
    if (!m_required)
        m_requiredExample = label;
    m_required = true;
    if (isKnownVmwareSection(e)) {
        // VMware marks its own sections required; VMware platforms understand them and the
        // others ignore them (compatibility finding vmw-required-section): not a blocker.
        m_ctx.report(u"required-extension", e,
                     tr("This descriptor requires VMware's extension %1: VMware platforms apply it, OVF Workbench "
                        "and other platforms do not (compatibility finding vmw-required-section)")
                         .arg(label),
                     Severity::Warning);
        return;
    }
    if (explicitRequired == true || (sectionPosition && ovfChild(e, u"Info"))) {
        m_ctx.report(u"required-extension", e,
                     tr("This descriptor requires the extension %1 that OVF Workbench does not support").arg(label));
        return;
    }
    // Elements without a namespace (oVirt writes a score of them into each system) are
    // reported together per parent, others per name.
    const bool unqualified = e->namespaceUri().isEmpty();
    const QString key = unqualified ? u"\n%1"_s.arg(quintptr(e->parent())) : name;
    Aggregate &a = m_unmarked[key];
    if (a.count++ == 0) {
        a.first = e;
        a.label = label;
        m_unmarkedOrder.append(key);
    }
    if (unqualified && !a.names.contains(label))
        a.names.append(label);
}

void ExtensionRules::checkSectionPositions()
{
    // Elements in section position with an OVF name this program does not know, or without
    // any namespace (oVirt's TemplateId, CreationDate, ...). Custom sections should use a
    // namespace of their own (DSP0243 §7.3), but they are extensions all the same.
    const auto check = [&](const QList<Section> &sections) {
        for (const Section &s : sections) {
            const xml::Element *e = s.element();
            if (s.kind() == SectionKind::Unknown && ns::isOvfElement(e->namespaceUri()))
                classify(e, true, s.displayName());
        }
    };
    check(m_index.envelopeSections);
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        if (m_ctx.cancelledEvery(64))
            return;
        check(info.sections);
    }
}

void ExtensionRules::checkForeignElements()
{
    for (const EnvelopeIndex::ForeignElement &f : m_index.foreignElements) {
        if (m_ctx.cancelledEvery())
            return;
        classify(f.element, isSectionPosition(f.parent), describe(f.element));
    }
}

void ExtensionRules::reportAggregates()
{
    for (const QString &name : std::as_const(m_unmarkedOrder)) {
        const Aggregate &a = m_unmarked[name];
        if (!a.names.isEmpty() && a.count > 1) {
            m_ctx.report(u"required-extension", a.first,
                         tr("%1 contains %2 elements in no namespace that OVF does not define (%3); they are not "
                            "sections (no Info) and do not say whether they are required; OVF treats them as "
                            "required, OVF Workbench ignores them")
                             .arg(ownerName(a.first->parent()))
                             .arg(a.count)
                             .arg(a.names.join(u", "_s)),
                         Severity::Warning);
            continue;
        }
        const bool section = isSectionPosition(a.first->parent());
        const QString times = a.count > 1 ? tr(" (%1 times)").arg(a.count) : QString();
        m_ctx.report(u"required-extension", a.first,
                     section ? tr("%1%2 is not an OVF section (it has no Info) and does not say whether it is "
                                  "required; OVF treats it as required, OVF Workbench ignores it")
                                   .arg(a.label, times)
                             : tr("%1%2 in %3 does not say whether it is required; OVF treats it as required, OVF "
                                  "Workbench ignores it")
                                   .arg(a.label, times, a.first->parent()->localName()),
                     Severity::Warning);
    }
    for (const QString &name : std::as_const(m_optionalOrder)) {
        const Aggregate &a = m_optional[name];
        const QString times = a.count > 1 ? tr(" (%1 times)").arg(a.count) : QString();
        m_ctx.report(u"optional-extension", a.first,
                     tr("The optional extension %1%2 is ignored").arg(a.label, times));
    }
}

void ExtensionRules::reportConformance()
{
    const xml::Element *root = m_index.envelope.element();
    int level = 1;
    QString message;
    if (m_required) {
        level = 3;
        message = tr("Conformance level 3: the descriptor has extensions that are required (for example %1); "
                     "platforms that do not understand them must refuse it")
                      .arg(m_requiredExample);
    } else if (m_extensions || m_index.foreignAttributeCount > 0) {
        level = 2;
        const QString example = m_extensions ? m_example : m_index.firstForeignAttributeName;
        message = tr("Conformance level 2: the descriptor has custom extensions (for example %1), all optional")
                      .arg(example);
    } else {
        message = tr("Conformance level 1: the descriptor uses only what OVF defines, no custom extensions");
    }
    m_ctx.setConformanceLevel(level);
    m_ctx.report(u"conformance-level", root, message);
}

} // namespace

void runExtensionRules(Context &ctx)
{
    ExtensionRules rules(ctx);
    rules.checkSectionPositions();
    rules.checkForeignElements();
    rules.reportAggregates();
    rules.reportConformance();
}

} // namespace ovf::validation
