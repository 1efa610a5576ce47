// Structure rules: where sections may appear and how often, the Info every section and
// entity carries, entity ids, and the DeploymentOptionSection's configurations.
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfschema.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

class StructureRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit StructureRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index())
    {
        const ns::OvfVersion v = ctx.descriptor().version();
        m_legacy = v == ns::OvfVersion::V0_9 || v == ns::OvfVersion::Draft;
    }

    void checkSections(const QList<Section> &sections, Container place, const QString &ownerName);
    void checkEntities();
    void checkDeploymentOptions();

    static QString placesText(unsigned allowed)
    {
        QStringList names;
        if (allowed & unsigned(Container::Envelope))
            names.append(tr("the Envelope"));
        if (allowed & unsigned(Container::VirtualSystem))
            names.append(tr("a VirtualSystem"));
        if (allowed & unsigned(Container::VirtualSystemCollection))
            names.append(tr("a VirtualSystemCollection"));
        return names.join(tr(" or "));
    }

private:
    void checkInfo(const xml::Element *e, const QString &what);

    Context &m_ctx;
    const EnvelopeIndex &m_index;
    bool m_legacy = false;
};

void StructureRules::checkInfo(const xml::Element *e, const QString &what)
{
    if (!ovfChild(e, u"Info"))
        m_ctx.report(u"missing-info", e, tr("%1 has no Info element; OVF requires one").arg(what));
}

// Placement and multiplicity come from the schema table (OvfSchema).
void StructureRules::checkSections(const QList<Section> &sections, Container place, const QString &ownerName)
{
    QHash<int, const xml::Element *> firstOfKind;
    QHash<QString, const xml::Element *> productKeys;
    for (const Section &s : sections) {
        const xml::Element *e = s.element();
        const SectionKind kind = s.kind();
        if (kind == SectionKind::Unknown) {
            // Sections of the OVF namespace still need their Info; vendor and unqualified
            // elements are the extension rules' business (they may not be sections at all).
            if (ns::isOvf(e->namespaceUri()))
                checkInfo(e, tr("Section %1 in %2").arg(s.displayName(), ownerName));
            continue;
        }
        checkInfo(e, tr("%1 in %2").arg(s.displayName(), ownerName));

        const SectionSchema *p = OvfSchema::section(kind);
        if (!p->allowedIn(place)) {
            // OVF 0.9 and the pre-1.0 drafts put more sections at the Envelope level. Out of
            // place, the advisory sections (start order, reservations, annotation) are only
            // ignored by a consumer; the others change what gets deployed.
            const bool advisory = kind == SectionKind::Startup || kind == SectionKind::ResourceAllocation
                || kind == SectionKind::Annotation;
            m_ctx.report(u"section-placement", e,
                         advisory ? tr("%1 is not allowed in %2, so deployments will ignore it; OVF allows it "
                                       "only in %3")
                                        .arg(s.displayName(), ownerName, placesText(p->containers))
                                  : tr("%1 is not allowed in %2; OVF allows it only in %3")
                                        .arg(s.displayName(), ownerName, placesText(p->containers)),
                         (m_legacy || advisory) ? Severity::Warning : Severity::Error);
        } else if (!p->repeatable()) {
            const int k = int(kind);
            if (const xml::Element *first = firstOfKind.value(k)) {
                m_ctx.report(u"duplicate-section", e,
                             tr("%1 has a second %2 (the first is on line %3); OVF allows only one")
                                 .arg(ownerName, s.displayName())
                                 .arg(first->position().line));
            } else {
                firstOfKind.insert(k, e);
            }
        }
        if (kind == SectionKind::Product) {
            const QString cls = ovfAttr(e, u"class");
            const QString inst = ovfAttr(e, u"instance");
            const QString key = cls + u'\n' + inst;
            if (const xml::Element *first = productKeys.value(key)) {
                const QString which = cls.isEmpty() && inst.isEmpty()
                    ? tr("neither has ovf:class nor ovf:instance")
                    : tr("both have ovf:class %1 and ovf:instance %2").arg(quoted(cls), quoted(inst));
                m_ctx.report(u"duplicate-product-class", e,
                             tr("%1 has two ProductSections that %2 (the first is on line %3); give each product "
                                "its own ovf:class or ovf:instance")
                                 .arg(ownerName, which)
                                 .arg(first->position().line));
            } else {
                productKeys.insert(key, e);
            }
        }
    }
}

void StructureRules::checkEntities()
{
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        if (m_ctx.cancelledEvery(64))
            return;
        const Entity &entity = info.entity;
        const xml::Element *e = entity.element();
        const bool collection = entity.isCollection();
        const QString kindName = collection ? u"VirtualSystemCollection"_s : u"VirtualSystem"_s;
        const QString id = entity.id();
        const QString name = id.isEmpty() ? kindName : u"%1 '%2'"_s.arg(kindName, id);
        if (id.trimmed().isEmpty()) {
            m_ctx.report(u"missing-entity-id", e,
                         entity.hasId() ? tr("%1 has an empty ovf:id; every entity needs a unique id").arg(kindName)
                                        : tr("%1 has no ovf:id; every entity needs a unique id").arg(kindName));
        }
        checkInfo(e, name);
        checkSections(info.sections, collection ? Container::VirtualSystemCollection : Container::VirtualSystem, name);
        if (collection) {
            bool hasChild = false;
            for (const xml::Element *c : e->childElements()) {
                if (Entity::isEntity(c)) {
                    hasChild = true;
                    break;
                }
            }
            if (!hasChild) {
                m_ctx.report(u"empty-collection", e,
                             tr("%1 contains no VirtualSystem or VirtualSystemCollection").arg(name));
            }
        } else {
            bool hasHardware = false;
            for (const Section &s : info.sections)
                hasHardware = hasHardware || s.kind() == SectionKind::VirtualHardware;
            if (!hasHardware) {
                m_ctx.report(u"missing-hardware", e,
                             tr("%1 has no VirtualHardwareSection; a platform cannot know what virtual machine to "
                                "create")
                                 .arg(name));
            }
        }
    }
}

void StructureRules::checkDeploymentOptions()
{
    for (const Section &s : m_index.envelopeSections) {
        if (s.kind() != SectionKind::DeploymentOption)
            continue;
        const QList<xml::Element *> configs = ovfChildren(s.element(), u"Configuration");
        if (configs.isEmpty()) {
            m_ctx.report(u"no-configurations", s.element(),
                         tr("The DeploymentOptionSection has no Configuration; it needs at least one"));
            continue;
        }
        const xml::Element *firstDefault = nullptr;
        for (const xml::Element *c : configs) {
            if (!parseXsBoolean(ovfAttr(c, u"default")).value_or(false))
                continue;
            if (!firstDefault) {
                firstDefault = c;
                continue;
            }
            m_ctx.report(u"multiple-default-configurations", c,
                         tr("Configuration %1 is marked as the default, but so is %2; only one may be")
                             .arg(quoted(ovfAttr(c, u"id")), quoted(ovfAttr(firstDefault, u"id"))));
        }
    }
}

} // namespace

void runStructureRules(Context &ctx)
{
    StructureRules rules(ctx);
    rules.checkSections(ctx.index().envelopeSections, Container::Envelope, StructureRules::tr("the Envelope"));
    rules.checkEntities();
    rules.checkDeploymentOptions();
}

} // namespace ovf::validation
