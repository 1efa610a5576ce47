#include "app/cli/hardwaresummary.h"

#include "app/cli/output.h"

#include "model/ovf/hardware.h"
#include "model/ovf/units.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

class HardwareText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

// ResourceType values (DSP1041 / CIM_ResourceAllocationSettingData).
enum ResourceType { Processor = 3, Memory = 4, Ethernet = 10, CdDrive = 15, DvdDrive = 16, DiskDrive = 17 };

bool appliesTo(const ovf::HardwareItem &item, const QString &configuration)
{
    const QString bound = item.bound();
    if (bound == u"min" || bound == u"max")
        return false;
    const QStringList configurations = item.configurations();
    // An Item naming configurations when there are none belongs to no deployment: left out.
    return configurations.isEmpty() || (!configuration.isNull() && configurations.contains(configuration));
}

// What an Item contributes to a configuration once overrides are applied.
struct Effective
{
    QString instanceId;
    int type = -1;
    QString quantity;
    QString units;
    bool ethernetPort = false;
    bool fromConfiguration = false;
};

// The Items of one configuration. An Item of the configuration overrides the fields it sets
// in the earlier Item with the same InstanceID (ovftool reads SugarCRM- and csr1000v-style
// descriptors so: one base Item, per-profile Items changing VirtualQuantity and perhaps
// AllocationUnits); without such an Item it is added.
QList<Effective> effectiveItems(const QList<ovf::HardwareItem> &items, const QString &configuration)
{
    QList<Effective> out;
    for (const ovf::HardwareItem &item : items) {
        if (!appliesTo(item, configuration))
            continue;
        Effective e{item.instanceId(), item.resourceType(), item.virtualQuantity(), item.allocationUnits(),
                    item.kind() == ovf::HardwareItem::Kind::EthernetPort, !item.configurations().isEmpty()};
        auto base = std::find_if(out.begin(), out.end(), [&e](const Effective &b) {
            return !e.instanceId.isEmpty() && b.instanceId == e.instanceId;
        });
        if (base == out.end()) {
            out.append(e);
            continue;
        }
        if (item.configurations().isEmpty()) {
            // A second general Item with this InstanceID (invalid), or the base Item after
            // its override: keep the Item seen first.
            if (base->fromConfiguration)
                continue;
            out.append(e);
            continue;
        }
        base->fromConfiguration = true;
        if (e.type >= 0)
            base->type = e.type;
        if (!e.quantity.isEmpty())
            base->quantity = e.quantity;
        if (!e.units.isEmpty())
            base->units = e.units;
    }
    return out;
}

QJsonObject summarize(const QList<ovf::HardwareItem> &items, const QString &configuration)
{
    qint64 cpus = 0;
    int disks = 0;
    int nics = 0;
    int cdDrives = 0;
    bool hasMemory = false;
    quint64 memory = 0;
    QString memoryError;
    for (const Effective &item : effectiveItems(items, configuration)) {
        const int type = item.type;
        const QString &quantity = item.quantity;
        if (type == Processor) {
            // A processor Item without VirtualQuantity stands for one virtual CPU.
            const auto n = quantity.isEmpty() ? std::expected<quint64, QString>(1)
                                              : ovf::parseUnsignedDecimal(quantity);
            cpus += n ? qint64(std::min<quint64>(*n, 1u << 30)) : 0;
        } else if (type == Memory) {
            hasMemory = true;
            if (!memoryError.isEmpty())
                continue;
            const auto n = ovf::parseUnsignedDecimal(quantity);
            if (!n) {
                memoryError = n.error();
                continue;
            }
            const QString &units = item.units;
            if (units.isEmpty()) {
                memoryError = HardwareText::tr("memory quantity %1 has no AllocationUnits").arg(quantity);
                continue;
            }
            const auto unit = ovf::parseProgrammaticUnit(units);
            if (!unit || unit->baseUnit != u"byte") {
                memoryError = unit ? HardwareText::tr("memory AllocationUnits '%1' is not a byte unit").arg(units)
                                   : unit.error();
                continue;
            }
            const auto bytes = ovf::scaleValue(*n, *unit);
            if (!bytes || memory + *bytes < memory) {
                memoryError = bytes ? HardwareText::tr("memory size overflows") : bytes.error();
                continue;
            }
            memory += *bytes;
        } else if (type == DiskDrive) {
            ++disks;
        } else if (type == Ethernet || item.ethernetPort) {
            ++nics;
        } else if (type == CdDrive || type == DvdDrive) {
            ++cdDrives;
        }
    }
    return QJsonObject{
        {u"cpus"_s, double(cpus)},
        {u"memoryBytes"_s, hasMemory && memoryError.isEmpty() ? QJsonValue(double(memory)) : QJsonValue()},
        {u"memoryError"_s, memoryError.isEmpty() ? QJsonValue() : QJsonValue(memoryError)},
        {u"disks"_s, disks},
        {u"nics"_s, nics},
        {u"cdDrives"_s, cdDrives},
    };
}

QJsonValue optional(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject item(const ovf::HardwareItem &i)
{
    const int type = i.resourceType();
    QStringView kind = u"Item";
    if (i.kind() == ovf::HardwareItem::Kind::EthernetPort)
        kind = u"EthernetPortItem";
    else if (i.kind() == ovf::HardwareItem::Kind::Storage)
        kind = u"StorageItem";
    return QJsonObject{
        {u"element"_s, kind.toString()},
        {u"instanceId"_s, optional(i.instanceId())},
        {u"resourceType"_s, type >= 0 ? QJsonValue(type) : QJsonValue()},
        {u"resourceTypeName"_s, optional(i.resourceTypeName())},
        {u"resourceSubType"_s, optional(i.resourceSubType())},
        {u"elementName"_s, optional(i.elementName())},
        {u"virtualQuantity"_s, optional(i.virtualQuantity())},
        {u"allocationUnits"_s, optional(i.allocationUnits())},
        {u"parent"_s, optional(i.parentId())},
        {u"connections"_s, QJsonArray::fromStringList(i.connections())},
        {u"hostResources"_s, QJsonArray::fromStringList(i.hostResources())},
        {u"configurations"_s, QJsonArray::fromStringList(i.configurations())},
        {u"bound"_s, optional(i.bound())},
        {u"required"_s, i.isRequired()},
    };
}

} // namespace

QJsonObject describeHardware(const ovf::VirtualHardwareSection &section, const HardwareContext &context)
{
    const QList<ovf::HardwareItem> items = section.items();
    QJsonArray byConfiguration;
    for (const QString &c : context.configurations) {
        QJsonObject s = summarize(items, c);
        s.insert(u"configuration"_s, c);
        byConfiguration.append(s);
    }
    QJsonArray itemList;
    for (const ovf::HardwareItem &i : items)
        itemList.append(item(i));
    return QJsonObject{
        {u"id"_s, optional(section.id())},
        {u"virtualSystemType"_s, optional(section.virtualSystemType())},
        {u"transports"_s, QJsonArray::fromStringList(section.transports())},
        {u"required"_s, section.isRequired()},
        {u"configuration"_s, context.defaultConfiguration.isNull() ? QJsonValue()
                                                                   : QJsonValue(context.defaultConfiguration)},
        {u"summary"_s, summarize(items, context.defaultConfiguration)},
        {u"byConfiguration"_s, byConfiguration},
        {u"items"_s, itemList},
    };
}

QString hardwareSummaryText(const QJsonObject &summary)
{
    QStringList parts;
    const qint64 cpus = qint64(summary.value(u"cpus").toDouble());
    parts.append(HardwareText::tr("%1 vCPU").arg(cpus));
    if (summary.value(u"memoryBytes").isDouble())
        parts.append(HardwareText::tr("%1 memory").arg(ovf::formatByteSize(quint64(summary.value(u"memoryBytes").toDouble()))));
    else if (summary.value(u"memoryError").isString())
        parts.append(HardwareText::tr("memory unknown"));
    else
        parts.append(HardwareText::tr("no memory"));
    parts.append(countNoun(summary.value(u"disks").toInt(), HardwareText::tr("disk"), HardwareText::tr("disks")));
    parts.append(countNoun(summary.value(u"nics").toInt(), HardwareText::tr("NIC"), HardwareText::tr("NICs")));
    const int cd = summary.value(u"cdDrives").toInt();
    if (cd > 0)
        parts.append(countNoun(cd, HardwareText::tr("CD/DVD drive"), HardwareText::tr("CD/DVD drives")));
    return parts.join(u", "_s);
}

} // namespace ovfctl
