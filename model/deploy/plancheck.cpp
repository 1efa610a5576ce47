#include "model/deploy/plancheck.h"

#include "model/deploy/resourcelimits.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(PlanCheck)
};

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'.' || u == u'-';
}

// The effective CPU count and memory of every system: the plan's choice, within
// ResourceLimits (the package's ovf:bound range, DSP0243 §9.8), else the package's value.
void checkResources(PlanCheck &c, const Plan &plan)
{
    using Kind = PlanProblem::Kind;
    QSet<QString> ids;
    for (const EffectiveSystem &s : c.effective.systems()) {
        ids.insert(s.id);
        const ResourceLimits limits = ResourceLimits::of(s, c.effective.configuration());
        int cpus = limits.cpus;
        if (const auto chosen = plan.cpus.constFind(s.id); chosen != plan.cpus.cend()) {
            if (*chosen < limits.minCpus || *chosen > limits.maxCpus)
                c.problems.append({Kind::Hardware, s.id,
                                   (limits.cpuRange ? CheckText::tr("%1 CPUs is outside the package's range of %2 to %3")
                                                    : CheckText::tr("%1 CPUs: choose %2 to %3"))
                                       .arg(*chosen)
                                       .arg(limits.minCpus)
                                       .arg(limits.maxCpus)});
            cpus = *chosen;
        }
        c.cpus.insert(s.id, cpus);
        quint64 memoryMiB = limits.memoryMiB;
        if (const auto chosen = plan.memoryMiB.constFind(s.id); chosen != plan.memoryMiB.cend()) {
            if (*chosen < limits.minMemoryMiB || *chosen > limits.maxMemoryMiB)
                c.problems.append({Kind::Hardware, s.id,
                                   (limits.memoryRange
                                        ? CheckText::tr("%1 MiB of memory is outside the package's range of %2 to %3 MiB")
                                        : CheckText::tr("%1 MiB of memory: choose %2 to %3 MiB"))
                                       .arg(*chosen)
                                       .arg(limits.minMemoryMiB)
                                       .arg(limits.maxMemoryMiB)});
            memoryMiB = *chosen;
        }
        const bool packageMemory = s.figures.hasMemory && s.figures.memoryError.isEmpty() && s.figures.memoryBytes > 0;
        c.memoryBytes.insert(s.id, plan.memoryMiB.contains(s.id) || !packageMemory ? memoryMiB << 20
                                                                                   : s.figures.memoryBytes);
    }
    for (const QMap<QString, int>::key_type &id : plan.cpus.keys() + plan.memoryMiB.keys()) {
        if (!ids.contains(id)) {
            c.problems.append({Kind::Name, id, CheckText::tr("the package has no virtual system with this id")});
            ids.insert(id); // once
        }
    }
}

} // namespace

QString sanitizeVmName(const QString &id)
{
    QString out;
    bool gap = false;
    for (const QChar c : id) {
        if (isNameChar(c)) {
            if (gap && !out.isEmpty())
                out += u'-';
            gap = false;
            out += c;
        } else {
            gap = true;
        }
    }
    auto trim = [](QString &s) {
        while (!s.isEmpty() && (s.front() == u'-' || s.front() == u'.'))
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back() == u'-' || s.back() == u'.'))
            s.chop(1);
    };
    // Runs of '.' and '-' ("..", "-.-") become one '-': no name looks like a path step.
    static const QRegularExpression runs(u"[.-]{2,}"_s);
    out.replace(runs, u"-"_s);
    trim(out);
    if (out.size() > 63) {
        out.truncate(63);
        trim(out);
    }
    return out.isEmpty() ? u"vm"_s : out;
}

bool isValidVmName(const QString &name)
{
    return !name.isEmpty() && sanitizeVmName(name) == name;
}

QList<ResolvedProperty> PlanCheck::propertiesOf(const QString &entityId) const
{
    QList<ResolvedProperty> out;
    for (const ResolvedProperty &p : properties) {
        if (p.entityId == entityId)
            out.append(p);
    }
    return out;
}

PlanCheck checkPlan(const Envelope &envelope, const Plan &plan, const TargetFacts *target)
{
    using Kind = PlanProblem::Kind;
    PlanCheck c;
    c.firmware = plan.firmware;
    c.effective = EffectiveConfiguration::build(envelope, plan.deploymentOption);
    c.problems += c.effective.problems();

    // EULAs (DSP0243 §9.6): each needs an acceptance of its text.
    c.eulas = packageEulas(envelope);
    for (const PackageEula &eula : std::as_const(c.eulas)) {
        const bool accepted = std::any_of(plan.eulaAcceptances.cbegin(), plan.eulaAcceptances.cend(),
                                          [&eula](const EulaAcceptance &a) { return acceptanceMatches(a, eula); });
        if (accepted)
            continue;
        const bool other = std::any_of(plan.eulaAcceptances.cbegin(), plan.eulaAcceptances.cend(),
                                       [&eula](const EulaAcceptance &a) {
                                           return a.entityId == eula.entityId && a.index == eula.index;
                                       });
        c.problems.append({Kind::Eula, eula.label(),
                           other ? CheckText::tr("the license text differs from the one accepted (digest mismatch)")
                                 : CheckText::tr("the license agreement has not been accepted")});
    }

    // Properties.
    c.properties = PropertyResolver::resolve(envelope, c.effective.configuration(), plan.properties, &c.problems);

    // Networks: those of the NetworkSection and those the NICs connect to.
    for (const Network &n : envelope.networks()) {
        if (!n.name().isEmpty() && !c.ovfNetworks.contains(n.name()))
            c.ovfNetworks.append(n.name());
    }
    for (const EffectiveSystem &s : c.effective.systems()) {
        for (const EffectiveNic &nic : s.nics) {
            if (!nic.network.isEmpty() && !c.ovfNetworks.contains(nic.network))
                c.ovfNetworks.append(nic.network);
        }
    }
    const bool libvirtTarget = target && plan.backend == BackendKind::Libvirt;
    const QStringList active = libvirtTarget ? target->activeNetworks() : QStringList();
    for (const QString &n : std::as_const(c.ovfNetworks)) {
        const QString chosen = plan.networks.value(n).trimmed();
        if (!chosen.isEmpty()) {
            if (libvirtTarget && chosen != Plan::notConnected && chosen != Plan::userNetworking
                && !target->hasNetwork(chosen))
                c.problems.append({Kind::Network, n, CheckText::tr("the target has no network '%1' (choose one of "
                                                                   "its networks, '%2' for not connected or '%3' "
                                                                   "for user-mode networking)")
                                                         .arg(chosen, Plan::notConnected, Plan::userNetworking)});
            c.networks.insert(n, chosen);
        } else if (n.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            // vCloud Director: "a special place-holder used for disconnected networks".
            c.networks.insert(n, Plan::notConnected.toString());
            c.notes.append(CheckText::tr("OVF network '%1' is vCloud Director's placeholder for a disconnected "
                                         "adapter: its adapters are not connected").arg(n));
        } else if (libvirtTarget && active.size() == 1) {
            c.networks.insert(n, active.constFirst());
            c.notes.append(CheckText::tr("OVF network '%1' is connected to '%2', the target's only network")
                               .arg(n, active.constFirst()));
        } else if (libvirtTarget && active.isEmpty()) {
            c.networks.insert(n, Plan::userNetworking.toString());
            c.notes.append(CheckText::tr("OVF network '%1' uses QEMU user-mode networking: the target has no "
                                         "active network (outgoing connections work, the guest is not reachable "
                                         "from outside)").arg(n));
        } else {
            c.problems.append({Kind::Network, n, CheckText::tr("no target network is chosen for this OVF network")});
        }
    }
    for (auto it = plan.networks.cbegin(); it != plan.networks.cend(); ++it) {
        if (!c.ovfNetworks.contains(it.key()))
            c.problems.append({Kind::Network, it.key(), CheckText::tr("the package has no network with this name")});
    }

    checkResources(c, plan);

    // VM names: given (and valid) or derived from the system's Name (else its id); unique
    // among the plan's systems and the target's domains.
    QSet<QString> systemIds;
    QSet<QString> used;
    if (libvirtTarget) {
        for (const QString &d : target->domains)
            used.insert(d);
    }
    for (const EffectiveSystem &s : c.effective.systems()) {
        systemIds.insert(s.id);
        QString name = plan.names.value(s.id);
        if (!name.isEmpty()) {
            if (!isValidVmName(name)) {
                c.problems.append({Kind::Name, s.id,
                                   CheckText::tr("'%1' is not a valid VM name (letters, digits, '_', '.', '-'; "
                                                 "at most 63; suggestion: '%2')")
                                       .arg(name, sanitizeVmName(name))});
            } else if (libvirtTarget && target->domains.contains(name)) {
                c.problems.append({Kind::Name, s.id, CheckText::tr("the target already has a virtual machine "
                                                                   "named '%1'").arg(name)});
            } else if (used.contains(name)) {
                c.problems.append({Kind::Name, s.id, CheckText::tr("the VM name '%1' is used twice").arg(name)});
            }
        } else {
            const QString base = sanitizeVmName(s.name.trimmed().isEmpty() ? s.id : s.name);
            name = base;
            for (int n = 2; used.contains(name) || std::any_of(plan.names.cbegin(), plan.names.cend(),
                                                               [&name](const QString &v) { return v == name; });
                 ++n)
                name = base.left(60) + u'-' + QString::number(n);
            if (name != base)
                c.notes.append(CheckText::tr("virtual system '%1' is named '%2': '%3' is taken").arg(s.id, name, base));
        }
        used.insert(name);
        c.vmNames.insert(s.id, name);
    }
    for (auto it = plan.names.cbegin(); it != plan.names.cend(); ++it) {
        if (!systemIds.contains(it.key()))
            c.problems.append({Kind::Name, it.key(), CheckText::tr("the package has no virtual system with this id")});
    }

    // Target and storage.
    if (plan.backend == BackendKind::Folder) {
        if (plan.outputPath.trimmed().isEmpty())
            c.problems.append({Kind::Target, u"out"_s, CheckText::tr("the folder backend needs an output folder")});
        if (!plan.storage.isEmpty())
            c.problems.append({Kind::Storage, plan.storage,
                               CheckText::tr("the folder backend writes the disks into the output folder; "
                                             "storage is chosen for libvirt only")});
        c.storage = QDir(plan.outputPath).filePath(u"disks"_s);
    } else {
        if (plan.libvirtUri.trimmed().isEmpty())
            c.problems.append({Kind::Target, u"connect"_s, CheckText::tr("the libvirt connection URI is empty")});
        c.storage = plan.storage.isEmpty() ? Plan::defaultPool.toString() : plan.storage;
        if (target && c.storage == Plan::defaultPool && !target->hasPool(c.storage)) {
            c.createDefaultPool = true;
            c.notes.append(CheckText::tr("the target has no storage pool '%1': it will be created as virt-install "
                                         "does, a directory pool at %2, started and autostarted")
                               .arg(c.storage, defaultPoolPath(plan.libvirtUri)));
        } else if (target && !c.storage.startsWith(u'/') && !target->hasPool(c.storage)) {
            c.problems.append({Kind::Storage, c.storage, CheckText::tr("the target has no storage pool of this name")});
        }
        static const QRegularExpression poolName(u"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$"_s);
        if (c.storage.startsWith(u'/')) {
            if (!QFileInfo(c.storage).isDir())
                c.problems.append({Kind::Storage, c.storage, CheckText::tr("the folder for the disk files does not exist")});
        } else if (!poolName.match(c.storage).hasMatch()) {
            c.problems.append({Kind::Storage, c.storage,
                               CheckText::tr("not a valid libvirt storage pool name (or an absolute folder path)")});
        }
    }
    return c;
}

} // namespace ovf::deploy
