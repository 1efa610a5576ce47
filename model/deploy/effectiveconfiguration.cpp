#include "model/deploy/effectiveconfiguration.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

int parseSeconds(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

StartupSettings settingsOf(const StartupEntry &e)
{
    StartupSettings s;
    s.listed = true;
    bool ok = false;
    const int order = e.order.trimmed().toInt(&ok);
    s.order = ok && order > 0 ? order : 0;
    s.startDelay = parseSeconds(e.startDelay);
    s.stopDelay = parseSeconds(e.stopDelay);
    s.waitingForGuest = parseXsBoolean(e.waitingForGuest).value_or(false);
    s.startAction = e.startAction.isEmpty() ? u"powerOn"_s : e.startAction;
    s.stopAction = e.stopAction.isEmpty() ? u"powerOff"_s : e.stopAction;
    return s;
}

// "ovf:/disk/ID" (OVF 1.x/2.x) and "/disk/ID" (OVF 0.9); "ovf:/file/ID" and "/file/ID".
QString referenceId(const QString &hostResource, QStringView kind)
{
    const QString prefixes[] = {u"ovf:/"_s + kind + u'/', u'/' + kind.toString() + u'/'};
    for (const QString &prefix : prefixes) {
        if (hostResource.startsWith(prefix, Qt::CaseInsensitive))
            return hostResource.mid(prefix.size());
    }
    return {};
}

VirtualDisk findDisk(const Envelope &envelope, const QString &diskId)
{
    for (const VirtualDisk &d : envelope.disks()) {
        if (d.diskId() == diskId)
            return d;
    }
    for (const VirtualDisk &d : envelope.sharedDisks()) {
        if (d.diskId() == diskId)
            return d;
    }
    return {};
}

EffectiveDisk makeDisk(const Envelope &envelope, const EffectiveItem &item)
{
    EffectiveDisk d;
    d.item = item;
    d.controllerId = item.parentId();
    d.hostResource = item.hostResources().value(0);
    d.diskId = referenceId(d.hostResource, u"disk");
    if (!d.diskId.isEmpty()) {
        d.disk = findDisk(envelope, d.diskId);
        if (d.disk) {
            d.fileRef = d.disk.fileRef();
            d.format = d.disk.format();
            const auto bytes = d.disk.capacityBytes();
            if (bytes)
                d.capacityBytes = *bytes;
            else
                d.capacityError = bytes.error();
        }
    } else {
        d.fileRef = referenceId(d.hostResource, u"file");
    }
    if (!d.fileRef.isEmpty())
        d.file = envelope.fileById(d.fileRef);
    return d;
}

} // namespace

QString EffectiveConfiguration::defaultConfiguration(const Envelope &envelope)
{
    const QList<Configuration> configurations = envelope.configurations();
    if (configurations.isEmpty())
        return {};
    for (const Configuration &c : configurations) {
        if (c.isDefault())
            return c.id();
    }
    return configurations.constFirst().id();
}

int EffectiveConfiguration::systemTypeRank(const QString &virtualSystemType)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    const QStringList tokens = virtualSystemType.toLower().split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return 2;
    int best = -1;
    auto offer = [&best](int rank) {
        if (best < 0 || rank < best)
            best = rank;
    };
    for (const QString &t : tokens) {
        if (t.startsWith(u"qemu") || t.startsWith(u"kvm") || t.startsWith(u"libvirt"))
            offer(0);
        else if (t.contains(u":pv_"))
            continue; // Xen paravirtual only: needs a Xen kernel
        else if (t.startsWith(u"vmx-") || t.startsWith(u"virtualbox-") || t == u"hvm" || t.startsWith(u"xen")
                 || t.contains(u":hvm_") || t == u"engine")
            offer(1); // oVirt's "ENGINE x.y" descriptors describe KVM guests
    }
    return best;
}

const EffectiveSystem *EffectiveConfiguration::system(const QString &id) const
{
    for (const EffectiveSystem &s : m_systems) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

namespace {

class ConfigurationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveConfiguration)

public:
    ConfigurationBuilder(const Envelope &envelope, const QString &configuration, QList<EffectiveSystem> &systems,
            QList<PlanProblem> &problems)
        : m_envelope(envelope), m_configuration(configuration), m_systems(systems), m_problems(problems)
    {
    }

    void expand(const Entity &entity, const QStringList &path, const StartupSettings &startup)
    {
        if (!entity.isCollection()) {
            addSystem(entity, path, startup);
            return;
        }
        const StartupSection section(entity.section(SectionKind::Startup).element());
        QList<std::pair<Entity, StartupSettings>> children;
        for (const Entity &child : entity.children()) {
            StartupSettings s;
            if (section) {
                for (const StartupEntry &e : section.entries()) {
                    if (e.id == child.id()) {
                        s = settingsOf(e);
                        break;
                    }
                }
            }
            children.append({child, s});
        }
        std::stable_sort(children.begin(), children.end(),
                         [](const auto &a, const auto &b) { return a.second.order < b.second.order; });
        const QStringList inner = path + QStringList{entity.id()};
        for (const auto &[child, s] : children)
            expand(child, inner, s);
    }

private:
    void addSystem(const Entity &entity, const QStringList &path, const StartupSettings &startup)
    {
        EffectiveSystem s;
        s.entity = entity;
        s.id = entity.id();
        const LocalizedText name = entity.name();
        s.name = name.isNull() || name.text.trimmed().isEmpty() ? s.id : name.text.trimmed();
        s.collectionPath = path;
        s.startIndex = int(m_systems.size());
        s.startup = startup;
        chooseHardware(entity, s);
        if (s.hardware) {
            s.virtualSystemType = s.hardware.virtualSystemType();
            s.transports = s.hardware.transports();
            s.items = effectiveItems(s.hardware.items(), m_configuration);
        }
        s.figures = hardwareFigures(s.items);
        for (const EffectiveItem &item : std::as_const(s.items)) {
            if (item.resourceType() == rt::DiskDrive) {
                s.disks.append(makeDisk(m_envelope, item));
            } else if (item.isEthernet()) {
                s.nics.append(EffectiveNic{item, item.connections().value(0), item.resourceSubType(), item.address()});
            }
        }
        s.operatingSystem = OperatingSystemSection(entity.section(SectionKind::OperatingSystem).element());
        s.productSections = entity.productSections();
        for (const Section &e : entity.sections(SectionKind::Eula))
            s.eulas.append(EulaSection(e.element()));
        for (const Section &e : entity.sections(SectionKind::EnvironmentFiles))
            s.environmentFiles += EnvironmentFilesSection(e.element()).files();
        m_systems.append(s);
    }

    void chooseHardware(const Entity &entity, EffectiveSystem &s)
    {
        const QList<Section> sections = entity.sections(SectionKind::VirtualHardware);
        if (sections.isEmpty()) {
            m_problems.append({PlanProblem::Kind::Hardware, s.id, tr("the virtual system has no VirtualHardwareSection")});
            return;
        }
        int bestRank = -1;
        qsizetype best = -1;
        QStringList types;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const VirtualHardwareSection vhs(sections.at(i).element());
            const QString type = vhs.virtualSystemType().trimmed();
            types.append(type.isEmpty() ? tr("(none)") : u'"' + type + u'"');
            const int rank = EffectiveConfiguration::systemTypeRank(type);
            if (rank >= 0 && (bestRank < 0 || rank < bestRank)) {
                bestRank = rank;
                best = i;
            }
        }
        if (best < 0) {
            m_problems.append({PlanProblem::Kind::Hardware, s.id,
                               tr("no VirtualHardwareSection has a virtual system type that QEMU/KVM can run: %1")
                                   .arg(types.join(u", "_s))});
            s.hardware = VirtualHardwareSection(sections.constFirst().element());
            s.notes.append(tr("showing the hardware of the first VirtualHardwareSection (%1)").arg(types.constFirst()));
            return;
        }
        s.hardware = VirtualHardwareSection(sections.at(best).element());
        if (sections.size() > 1)
            s.notes.append(tr("VirtualHardwareSection %1 of %2 chosen (type %3; types offered: %4)")
                               .arg(best + 1)
                               .arg(sections.size())
                               .arg(types.at(best), types.join(u", "_s)));
    }

    const Envelope &m_envelope;
    const QString &m_configuration;
    QList<EffectiveSystem> &m_systems;
    QList<PlanProblem> &m_problems;
};

} // namespace

EffectiveConfiguration EffectiveConfiguration::build(const Envelope &envelope, const QString &configuration)
{
    EffectiveConfiguration c;
    const QString fallback = defaultConfiguration(envelope);
    c.m_configuration = fallback;
    if (!configuration.isEmpty()) {
        bool found = false;
        for (const Configuration &option : envelope.configurations())
            found = found || option.id() == configuration;
        if (found)
            c.m_configuration = configuration;
        else if (fallback.isNull())
            c.m_problems.append({PlanProblem::Kind::Option, configuration,
                                 tr("the package has no deployment options (no DeploymentOptionSection)")});
        else
            c.m_problems.append({PlanProblem::Kind::Option, configuration,
                                 tr("the package has no deployment option with this id")});
    }
    const Entity content = envelope.content();
    if (!content) {
        c.m_problems.append({PlanProblem::Kind::Hardware, QString(), tr("the Envelope has no VirtualSystem")});
        return c;
    }
    ConfigurationBuilder(envelope, c.m_configuration, c.m_systems, c.m_problems).expand(content, {}, {});
    return c;
}

} // namespace ovf::deploy
