#include "model/deploy/plancheck.h"

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

PlanCheck checkPlan(const Envelope &envelope, const Plan &plan)
{
    using Kind = PlanProblem::Kind;
    PlanCheck c;
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
    for (const QString &n : std::as_const(c.ovfNetworks)) {
        const QString target = plan.networks.value(n);
        if (target.trimmed().isEmpty())
            c.problems.append({Kind::Network, n, CheckText::tr("no target network is chosen for this OVF network")});
        else
            c.networks.insert(n, target);
    }
    for (auto it = plan.networks.cbegin(); it != plan.networks.cend(); ++it) {
        if (!c.ovfNetworks.contains(it.key()))
            c.problems.append({Kind::Network, it.key(), CheckText::tr("the package has no network with this name")});
    }

    // VM names: given (and valid) or derived from the id; unique.
    QSet<QString> systemIds;
    QSet<QString> used;
    for (const EffectiveSystem &s : c.effective.systems()) {
        systemIds.insert(s.id);
        QString name = plan.names.value(s.id);
        if (!name.isEmpty()) {
            if (!isValidVmName(name)) {
                c.problems.append({Kind::Name, s.id,
                                   CheckText::tr("'%1' is not a valid VM name (letters, digits, '_', '.', '-'; "
                                                 "at most 63; suggestion: '%2')")
                                       .arg(name, sanitizeVmName(name))});
            } else if (used.contains(name)) {
                c.problems.append({Kind::Name, s.id, CheckText::tr("the VM name '%1' is used twice").arg(name)});
            }
        } else {
            const QString base = sanitizeVmName(s.id);
            name = base;
            for (int n = 2; used.contains(name) || std::any_of(plan.names.cbegin(), plan.names.cend(),
                                                               [&name](const QString &v) { return v == name; });
                 ++n)
                name = base.left(60) + u'-' + QString::number(n);
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
