// Envelope-level lint rules: OVF generation, OVF 2 items and sections, collections (and
// vCloud Director's shared id), unqualified attributes, VMware's required sections, template
// placeholders, the parts a platform ignores, VM names, descriptor size.
#include "model/compat/lintcontext.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/productsection.h"
#include "model/validation/vendordialects.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

class EnvelopeRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Linter)

public:
    explicit EnvelopeRules(LintContext &ctx) : m_ctx(ctx), m_p(ctx.profile()), m_label(profileLabel(ctx.profile())) { }

    void version();
    void ovf2Items(const xml::Element *e);
    void collections();
    void unqualifiedAttributes();
    void vmwareSections();
    void placeholders(const xml::Element *e);
    void ignoredParts();
    void names();
    void descriptorSize();
    void walk(const xml::Element *e);

private:
    void placeholderIn(const xml::Element *e, const QString &text, const QString &where, bool numeric);

    // ovf:class of ProductSections that declare a class but no properties: the platform
    // supplies their values (the validator's EntityInfo::platformClasses()).
    const QSet<QString> &platformClasses()
    {
        if (!m_platformClasses) {
            m_platformClasses.emplace();
            for (const validation::EnvelopeIndex::EntityInfo &info : m_ctx.index().entities) {
                for (const auto &[cls, instance] : info.platformClasses())
                    m_platformClasses->insert(cls);
            }
        }
        return *m_platformClasses;
    }

    LintContext &m_ctx;
    const Profile &m_p;
    QString m_label;
    std::optional<QSet<QString>> m_platformClasses;
};

void EnvelopeRules::version()
{
    const ns::OvfVersion v = m_ctx.descriptor().version();
    if (m_p.ovfVersions.contains(v))
        return;
    const bool fixable = v == ns::OvfVersion::V2 && m_p.ovfVersions.contains(ns::OvfVersion::V1);
    m_ctx.add(u"ovf-version", m_p.otherVersion, m_ctx.descriptor().envelope().element(),
              tr("%1 does not read %2 envelopes").arg(m_label, ns::versionName(v)),
              fixable ? tr("rewrite as OVF 1.0 (namespaces, ovf:version, StorageItem and EthernetPortItem "
                           "as RASD Items)")
                      : QString(),
              {}, u"ovf2-to-ovf1");
}

bool isOvf2Item(const xml::Element *e)
{
    return ns::isOvfElement(e->namespaceUri())
        && (e->localName() == u"StorageItem" || e->localName() == u"EthernetPortItem");
}

void EnvelopeRules::ovf2Items(const xml::Element *e)
{
    if (m_p.readsOvf2Items || !isOvf2Item(e))
        return;
    const bool fixable = m_p.ovfVersions.contains(ns::OvfVersion::V1);
    const HardwareItem item(const_cast<xml::Element *>(e));
    m_ctx.add(u"ovf2-item", m_p.ovf2Items, e,
              tr("%1 does not read OVF 2 %2 elements: %3 (InstanceID %4) %5")
                  .arg(m_label, e->localName(), item.resourceTypeName(), item.instanceId(),
                       m_p.ovf2Items == Verdict::Refused ? tr("makes the import fail") : tr("is left out of the VM")),
              fixable ? tr("rewrite as an OVF 1.0 RASD Item") : QString(), {}, u"ovf2-to-ovf1");
}

void EnvelopeRules::collections()
{
    const Envelope env = m_ctx.descriptor().envelope();
    for (const Entity &entity : env.allEntities()) {
        if (!entity.isCollection())
            continue;
        const QList<Entity> children = entity.children();
        const bool single = children.size() == 1 && !children.constFirst().isCollection();
        if (!m_p.readsCollections && entity.parentEntity().isNull()) {
            m_ctx.add(u"collection", m_p.collection, entity.element(),
                      tr("%1 imports single virtual machines, not a VirtualSystemCollection (%2 holds %n entities)",
                         nullptr, int(children.size()))
                          .arg(m_label, entity.displayName()),
                      single ? tr("replace the collection by its only VirtualSystem (collection-level sections "
                                  "are dropped)")
                             : QString());
            continue;
        }
        if (!validation::isVcdSharedEntityId(entity) || !m_p.readsCollections)
            continue;
        // VMware platforms accept what vCloud Director writes; readers that key start order or
        // the OVF environment by entity id get an ambiguous reference.
        if (m_p.readsVmwExtensions)
            continue;
        const Entity system = children.constFirst();
        m_ctx.add(u"vcd-shared-entity-id", m_p.readsStartup ? Verdict::Degraded : Verdict::Ignored, system.element(),
                  tr("VirtualSystem %1 has the id of its collection (vCloud Director's single-VM vApp); on %2 "
                     "references to it (start order, OVF environment) are ambiguous")
                      .arg(entity.id(), m_label),
                  tr("rename the VirtualSystem to %1").arg(entity.id() + u"-vm"_s), entity.id() + u"-vm"_s);
    }
}

void EnvelopeRules::unqualifiedAttributes()
{
    if (m_p.readsUnqualifiedAttributes)
        return;
    // One finding per element and attribute name (vCenter writes hundreds of <Item
    // configuration=...>); the fix qualifies every occurrence.
    QHash<QString, int> counts;
    QList<const validation::EnvelopeIndex::Use *> firsts;
    for (const validation::EnvelopeIndex::Use &use : m_ctx.index().unqualifiedAttributes) {
        if (m_p.unqualifiedRead.contains(use.value))
            continue;
        const QString key = use.element->localName() + u' ' + use.value;
        if (counts[key]++ == 0)
            firsts.append(&use);
    }
    // Attributes without which the element means nothing to a strict reader.
    static const QStringList structural{u"href"_s, u"id"_s, u"diskId"_s, u"fileRef"_s, u"capacity"_s,
                                        u"name"_s, u"key"_s, u"type"_s};
    for (const validation::EnvelopeIndex::Use *use : std::as_const(firsts)) {
        const int n = counts[use->element->localName() + u' ' + use->value];
        const bool needed = structural.contains(use->value);
        m_ctx.add(u"unqualified-attribute", needed ? Verdict::Refused : Verdict::Degraded, use->element,
                  tr("%1 reads only ovf:%2; the unqualified %2= of %3 is not read%4")
                      .arg(m_label, use->value, use->element->localName(),
                           n > 1 ? tr(" (%1 elements)").arg(n) : QString()),
                  tr("write it as ovf:%1").arg(use->value), use->value);
    }
}

void EnvelopeRules::vmwareSections()
{
    if (m_p.readsVmwExtensions)
        return;
    for (const validation::EnvelopeIndex::ForeignElement &f : m_ctx.index().foreignElements) {
        if (!validation::isKnownVmwareSection(f.element))
            continue;
        const xml::Attribute *req = ovfAttribute(f.element, u"required");
        if (req && parseXsBoolean(req->value) == false)
            continue;
        m_ctx.add(u"vmw-required-section", Verdict::Degraded, f.element,
                  tr("%1 is marked required, but %2 does not apply VMware's %1 (OVF says a platform must "
                     "refuse a required extension it does not understand; %2 ignores it)")
                      .arg(f.element->qualifiedName(), m_label),
                  tr("mark it ovf:required=\"false\""));
    }
}

void EnvelopeRules::placeholderIn(const xml::Element *e, const QString &text, const QString &where, bool numeric)
{
    static const QRegularExpression pattern(u"@@[A-Za-z0-9_.-]+@@|\\{\\{\\s*[^{}]+?\\s*\\}\\}|\\$\\{([^}]*)\\}"_s);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(1) >= 0) {
            const QString name = m.captured(1).trimmed();
            if (m_ctx.index().allPropertyNames().contains(name))
                continue; // a ${property} reference OVF allows (DSP0243 §9.5)
            if (platformClasses().contains(name.section(u'.', 0, 0)))
                continue; // a macro the platform supplies (VMware's ${vami.ip0.X}), as the validator reads it
        }
        m_ctx.add(u"placeholder", numeric ? Verdict::Refused : Verdict::Degraded, e,
                  numeric ? tr("Template placeholder %1 left in %2, where a number is required: no platform can "
                               "import this")
                                .arg(m.captured(0), where)
                          : tr("Template placeholder %1 left in %2: it reaches the VM as written")
                                .arg(m.captured(0), where));
    }
}

void EnvelopeRules::placeholders(const xml::Element *e)
{
    static const QStringList numericAttributes{u"capacity"_s, u"size"_s, u"populatedSize"_s, u"chunkSize"_s,
                                               u"order"_s, u"startDelay"_s, u"stopDelay"_s};
    static const QStringList numericFields{u"VirtualQuantity"_s, u"Reservation"_s, u"Limit"_s, u"Weight"_s,
                                           u"ResourceType"_s, u"AddressOnParent"_s, u"InstanceID"_s};
    for (const xml::Attribute &a : e->attributes()) {
        if (!a.isNamespaceDeclaration() && (a.value.contains(u'@') || a.value.contains(u'{')))
            placeholderIn(e, a.value, u"%1/@%2"_s.arg(e->localName(), a.name->qualified),
                          numericAttributes.contains(a.name->local));
    }
    if (e->firstChildElement() == nullptr) {
        const QString text = e->text();
        if (text.contains(u'@') || text.contains(u'{'))
            placeholderIn(e, text, e->localName(), numericFields.contains(e->localName()));
    }
}

void EnvelopeRules::ignoredParts()
{
    const Envelope env = m_ctx.descriptor().envelope();
    for (const Entity &entity : env.allEntities()) {
        if (!m_p.readsProperties) {
            for (const ProductSection &ps : entity.productSections()) {
                const int n = int(ps.properties().size());
                if (n > 0)
                    m_ctx.add(u"ignored-properties", Verdict::Ignored, ps.element(),
                              tr("%1 does not read ProductSection properties: %n properties of %2 are neither "
                                 "offered nor passed to the guest",
                                 nullptr, n)
                                  .arg(m_label, entity.displayName()));
            }
        }
        for (const Section &s : entity.sections()) {
            if (!m_p.readsEulas && s.kind() == SectionKind::Eula)
                m_ctx.add(u"ignored-eula", Verdict::Ignored, s.element(),
                          tr("%1 does not show EULAs: the license of %2 is not presented for acceptance")
                              .arg(m_label, entity.displayName()));
            if (!m_p.readsStartup && s.kind() == SectionKind::Startup)
                m_ctx.add(u"ignored-startup", Verdict::Ignored, s.element(),
                          tr("%1 does not apply StartupSection order and delays").arg(m_label));
        }
    }
    const Section options = env.section(SectionKind::DeploymentOption);
    if (!m_p.readsDeploymentOptions && options)
        m_ctx.add(u"ignored-deployment-options", Verdict::Ignored, options.element(),
                  tr("%1 does not offer deployment options: the default configuration is deployed").arg(m_label));
    const QList<StringsBundle> bundles = env.stringsBundles();
    if (!m_p.readsStrings && !bundles.isEmpty())
        m_ctx.add(u"ignored-strings", Verdict::Ignored, bundles.constFirst().element(),
                  tr("%1 shows only the default texts; %n Strings bundles are not used", nullptr, int(bundles.size()))
                      .arg(m_label));
}

void EnvelopeRules::names()
{
    if (m_p.nameCharacters.isEmpty() && m_p.maxNameLength <= 0)
        return;
    const QRegularExpression allowed(u"^(%1)$"_s.arg(m_p.nameCharacters.isEmpty() ? u"."_s : m_p.nameCharacters));
    for (const Entity &entity : m_ctx.descriptor().envelope().allEntities()) {
        if (entity.isCollection())
            continue;
        const QString name = entityVmName(entity);
        QString kept;
        for (const QChar c : name) {
            if (allowed.match(QString(c)).hasMatch())
                kept += c;
        }
        const bool tooLong = m_p.maxNameLength > 0 && kept.size() > m_p.maxNameLength;
        if (kept == name && !tooLong)
            continue;
        const xml::Element *where = entity.name().element ? entity.name().element : entity.element();
        if (kept != name)
            m_ctx.add(u"vm-name", m_p.nameChanged, where,
                      tr("%1 names the VM %2, not %3 (characters it does not allow are removed)")
                          .arg(m_label, kept.isEmpty() ? tr("with a generated name") : u"'%1'"_s.arg(kept),
                               u"'%1'"_s.arg(name)));
        else
            m_ctx.add(u"vm-name", m_p.nameChanged, where,
                      tr("%1 allows VM names of at most %2 characters; '%3' has %4")
                          .arg(m_label)
                          .arg(m_p.maxNameLength)
                          .arg(name)
                          .arg(name.size()));
    }
}

void EnvelopeRules::descriptorSize()
{
    if (m_p.maxDescriptorBytes <= 0)
        return;
    const qint64 size = m_ctx.facts().descriptorBytes >= 0 ? m_ctx.facts().descriptorBytes
                                                           : qint64(m_ctx.descriptor().xml().source().size());
    if (size > m_p.maxDescriptorBytes)
        m_ctx.add(u"descriptor-size", Verdict::Refused, m_ctx.descriptor().envelope().element(),
                  tr("%1 reads descriptors of at most %2 bytes; this one has %3")
                      .arg(m_label)
                      .arg(m_p.maxDescriptorBytes)
                      .arg(size));
}

void EnvelopeRules::walk(const xml::Element *e)
{
    ovf2Items(e);
    placeholders(e);
    for (const xml::Element *c : e->childElements())
        walk(c);
}

void ovf2Sections(LintContext &ctx)
{
    const Profile &p = ctx.profile();
    if (p.ovfVersions.contains(ns::OvfVersion::V2))
        return;
    static const QList<SectionKind> ovf2Only{SectionKind::EnvironmentFiles, SectionKind::BootDevice,
                                             SectionKind::SharedDisk,       SectionKind::ScaleOut,
                                             SectionKind::PlacementGroup,   SectionKind::Placement,
                                             SectionKind::Encryption};
    const auto check = [&](const QList<Section> &sections) {
        for (const Section &s : sections) {
            if (ovf2Only.contains(s.kind()))
                ctx.add(u"ovf2-section", Verdict::Degraded, s.element(),
                        Linter::tr("%1 is OVF 2 only; %2 reads OVF 1 and leaves it out")
                            .arg(sectionKindName(s.kind()), profileLabel(p)));
        }
    };
    const Envelope env = ctx.descriptor().envelope();
    check(env.sections());
    for (const Entity &entity : env.allEntities())
        check(entity.sections());
}

} // namespace

void lintEnvelope(LintContext &ctx)
{
    EnvelopeRules rules(ctx);
    rules.version();
    rules.walk(ctx.descriptor().envelope().element());
    ovf2Sections(ctx);
    rules.collections();
    rules.unqualifiedAttributes();
    rules.vmwareSections();
    rules.ignoredParts();
    rules.names();
    rules.descriptorSize();
}

} // namespace ovf::compat
