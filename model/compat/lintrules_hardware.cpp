// Hardware lint rules: VirtualSystemType, controller and NIC subtypes, ResourceTypes,
// HostResource dialects, duplicate InstanceIDs (the validator's rule), memory units, firmware
// requests, ExtraConfig keys and the other vmw: extensions.
#include "model/compat/lintcontext.h"
#include "model/deploy/domainxmlbuilder.h"
#include "model/deploy/effectiveconfiguration.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/units.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

const QRegularExpression &tokenSeparators()
{
    static const QRegularExpression re(u"[\\s,]+"_s);
    return re;
}

// The ResourceTypes OVF Workbench's deploy maps (domainxmlbuilder.h's table).
const QList<int> &workbenchResourceTypes()
{
    static const QList<int> types{3, 4, 5, 6, 10, 15, 16, 17, 20, 21, 23, 24};
    return types;
}

class HardwareRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Linter)

public:
    explicit HardwareRules(LintContext &ctx) : m_ctx(ctx), m_p(ctx.profile()), m_label(profileLabel(ctx.profile())) { }

    void systemType(const QList<VirtualHardwareSection> &sections);
    void item(const HardwareItem &item);
    void firmware(const VirtualHardwareSection &vhs);
    void extensions(const VirtualHardwareSection &vhs);
    void duplicateInstanceIds();

private:
    bool acceptsSystemType(const QString &type) const;
    void subtype(const HardwareItem &item, int rt);

    LintContext &m_ctx;
    const Profile &m_p;
    QString m_label;
};

bool HardwareRules::acceptsSystemType(const QString &type) const
{
    if (m_p.workbenchDeploy)
        return deploy::EffectiveConfiguration::systemTypeRank(type) >= 0;
    for (const QString &token : type.split(tokenSeparators(), Qt::SkipEmptyParts)) {
        for (const QString &pattern : m_p.systemTypes) {
            const QRegularExpression re(u"^(?:%1)$"_s.arg(pattern), QRegularExpression::CaseInsensitiveOption);
            if (re.match(token).hasMatch())
                return true;
        }
    }
    return false;
}

void HardwareRules::systemType(const QList<VirtualHardwareSection> &sections)
{
    if (!m_p.workbenchDeploy && m_p.systemTypes.isEmpty())
        return;
    // A system may offer one VirtualHardwareSection per platform (DSP0243 §9.6): the platform
    // takes the one it supports, so only a system with none it accepts is reported.
    const VirtualHardwareSection *first = nullptr;
    for (const VirtualHardwareSection &vhs : sections) {
        const xml::Element *system = vhs.systemElement();
        const xml::Element *typeElement = system ? anyChild(system, u"VirtualSystemType") : nullptr;
        if (!typeElement)
            continue;
        if (acceptsSystemType(typeElement->text().trimmed()))
            return;
        if (!first)
            first = &vhs;
    }
    if (!first)
        return;
    const xml::Element *typeElement = anyChild(first->systemElement(), u"VirtualSystemType");
    const Verdict verdict = m_p.workbenchDeploy ? Verdict::Degraded : m_p.otherSystemType;
    m_ctx.add(u"system-type", verdict, typeElement,
              tr("%1 does not accept the hardware family '%2'%3")
                  .arg(m_label, typeElement->text().trimmed(),
                       verdict == Verdict::Refused ? tr(" (\"Unsupported hardware family\")") : QString()),
              m_p.preferredSystemType.isEmpty() ? QString()
                                                : tr("set VirtualSystemType to %1").arg(m_p.preferredSystemType),
              m_p.preferredSystemType);
}

void HardwareRules::subtype(const HardwareItem &item, int rt)
{
    const QString subtype = item.resourceSubType().trimmed();
    const xml::Element *where = item.fieldElement(u"ResourceSubType");
    if (!where)
        where = item.element();
    const QStringView rule = rt == 10 ? u"nic-subtype" : u"controller-subtype";
    if (m_p.workbenchDeploy) {
        // Ask the deploy's own mapping (DomainXmlBuilder), the one place it is decided.
        QString lost;
        if (rt == 10 && !subtype.isEmpty() && !deploy::DomainXmlBuilder::nicModel(subtype))
            lost = tr("the adapter becomes an e1000");
        else if (rt == 6 && !subtype.isEmpty() && !deploy::DomainXmlBuilder::scsiModel(subtype))
            lost = tr("the controller becomes virtio-scsi");
        else if (rt == 20 && isNvmeSubtype(subtype))
            lost = tr("the NVMe controller becomes SATA");
        if (!lost.isEmpty())
            m_ctx.add(rule, Verdict::Degraded, where,
                      tr("%1 has no '%2' %3: %4").arg(m_label, subtype, item.resourceTypeName(), lost));
        return;
    }
    const SubtypeRule::Bus bus = rt != 20 ? SubtypeRule::Bus::Any
                                          : (isNvmeSubtype(subtype) ? SubtypeRule::Bus::Nvme : SubtypeRule::Bus::Sata);
    for (const SubtypeRule &r : m_p.subtypes) {
        if (r.resourceType != rt || (rt == 20 && r.bus != bus))
            continue;
        const QStringList tokens = subtype.split(tokenSeparators(), Qt::SkipEmptyParts);
        bool ok = tokens.isEmpty() && r.accepted.contains(QString());
        for (const QString &t : tokens) {
            for (const QString &a : r.accepted)
                ok = ok || (!a.isEmpty() && a.compare(t, Qt::CaseInsensitive) == 0);
        }
        if (ok)
            return;
        QString fix;
        if (r.preferred)
            fix = r.preferred->isEmpty() ? tr("remove the ResourceSubType")
                                         : tr("set ResourceSubType to %1").arg(*r.preferred);
        const QString shown = subtype.isEmpty() ? tr("(none)") : subtype;
        QStringList offered;
        for (const QString &a : r.accepted)
            offered << (a.isEmpty() ? tr("no subtype") : a);
        m_ctx.add(rule, r.otherwise, where,
                  offered.isEmpty()
                      ? tr("%1 has no %2 of this kind ('%3')").arg(m_label, item.resourceTypeName(), shown)
                      : tr("%1 does not offer %2 model '%3' (it offers %4)")
                            .arg(m_label, item.resourceTypeName(), shown, offered.join(u", "_s)),
                  fix, r.preferred.value_or(QString()));
        return;
    }
}

void HardwareRules::item(const HardwareItem &item)
{
    const int rt = item.resourceType();
    if (rt < 0)
        return;
    // ResourceTypes the platform maps to no device.
    const QList<int> &known = m_p.workbenchDeploy ? workbenchResourceTypes() : m_p.resourceTypes;
    if (!known.isEmpty() && !known.contains(rt)) {
        Verdict v = m_p.workbenchDeploy ? Verdict::Degraded : m_p.otherResourceType;
        if (v == Verdict::Refused && !item.isRequired())
            v = Verdict::Degraded; // ovf:required="false": the platform may leave it out (DSP0243 §9.6)
        m_ctx.add(u"resource-type", v, item.element(),
                  v == Verdict::Refused
                      ? tr("%1 has no device for ResourceType %2 (%3): \"No support for the virtual hardware device "
                           "type\"")
                            .arg(m_label)
                            .arg(rt)
                            .arg(item.resourceTypeName())
                      : tr("%1 leaves out %2 (ResourceType %3)").arg(m_label, item.resourceTypeName()).arg(rt));
        return;
    }
    if (rt == 5 || rt == 6 || rt == 10 || rt == 20)
        subtype(item, rt);
    if (rt == 17 && !m_p.readsBareHostResource) {
        for (xml::Element *hr : anyChildren(item.element(), u"HostResource")) {
            const validation::PackageReference ref = validation::parsePackageReference(hr->text().trimmed());
            if (ref.kind == validation::PackageReference::Kind::None || ref.standard)
                continue;
            const QString standard = (ref.kind == validation::PackageReference::Kind::Disk ? u"ovf:/disk/"_s
                                                                                             : u"ovf:/file/"_s)
                + ref.id;
            m_ctx.add(u"host-resource", m_p.bareHostResource, hr,
                      tr("%1 resolves only %2; the disk written '%3' %4")
                          .arg(m_label, u"ovf:/disk/ID"_s, hr->text().trimmed(),
                               m_p.bareHostResource == Verdict::Refused ? tr("makes the import fail")
                                                                        : tr("is skipped")),
                      tr("write %1").arg(standard), standard);
        }
    }
    if (rt == 4 && m_p.assumesMegabytes && !isMegabytes(item.allocationUnits())) {
        const auto bytes = parseByteQuantity(item.virtualQuantity(), item.allocationUnits());
        const bool exact = bytes && *bytes % (quint64(1) << 20) == 0;
        m_ctx.add(u"memory-units", Verdict::Degraded, item.element(),
                  tr("%1 reads memory as MB whatever its AllocationUnits: %2 %3 would become %2 MB")
                      .arg(m_label, item.virtualQuantity(), item.allocationUnits()),
                  exact ? tr("write %1 MB (AllocationUnits byte * 2^20)").arg(*bytes >> 20) : QString(),
                  exact ? QString::number(*bytes >> 20) : QString());
    }
}

bool requestsEfi(const VirtualHardwareSection &vhs)
{
    for (const xml::Element *c : vhs.element()->childElements()) {
        if (c->namespaceUri() == ns::Vmw && c->localName() == u"Config"
            && c->attributeValue(ns::Vmw, u"key") == u"firmware"
            && c->attributeValue(ns::Vmw, u"value").compare(u"efi"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool vboxRequestsEfi(const xml::Element *system)
{
    // vbox:Machine/Hardware/Firmware type="EFI" (VirtualBox writes its children unprefixed).
    for (const xml::Element *c : system->childElements()) {
        if (c->localName() != u"Machine" || !c->namespaceUri().contains(u"virtualbox"_s))
            continue;
        const xml::Element *hw = anyChild(c, u"Hardware");
        const xml::Element *fw = hw ? anyChild(hw, u"Firmware") : nullptr;
        if (fw && fw->attributeValue({}, u"type").startsWith(u"EFI"_s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void HardwareRules::firmware(const VirtualHardwareSection &vhs)
{
    const bool vmw = requestsEfi(vhs);
    const bool vbox = vboxRequestsEfi(vhs.element()->parent());
    if (!vmw && !vbox)
        return;
    if ((vmw && m_p.readsVmwFirmware) || (vbox && m_p.readsVboxFirmware))
        return;
    // A platform that reads VMware's spelling gets it added (VirtualBox's request kept too).
    const bool fixable = !vmw && m_p.readsVmwFirmware;
    m_ctx.add(u"firmware", Verdict::Degraded, vhs.element(),
              tr("The VM asks for UEFI firmware (%1), which %2 does not read: it is created with BIOS and a "
                 "UEFI-only guest will not boot")
                  .arg(vmw ? u"vmw:Config firmware=\"efi\""_s : u"vbox:Machine Firmware"_s, m_label),
              fixable ? tr("add vmw:Config firmware=\"efi\"") : QString(), fixable ? u"efi"_s : QString());
}

void HardwareRules::extensions(const VirtualHardwareSection &vhs)
{
    int ignored = 0;
    const xml::Element *firstIgnored = nullptr;
    const auto scan = [&](const xml::Element *parent) {
        for (const xml::Element *c : parent->childElements()) {
            if (c->namespaceUri() != ns::Vmw || (c->localName() != u"Config" && c->localName() != u"ExtraConfig"))
                continue;
            const QString key = c->attributeValue(ns::Vmw, u"key");
            if (!m_p.readsVmwExtensions) {
                if (key == u"firmware" && m_p.readsVmwFirmware)
                    continue;
                if (ignored++ == 0)
                    firstIgnored = c;
                continue;
            }
            if (c->localName() != u"ExtraConfig")
                continue;
            for (const QString &pattern : m_p.refusedExtraConfig) {
                if (QRegularExpression(u"^(?:%1)$"_s.arg(pattern), QRegularExpression::CaseInsensitiveOption)
                        .match(key)
                        .hasMatch()) {
                    m_ctx.add(u"extra-config-key", m_p.extraConfig, c,
                              tr("%1 does not apply ExtraConfig key '%2' (OVF Tool drops keys outside its "
                                 "allow-list unless --allowExtraConfig is given)")
                                  .arg(m_label, key),
                              tr("remove ExtraConfig '%1'").arg(key), key);
                    break;
                }
            }
        }
    };
    scan(vhs.element());
    for (const HardwareItem &item : vhs.items())
        scan(item.element());
    if (ignored > 0)
        m_ctx.add(u"ignored-vmware-extension", Verdict::Ignored, firstIgnored,
                  tr("%1 does not apply VMware's vmw:Config / vmw:ExtraConfig settings (%n here)", nullptr, ignored)
                      .arg(m_label));
}

void HardwareRules::duplicateInstanceIds()
{
    // The validator's rule decides what a clash is (bounds and per-configuration overrides
    // share InstanceIDs legitimately); here it gets the platform's verdict and a fix.
    for (const validation::Problem &p : m_ctx.validation().problems) {
        if (p.ruleId != u"duplicate-instance-id" || p.severity != validation::Severity::Error || !p.location.element)
            continue;
        const HardwareItem item(const_cast<xml::Element *>(p.location.element));
        m_ctx.add(u"duplicate-instance-id", m_p.duplicateInstanceId, p.location.element,
                  tr("%1: %2").arg(m_label, p.message),
                  tr("give %1 an unused InstanceID").arg(item.resourceTypeName()));
    }
}

} // namespace

void lintHardware(LintContext &ctx)
{
    HardwareRules rules(ctx);
    for (const Entity &entity : ctx.descriptor().envelope().allEntities()) {
        if (entity.isCollection())
            continue;
        QList<VirtualHardwareSection> sections;
        for (const Section &s : entity.sections(SectionKind::VirtualHardware))
            sections.append(VirtualHardwareSection(s.element()));
        rules.systemType(sections);
        for (const VirtualHardwareSection &vhs : std::as_const(sections)) {
            for (const HardwareItem &item : vhs.items())
                rules.item(item);
            rules.firmware(vhs);
            rules.extensions(vhs);
        }
    }
    rules.duplicateInstanceIds();
}

} // namespace ovf::compat
