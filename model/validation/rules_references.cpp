// Reference rules outside the virtual hardware: what Disks, Strings, Icons, startup and
// scale-out entries, placements and ovf:configuration attributes name must exist; and Files
// and Disks should be used by something.
#include "model/ovf/sections.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

class ReferenceRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit ReferenceRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index()) { }

    void checkDisks();
    void checkStrings();
    void checkEntitySections();
    void checkConfigurations();
    void checkUnreferenced();

private:
    // " (did you mean 'X'?)" when an id differs only in letter case.
    QString fileHint(const QString &id) const;
    void checkFileRef(QStringView rule, const xml::Element *e, const QString &what, const QString &id);

    Context &m_ctx;
    const EnvelopeIndex &m_index;
};

QString ReferenceRules::fileHint(const QString &id) const
{
    const QString near = EnvelopeIndex::caseInsensitiveMatch(m_index.fileById, id);
    return near.isEmpty() ? QString() : tr(" (ids are case-sensitive: did you mean %1?)").arg(quoted(near));
}

void ReferenceRules::checkFileRef(QStringView rule, const xml::Element *e, const QString &what, const QString &id)
{
    if (m_index.fileById.contains(id))
        return;
    m_ctx.report(rule, e, tr("%1 refers to file %2, which is not in References%3").arg(what, quoted(id), fileHint(id)));
}

void ReferenceRules::checkDisks()
{
    for (const VirtualDisk &d : m_index.disks) {
        const QString name = tr("Disk %1").arg(quoted(d.diskId()));
        if (d.hasFileRef())
            checkFileRef(u"unresolved-disk-file", d.element(), name, d.fileRef());
        const QString parent = d.parentRef();
        if (parent.isEmpty())
            continue; // absent, or empty as oVirt writes it: no parent
        if (parent == d.diskId()) {
            m_ctx.report(u"unresolved-parent-disk", d.element(), tr("%1 names itself as its parent disk").arg(name));
        } else if (!m_index.diskById.contains(parent)) {
            m_ctx.report(u"unresolved-parent-disk", d.element(),
                         tr("%1 refers to parent disk %2, which is not in the DiskSection").arg(name, quoted(parent)));
        }
    }
}

void ReferenceRules::checkStrings()
{
    for (const StringsBundle &b : m_index.bundles) {
        const QString lang = b.language();
        const QString name = lang.isEmpty() ? tr("A Strings bundle") : tr("The %1 Strings bundle").arg(quoted(lang));
        if (b.isExternal())
            checkFileRef(u"unresolved-strings-file", b.element(), name, b.fileRef());
        // Msg ovf:fileRef: rules_strings.cpp, which reads every Msg once.
    }
}

void ReferenceRules::checkEntitySections()
{
    QSet<QString> placementGroups;
    const auto collectGroups = [&](const QList<Section> &sections) {
        for (const Section &s : sections) {
            if (s.kind() == SectionKind::PlacementGroup)
                placementGroups.insert(ovfAttr(s.element(), u"id"));
        }
    };
    collectGroups(m_index.envelopeSections);
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities)
        collectGroups(info.sections);

    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        if (m_ctx.cancelledEvery(64))
            return;
        QSet<QString> childIds;
        if (info.entity.isCollection()) {
            for (const Entity &c : info.entity.children())
                childIds.insert(c.id());
        }
        const QString owner = info.entity.id();
        for (const Section &s : info.sections) {
            const xml::Element *e = s.element();
            switch (s.kind()) {
            case SectionKind::Startup:
                if (!info.entity.isCollection())
                    break; // section-placement
                for (const StartupEntry &entry : StartupSection(s.element()).entries()) {
                    if (childIds.contains(entry.id))
                        continue;
                    m_ctx.report(u"unresolved-startup-entity", entry.element,
                                 tr("The StartupSection of %1 starts %2, which is not a VirtualSystem or "
                                    "VirtualSystemCollection in that collection")
                                     .arg(quoted(owner), quoted(entry.id)));
                }
                break;
            case SectionKind::ScaleOut: {
                if (!info.entity.isCollection())
                    break;
                const QString id = ovfAttr(e, u"id");
                if (!childIds.contains(id)) {
                    m_ctx.report(u"unresolved-scale-out-entity", e,
                                 tr("The ScaleOutSection of %1 scales %2, which is not a VirtualSystem or "
                                    "VirtualSystemCollection in that collection")
                                     .arg(quoted(owner), quoted(id)));
                }
                break;
            }
            case SectionKind::Placement: {
                const QString group = ovfAttr(e, u"group");
                if (!placementGroups.contains(group)) {
                    m_ctx.report(u"unresolved-placement-group", e,
                                 tr("The PlacementSection of %1 names placement group %2, but no "
                                    "PlacementGroupSection has that id")
                                     .arg(quoted(owner), quoted(group)));
                }
                break;
            }
            case SectionKind::Product:
                for (const ProductIcon &icon : ProductSection(s.element()).icons())
                    checkFileRef(u"unresolved-icon-file", icon.element, tr("The product icon"), icon.fileRef);
                break;
            case SectionKind::EnvironmentFiles:
                for (const EnvironmentFile &f : EnvironmentFilesSection(s.element()).files()) {
                    checkFileRef(u"unresolved-environment-file", f.element,
                                 tr("Environment file %1").arg(quoted(f.path)), f.fileRef);
                }
                break;
            default:
                break;
            }
        }
    }
}

void ReferenceRules::checkConfigurations()
{
    const bool hasSection = !m_index.configurations.isEmpty();
    for (const EnvelopeIndex::Use &use : m_index.configurationUses) {
        if (m_ctx.cancelledEvery())
            return;
        const QStringList ids = use.value.split(u' ', Qt::SkipEmptyParts);
        if (ids.isEmpty()) {
            m_ctx.report(u"unresolved-configuration", use.element,
                         tr("%1 has an empty ovf:configuration; leave the attribute out to apply to every "
                            "configuration")
                             .arg(use.element->localName()),
                         Severity::Warning);
            continue;
        }
        for (const QString &id : ids) {
            if (m_index.configurationById.contains(id))
                continue;
            m_ctx.report(u"unresolved-configuration", use.element,
                         hasSection ? tr("%1 applies to configuration %2, which is not in the DeploymentOptionSection")
                                          .arg(use.element->localName(), quoted(id))
                                    : tr("%1 applies to configuration %2, but the descriptor has no "
                                         "DeploymentOptionSection")
                                          .arg(use.element->localName(), quoted(id)));
        }
    }
}

void ReferenceRules::checkUnreferenced()
{
    for (const FileReference &f : m_index.files) {
        if (m_index.fileRefsSeen.contains(f.id()))
            continue;
        m_ctx.report(u"unreferenced-file", f.element(),
                     tr("File %1 (%2) is in References, but nothing in the descriptor uses it")
                         .arg(quoted(f.id()), quoted(f.href())));
    }
    for (const VirtualDisk &d : m_index.disks) {
        if (m_index.diskRefsSeen.contains(d.diskId()))
            continue;
        m_ctx.report(u"unreferenced-disk", d.element(),
                     tr("Disk %1 is not attached to any virtual system (no HostResource ovf:/disk/%2)")
                         .arg(quoted(d.diskId()), d.diskId()));
    }
}

} // namespace

void runReferenceRules(Context &ctx)
{
    ReferenceRules rules(ctx);
    rules.checkDisks();
    rules.checkStrings();
    rules.checkEntitySections();
    rules.checkConfigurations();
    rules.checkUnreferenced();
}

} // namespace ovf::validation
