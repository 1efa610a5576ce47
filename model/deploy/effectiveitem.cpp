#include "model/deploy/effectiveitem.h"

#include "model/ovf/units.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

class ItemText
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveItem)
};

bool inConfiguration(const HardwareItem &item, const QString &configuration)
{
    const QStringList configurations = item.configurations();
    // An Item naming configurations when there are none belongs to no deployment.
    return configurations.isEmpty() || (!configuration.isNull() && configurations.contains(configuration));
}

bool isRangeBound(const QString &bound)
{
    return bound == u"min" || bound == u"max";
}

} // namespace

BoundRange boundRange(const QList<HardwareItem> &items, const QString &configuration, int resourceType)
{
    BoundRange range;
    for (const HardwareItem &item : items) {
        if (item.resourceType() != resourceType || !inConfiguration(item, configuration))
            continue;
        const QString bound = item.bound();
        if (bound == u"min" && !range.min)
            range.min = EffectiveItem(item);
        else if (bound == u"max" && !range.max)
            range.max = EffectiveItem(item);
    }
    return range;
}

bool EffectiveItem::fromConfiguration() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [](const HardwareItem &i) { return !i.configurations().isEmpty(); });
}

QString EffectiveItem::field(QStringView local) const
{
    for (auto it = m_sources.crbegin(); it != m_sources.crend(); ++it) {
        const QString v = it->field(local);
        if (!v.isNull())
            return v;
    }
    return {};
}

QStringList EffectiveItem::fields(QStringView local) const
{
    for (auto it = m_sources.crbegin(); it != m_sources.crend(); ++it) {
        const QStringList v = it->fields(local);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

int EffectiveItem::resourceType() const
{
    bool ok = false;
    const int t = field(u"ResourceType").toInt(&ok);
    return ok ? t : -1;
}

QString EffectiveItem::elementName() const
{
    const QString n = field(u"ElementName");
    return n.isNull() ? field(u"Caption") : n;
}

QList<EffectiveItem> effectiveItems(const QList<HardwareItem> &items, const QString &configuration)
{
    QList<HardwareItem> applicable;
    for (const HardwareItem &item : items) {
        if (inConfiguration(item, configuration))
            applicable.append(item);
    }
    // ovf:bound ranges (DSP0243 §9.8): the InstanceIDs that have a normal Item (an Item
    // without ovf:bound is normal); for the others, the one range Item that stands in.
    QSet<QString> withNormal;
    QHash<QString, int> standIn; // InstanceID -> index in `applicable`
    for (qsizetype i = 0; i < applicable.size(); ++i) {
        const HardwareItem &item = applicable.at(i);
        const QString bound = item.bound();
        if (!isRangeBound(bound)) {
            withNormal.insert(item.instanceId());
            continue;
        }
        const auto it = standIn.constFind(item.instanceId());
        if (it == standIn.cend() || (bound == u"min" && applicable.at(*it).bound() != u"min"))
            standIn.insert(item.instanceId(), int(i));
    }

    QList<EffectiveItem> out;
    for (qsizetype i = 0; i < applicable.size(); ++i) {
        const HardwareItem &item = applicable.at(i);
        const QString id = item.instanceId();
        if (isRangeBound(item.bound()) && (withNormal.contains(id) || standIn.value(id, -1) != int(i)))
            continue;
        const bool ofConfiguration = !item.configurations().isEmpty();
        auto base = std::find_if(out.begin(), out.end(), [&id](const EffectiveItem &b) {
            return !id.isEmpty() && b.instanceId() == id;
        });
        if (base == out.end()) {
            out.append(EffectiveItem(item));
            continue;
        }
        if (!ofConfiguration) {
            // A second general Item with this InstanceID (invalid), or the base Item after
            // its override: keep the Item seen first.
            if (base->fromConfiguration())
                continue;
            out.append(EffectiveItem(item));
            continue;
        }
        base->addOverride(item);
    }
    return out;
}

std::expected<quint64, QString> memoryBytes(const EffectiveItem &item)
{
    const QString quantity = item.virtualQuantity();
    const auto n = parseUnsignedDecimal(quantity);
    if (!n)
        return std::unexpected(n.error());
    const QString units = item.allocationUnits();
    if (units.isEmpty())
        return std::unexpected(ItemText::tr("memory quantity %1 has no AllocationUnits").arg(quantity));
    const auto unit = parseProgrammaticUnit(units);
    if (!unit)
        return std::unexpected(unit.error());
    if (unit->baseUnit != u"byte")
        return std::unexpected(ItemText::tr("memory AllocationUnits '%1' is not a byte unit").arg(units));
    return scaleValue(*n, *unit);
}

HardwareFigures hardwareFigures(const QList<EffectiveItem> &items)
{
    HardwareFigures f;
    for (const EffectiveItem &item : items) {
        const int type = item.resourceType();
        if (type == rt::Processor) {
            // A processor Item without VirtualQuantity stands for one virtual CPU.
            const QString quantity = item.virtualQuantity();
            const auto n = quantity.isEmpty() ? std::expected<quint64, QString>(1) : parseUnsignedDecimal(quantity);
            f.cpus += n ? qint64(std::min<quint64>(*n, 1u << 30)) : 0;
        } else if (type == rt::Memory) {
            f.hasMemory = true;
            if (!f.memoryError.isEmpty())
                continue;
            const auto bytes = memoryBytes(item);
            if (!bytes) {
                f.memoryError = bytes.error();
                continue;
            }
            if (f.memoryBytes + *bytes < f.memoryBytes) {
                f.memoryError = ItemText::tr("memory size overflows");
                continue;
            }
            f.memoryBytes += *bytes;
        } else if (type == rt::DiskDrive) {
            ++f.disks;
        } else if (item.isEthernet()) {
            ++f.nics;
        } else if (type == rt::CdDrive || type == rt::DvdDrive) {
            ++f.cdDrives;
        }
    }
    return f;
}

} // namespace ovf::deploy
