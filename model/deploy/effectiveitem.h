#pragma once

#include "model/ovf/hardware.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace ovf::deploy {

// ResourceType values: ovf::rt (model/ovf/hardware.h).
namespace rt = ovf::rt;

// One hardware item as it applies to a chosen deployment option (DSP0243 §9.8): the general
// Item, overridden field by field by the Items of that configuration with the same
// InstanceID. `sources` holds the typed Items in document order (base first); field()
// returns the value of the last source that sets it, so the domain XML writer can read any
// RASD field (ResourceSubType, Address, ...) with the override applied.
// Handles point into the descriptor: an EffectiveItem is valid while its document lives.
class EffectiveItem
{
public:
    EffectiveItem() = default;
    explicit EffectiveItem(const HardwareItem &base) : m_sources{base} { }

    // The first Item (the general one, or the configuration's own when it has no base).
    const HardwareItem &item() const { return m_sources.constFirst(); }
    const QList<HardwareItem> &sources() const { return m_sources; }
    void addOverride(const HardwareItem &item) { m_sources.append(item); }
    // True when an Item of the chosen configuration contributed.
    bool fromConfiguration() const;

    HardwareItem::Kind kind() const { return item().kind(); }
    // The overriding value of a field, or a null string when no source sets it.
    QString field(QStringView local) const;
    // Repeated fields (Connection, HostResource): those of the last source that has any.
    QStringList fields(QStringView local) const;

    QString instanceId() const { return item().instanceId(); }
    // ResourceType (-1 when absent or not a number).
    int resourceType() const;
    QString resourceSubType() const { return field(u"ResourceSubType"); }
    QString elementName() const;
    QString parentId() const { return field(u"Parent"); }
    QString address() const { return field(u"Address"); }
    QString addressOnParent() const { return field(u"AddressOnParent"); }
    QString virtualQuantity() const { return field(u"VirtualQuantity"); }
    QString allocationUnits() const { return field(u"AllocationUnits"); }
    QString automaticAllocation() const { return field(u"AutomaticAllocation"); }
    QStringList connections() const { return fields(u"Connection"); }
    QStringList hostResources() const { return fields(u"HostResource"); }
    bool isEthernet() const { return resourceType() == rt::Ethernet || kind() == HardwareItem::Kind::EthernetPort; }

private:
    QList<HardwareItem> m_sources;
};

// The effective Items of a VirtualHardwareSection (or any list of Items) for the deployment
// option `configuration` (a null string when the Envelope has no DeploymentOptionSection):
//  - an Item whose ovf:configuration (or vCenter's unqualified configuration) does not list
//    `configuration` is left out; an Item listing configurations when there is none, too;
//  - ovf:bound ranges (§9.8): of the Items sharing an InstanceID, those with bound "min" or
//    "max" are left out and the "normal" one (or the one without ovf:bound) is used; when a
//    range has no normal Item, its "min" Item is used (the least the product says it needs);
//  - an Item of the configuration with the InstanceID of an earlier Item overrides the fields
//    it sets (ovftool reads SugarCRM- and csr1000v-style descriptors so); a second general
//    Item with an InstanceID already seen is kept as an Item of its own.
// Order: document order of the first source of each effective Item.
QList<EffectiveItem> effectiveItems(const QList<HardwareItem> &items, const QString &configuration);

// The ovf:bound range (DSP0243 §9.8) the package gives for the Items of `resourceType` in
// `configuration`: its "min" and "max" Items, each absent when the package does not give it.
struct BoundRange
{
    std::optional<EffectiveItem> min;
    std::optional<EffectiveItem> max;
};
BoundRange boundRange(const QList<HardwareItem> &items, const QString &configuration, int resourceType);

// Counted figures of a list of effective Items (what `ovfctl info` prints).
struct HardwareFigures
{
    qint64 cpus = 0; // sum of Processor VirtualQuantity; an Item without one counts 1
    bool hasMemory = false;
    quint64 memoryBytes = 0; // valid when hasMemory and memoryError is empty
    QString memoryError; // why the memory size cannot be computed
    int disks = 0;
    int nics = 0;
    int cdDrives = 0;
};

HardwareFigures hardwareFigures(const QList<EffectiveItem> &items);

// The byte size of a Memory Item: VirtualQuantity scaled by AllocationUnits (a byte unit).
// Errors name the quantity or unit.
std::expected<quint64, QString> memoryBytes(const EffectiveItem &item);

} // namespace ovf::deploy
