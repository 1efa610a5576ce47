#include "app/cli/hardwaresummary.h"

#include "app/cli/output.h"

#include "model/deploy/effectiveitem.h"
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

QJsonObject summarize(const QList<ovf::HardwareItem> &items, const QString &configuration)
{
    const ovf::deploy::HardwareFigures f = ovf::deploy::hardwareFigures(ovf::deploy::effectiveItems(items, configuration));
    const bool memoryKnown = f.hasMemory && f.memoryError.isEmpty();
    return QJsonObject{
        {u"cpus"_s, double(f.cpus)},
        {u"memoryBytes"_s, memoryKnown ? QJsonValue(double(f.memoryBytes)) : QJsonValue()},
        {u"memoryError"_s, f.memoryError.isEmpty() ? QJsonValue() : QJsonValue(f.memoryError)},
        {u"disks"_s, f.disks},
        {u"nics"_s, f.nics},
        {u"cdDrives"_s, f.cdDrives},
    };
}

QJsonValue unlessEmpty(const QString &s)
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
        {u"instanceId"_s, unlessEmpty(i.instanceId())},
        {u"resourceType"_s, type >= 0 ? QJsonValue(type) : QJsonValue()},
        {u"resourceTypeName"_s, unlessEmpty(i.resourceTypeName())},
        {u"resourceSubType"_s, unlessEmpty(i.resourceSubType())},
        {u"elementName"_s, unlessEmpty(i.elementName())},
        {u"virtualQuantity"_s, unlessEmpty(i.virtualQuantity())},
        {u"allocationUnits"_s, unlessEmpty(i.allocationUnits())},
        {u"parent"_s, unlessEmpty(i.parentId())},
        {u"connections"_s, QJsonArray::fromStringList(i.connections())},
        {u"hostResources"_s, QJsonArray::fromStringList(i.hostResources())},
        {u"configurations"_s, QJsonArray::fromStringList(i.configurations())},
        {u"bound"_s, unlessEmpty(i.bound())},
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
        {u"id"_s, unlessEmpty(section.id())},
        {u"virtualSystemType"_s, unlessEmpty(section.virtualSystemType())},
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
        parts.append(HardwareText::tr("%1 memory").arg(ovf::formatByteSize(quint64(summary.value(u"memoryBytes").toDouble()), QLocale::c())));
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
