// Whether a virtual system's hardware is complete and consistent (DSP0243 §8.3, §9.6): a
// Processor and a Memory Item, disk drives on controllers, no two devices at one controller
// address, network adapters connected to a network; and licences with text (§9.6).
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/sections.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

using namespace ovf::rt;

class DeviceRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit DeviceRules(Context &ctx) : m_ctx(ctx) { }

    void checkSystem(const Entity &system, const QList<Section> &sections);
    void checkEula(const Section &section);

private:
    void checkAddresses(const QList<HardwareItem> &items, const QHash<QString, int> &types);
    static QString labelOf(const HardwareItem &item)
    {
        const QString name = item.elementName().trimmed();
        return name.isEmpty() ? tr("%1 (InstanceID %2)").arg(item.resourceTypeName(), quoted(item.instanceId()))
                              : tr("%1 %2").arg(item.resourceTypeName(), quoted(name));
    }

    Context &m_ctx;
};

void DeviceRules::checkSystem(const Entity &system, const QList<Section> &sections)
{
    for (const Section &s : sections) {
        if (s.kind() != SectionKind::VirtualHardware)
            continue;
        const QList<HardwareItem> items = VirtualHardwareSection(s.element()).items();
        // The type of each device (Items overriding one may leave ResourceType out).
        QHash<QString, int> types;
        for (const HardwareItem &item : items) {
            if (item.resourceType() >= 0 && !types.contains(item.instanceId()))
                types.insert(item.instanceId(), item.resourceType());
        }
        const auto typeOf = [&types](const HardwareItem &item) {
            return item.resourceType() >= 0 ? item.resourceType() : types.value(item.instanceId(), -1);
        };
        bool cpu = false, memory = false;
        for (const HardwareItem &item : items) {
            cpu = cpu || typeOf(item) == Processor;
            memory = memory || typeOf(item) == Memory;
        }
        const QString who = quoted(system.id());
        if (!cpu)
            m_ctx.report(u"missing-processor-item", s.element(),
                         tr("Virtual system %1 has no Processor Item (ResourceType 3): a deployment has to guess its "
                            "CPUs").arg(who));
        if (!memory)
            m_ctx.report(u"missing-memory-item", s.element(),
                         tr("Virtual system %1 has no Memory Item (ResourceType 4): a deployment has to guess its "
                            "memory").arg(who));
        for (const HardwareItem &item : items) {
            const int type = typeOf(item);
            if (type == DiskDrive && item.parentId().isEmpty() && item.resourceType() >= 0)
                m_ctx.report(u"disk-without-controller", item.element(),
                             tr("%1 names no controller (Parent): where it is attached is up to the platform")
                                 .arg(labelOf(item)));
            const bool nic = item.kind() == HardwareItem::Kind::EthernetPort || type == Ethernet || type == OtherNetwork;
            if (nic && item.resourceType() >= 0 && !anyChild(item.element(), u"Connection"))
                m_ctx.report(u"nic-without-network", item.element(),
                             tr("%1 has no Connection: it is not connected to any network of the NetworkSection")
                                 .arg(labelOf(item)));
        }
        checkAddresses(items, types);
    }
}

void DeviceRules::checkAddresses(const QList<HardwareItem> &items, const QHash<QString, int> &types)
{
    // Items of different devices on one controller address collide unless they belong to
    // deployment options that exclude each other (an Item without ovf:configuration is in
    // every option).
    struct Seen
    {
        HardwareItem item;
        QStringList configurations;
    };
    QHash<QString, QList<Seen>> byAddress; // "parent/address"
    for (const HardwareItem &item : items) {
        const QString parent = item.parentId();
        const QString address = item.addressOnParent();
        if (parent.isEmpty() || address.isEmpty())
            continue;
        const QString key = parent + u'/' + address;
        const QStringList configurations = item.configurations();
        for (const Seen &other : byAddress.value(key)) {
            if (other.item.instanceId() == item.instanceId())
                continue;
            const bool overlap = configurations.isEmpty() || other.configurations.isEmpty()
                || std::any_of(configurations.begin(), configurations.end(),
                               [&](const QString &c) { return other.configurations.contains(c); });
            if (overlap) {
                // VirtualBox 3.x wrote every device of an IDE controller at address 0 (its channel
                // was implied); ovftool accepts such files and deploy moves one to the next free
                // unit, so on IDE this is a warning.
                const bool ide = types.value(parent, -1) == IdeController;
                m_ctx.report(u"address-conflict", anyChild(item.element(), u"AddressOnParent"),
                             tr("%1 and %2 are both at address %3 of controller %4")
                                 .arg(labelOf(item), labelOf(other.item), quoted(address), quoted(parent)),
                             ide ? Severity::Warning : Severity::Error);
                break;
            }
        }
        byAddress[key].append({item, configurations});
    }
}

void DeviceRules::checkEula(const Section &section)
{
    const LocalizedText license = EulaSection(section.element()).license();
    if (license.isNull() || (license.text.trimmed().isEmpty() && license.msgid.isEmpty()))
        m_ctx.report(u"empty-eula", section.element(),
                     tr("The EulaSection has no license text: the deployer is asked to accept nothing"));
}

} // namespace

void runDeviceRules(Context &ctx)
{
    DeviceRules rules(ctx);
    for (const EnvelopeIndex::EntityInfo &info : ctx.index().entities) {
        if (ctx.cancelled())
            return;
        if (!info.entity.isCollection())
            rules.checkSystem(info.entity, info.sections);
        for (const Section &s : info.sections) {
            if (s.kind() == SectionKind::Eula)
                rules.checkEula(s);
        }
    }
}

} // namespace ovf::validation
