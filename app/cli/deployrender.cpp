#include "app/cli/deployrender.h"

#include "app/cli/output.h"

#include "model/ovf/units.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace ovfctl {

namespace {

class DeployText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

const QString mask = u"********"_s;

QString sourceName(ResolvedProperty::Source s)
{
    switch (s) {
    case ResolvedProperty::Source::EntityValue:
    case ResolvedProperty::Source::Value: return DeployText::tr("given");
    case ResolvedProperty::Source::ConfigurationValue: return DeployText::tr("option default");
    case ResolvedProperty::Source::Default: return DeployText::tr("default");
    case ResolvedProperty::Source::None: return DeployText::tr("empty");
    }
    return {};
}

// The effective CPU count and memory (the plan's choice or the package's), with the
// package's value when the plan changed it.
QString hardwareLine(const EffectiveSystem &s, const PlanCheck &check)
{
    const int cpus = check.cpus.value(s.id, int(s.figures.cpus));
    QString cpuText = DeployText::tr("%1 vCPU").arg(cpus);
    if (cpus != s.figures.cpus)
        cpuText += DeployText::tr(" (package: %1)").arg(s.figures.cpus);
    QStringList parts{cpuText};
    const bool known = s.figures.hasMemory && s.figures.memoryError.isEmpty();
    if (check.memoryBytes.contains(s.id)) {
        const quint64 bytes = check.memoryBytes.value(s.id);
        QString memText = DeployText::tr("%1 memory").arg(ovf::formatByteSize(bytes, QLocale::c()));
        if (!known)
            memText += DeployText::tr(" (the package gives none usable)");
        else if (bytes != s.figures.memoryBytes)
            memText += DeployText::tr(" (package: %1)").arg(ovf::formatByteSize(s.figures.memoryBytes, QLocale::c()));
        parts.append(memText);
    } else if (known) {
        parts.append(DeployText::tr("%1 memory").arg(ovf::formatByteSize(s.figures.memoryBytes, QLocale::c())));
    } else {
        parts.append(DeployText::tr("memory unknown"));
    }
    parts.append(countNoun(s.disks.size(), DeployText::tr("disk"), DeployText::tr("disks")));
    parts.append(countNoun(s.nics.size(), DeployText::tr("NIC"), DeployText::tr("NICs")));
    return parts.join(u", "_s);
}

QString formatShortName(const QString &uri)
{
    const qsizetype hash = uri.lastIndexOf(u'#');
    return hash >= 0 ? uri.mid(hash + 1) : uri.section(u'/', -1);
}

} // namespace

QStringList passwordKeys(const Plan &plan, const PlanCheck &check)
{
    QStringList out;
    for (auto it = plan.properties.cbegin(); it != plan.properties.cend(); ++it) {
        const qsizetype colon = it.key().lastIndexOf(u':');
        const QString key = colon < 0 ? it.key() : it.key().mid(colon + 1);
        for (const ResolvedProperty &p : check.properties) {
            if (p.fullKey == key && p.isPassword() && (colon < 0 || p.entityId == it.key().left(colon)))
                out.append(it.key());
        }
    }
    out.removeDuplicates();
    return out;
}

PlanCheck maskedPasswords(const PlanCheck &check)
{
    PlanCheck masked = check;
    for (ResolvedProperty &p : masked.properties) {
        if (p.isPassword()) {
            p.value = mask;
            p.rawValue = mask;
        }
    }
    return masked;
}

QString renderPlan(const Plan &plan, const PlanCheck &check)
{
    QString text = DeployText::tr("Deployment plan for %1\n").arg(sanitize(plan.package));
    Table choices;
    const QString option = check.effective.configuration();
    choices.addRow({DeployText::tr("Deployment option"),
                    option.isNull() ? DeployText::tr("(the package has none)")
                                    : sanitize(option) + (plan.deploymentOption.isEmpty() ? DeployText::tr(" (default)") : QString())});
    choices.addRow({DeployText::tr("Target"), plan.backend == BackendKind::Libvirt
                                                  ? DeployText::tr("libvirt %1").arg(sanitize(plan.libvirtUri))
                                                  : DeployText::tr("folder %1").arg(sanitize(plan.outputPath))});
    choices.addRow({DeployText::tr("Storage"), DeployText::tr("%1 (%2)").arg(sanitize(check.storage), diskFormatName(plan.diskFormat))});
    choices.addRow({DeployText::tr("Power on"), plan.powerOn ? DeployText::tr("yes") : DeployText::tr("no")});
    choices.addRow({DeployText::tr("Firmware"), plan.firmware == FirmwareChoice::Auto
                                                    ? DeployText::tr("as the package asks (BIOS unless it asks for UEFI)")
                                                    : firmwareChoiceName(plan.firmware)});
    if (plan.allowUnchecked)
        choices.addRow({DeployText::tr("Trust"), DeployText::tr("deploy even without a complete manifest "
                                                                "(acknowledged with --allow-unchecked)")});
    for (const PackageEula &eula : check.eulas) {
        for (const EulaAcceptance &a : plan.eulaAcceptances) {
            if (acceptanceMatches(a, eula)) {
                choices.addRow({DeployText::tr("EULA %1").arg(sanitize(eula.label())),
                                DeployText::tr("accepted %1 (locale %2, SHA-256 %3)")
                                    .arg(a.acceptedAt.toUTC().toString(Qt::ISODate),
                                         a.locale.isEmpty() ? DeployText::tr("default") : sanitize(a.locale),
                                         a.sha256.left(16) + u"…"_s)});
                break;
            }
        }
    }
    text += choices.render(false);

    text += DeployText::tr("\nVirtual systems, in startup order\n");
    int n = 0;
    for (const EffectiveSystem &s : check.effective.systems()) {
        text += u"  %1. %2  (OVF id \"%3\")  %4\n"_s.arg(++n).arg(sanitize(check.vmNames.value(s.id)), sanitize(s.id),
                                                            hardwareLine(s, check));
        for (const EffectiveDisk &d : s.disks) {
            QString what = d.file ? sanitize(d.file.href()) : DeployText::tr("blank");
            if (d.capacityBytes)
                what += u", "_s + ovf::formatByteSize(*d.capacityBytes, QLocale::c());
            if (!d.format.isEmpty())
                what += u", "_s + sanitize(formatShortName(d.format));
            text += DeployText::tr("       disk %1: %2\n").arg(sanitize(d.diskId.isEmpty() ? d.hostResource : d.diskId), what);
        }
        for (const EffectiveNic &nic : s.nics) {
            text += DeployText::tr("       NIC %1 → %2%3\n")
                        .arg(nic.network.isEmpty() ? DeployText::tr("(unconnected)") : u'"' + sanitize(nic.network) + u'"',
                             sanitize(nic.network.isEmpty() ? networkTargetLabel(Plan::notConnected.toString())
                                                            : networkTargetLabel(check.networks.value(nic.network, DeployText::tr("(none)")))),
                             nic.subType.isEmpty() ? QString() : u" ("_s + sanitize(nic.subType) + u')');
        }
        if (s.startup.listed) {
            QStringList parts{DeployText::tr("order %1").arg(s.startup.order)};
            if (s.startup.startDelay > 0)
                parts.append(DeployText::tr("start delay %1 s").arg(s.startup.startDelay));
            if (s.startup.waitingForGuest)
                parts.append(DeployText::tr("waits for the guest"));
            if (s.startup.startAction == u"none")
                parts.append(DeployText::tr("not started"));
            text += DeployText::tr("       startup: %1\n").arg(parts.join(u", "_s));
        }
        if (!s.transports.isEmpty())
            text += DeployText::tr("       environment transport: %1\n").arg(sanitize(s.transports.join(u' ')));
        for (const QString &note : s.notes)
            text += DeployText::tr("       note: %1\n").arg(sanitize(note));
    }

    if (!check.properties.isEmpty()) {
        text += DeployText::tr("\nProperties\n");
        Table props;
        for (const ResolvedProperty &p : check.properties) {
            props.addRow({sanitize(p.entityId), sanitize(p.fullKey) + u" = "_s + (p.isPassword() ? mask : sanitize(p.value)),
                          u'(' + sourceName(p.source) + u')'});
        }
        text += props.render(false);
    }
    if (!check.networks.isEmpty()) {
        text += DeployText::tr("\nNetworks\n");
        Table nets;
        for (auto it = check.networks.cbegin(); it != check.networks.cend(); ++it)
            nets.addRow({sanitize(it.key()), u"→ "_s + sanitize(networkTargetLabel(it.value()))});
        text += nets.render(false);
    }
    if (!check.notes.isEmpty()) {
        text += DeployText::tr("\nChosen for this target\n");
        for (const QString &note : check.notes)
            text += u"  - "_s + sanitize(note) + u'\n';
    }
    text += DeployText::tr("\nEquivalent command\n  %1\n").arg(sanitize(plan.toCommandLine(passwordKeys(plan, check))));
    return text;
}

} // namespace ovfctl
