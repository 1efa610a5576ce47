#pragma once

#include "model/commands/command.h"
#include "model/ovf/hardware.h"

#include <QSet>

#include <optional>
#include <utility>
#include <vector>

namespace ovf::xml {
class Document;
}

// What the hardware commands share: ResourceType values, where a CIM field goes in an Item,
// building detached Items, free InstanceIDs and controller addresses.
//
// CIM fields of an Item (RASD, SASD, EPASD) are written in alphabetical order: the CIM
// schemas' XSDs declare them as an xs:sequence sorted by name (DSP0243 §8.3 takes the
// CIM_ResourceAllocationSettingData schema as is), so a new field goes before the first
// field that sorts after it. Vendor elements (vmw:CoresPerSocket) stay after the CIM fields.
namespace ovf::commands::hwitems {

namespace rt = ovf::rt;

// Which Item of a device an edit addresses (DSP0243 §9.8): the general Item (configuration
// empty) or the one of a deployment option, and for a range its ovf:bound "min", "max" or
// "normal" Item (bound empty: the Item without ovf:bound, or the "normal" one).
struct ItemVariant
{
    QString configuration;
    QString bound;
};

// Controllers devices hang off (ResourceType 5, 6, 20); USB (23) takes no drives here.
bool isStorageController(int type);
bool isNetworkAdapter(const HardwareItem &item);
// The addresses (AddressOnParent) a controller offers: IDE 0-1 (one channel), parallel
// SCSI 0-15 without 7 (the HBA's own id), SATA 0-29, NVMe 0-63. Empty for anything else.
QList<int> unitsOf(const HardwareItem &controller);
// The AddressOnParent values in use on the controller `controllerId` in `section`.
QSet<int> usedUnits(const xml::Element *section, const QString &controllerId, const QString &exceptInstanceId = {});
// The first free unit of a controller, or nullopt when it is full.
std::optional<int> freeUnit(const xml::Element *section, const HardwareItem &controller);

// Where a new drive goes: the controller `controllerId` (empty: the first storage controller
// with a free unit, IDE first for CD/DVD drives when `preferIde`) and the unit `address`
// (nullopt: its first free one). Errors say why the place is not available.
struct DrivePlace
{
    QString controller;
    int unit = 0;
};
std::expected<DrivePlace, QString> placeDrive(const xml::Element *section, const QString &controllerId,
                                              std::optional<int> address, bool preferIde);
// The element index after the last Item of `section` (after System or Info when it has none).
int indexAfterItems(const xml::Element *section);

// Every Item of `section` whose InstanceID is `instanceId` (the general Item, its
// per-configuration overrides and bound variants), in document order.
QList<HardwareItem> itemsOfDevice(const xml::Element *section, const QString &instanceId);
// The first Item with that InstanceID and a ResourceType, or a null handle.
HardwareItem deviceById(const xml::Element *section, const QString &instanceId);
// A numeric InstanceID above every numeric InstanceID of the section (and of `taken`).
QString nextInstanceId(const xml::Element *section, const QSet<QString> &taken = {});
// True when the Item's ovf:configuration and ovf:bound are exactly `variant`'s ("normal" and
// no bound are the same).
bool matches(const HardwareItem &item, const ItemVariant &variant);

// The CIM namespace for a new field of `item`: the namespace its existing CIM fields use
// (VirtualBox appends ".xsd"), else RASD, SASD or EPASD by element.
QString fieldNamespace(const xml::Element *item);
QString fieldNamespaceFor(HardwareItem::Kind kind);
// The element index at which a CIM field `local` goes among the children of `item`.
int fieldIndex(const xml::Element *item, QStringView local);

// A detached Item element (Item, StorageItem or EthernetPortItem by `kind`) for `section`,
// with the given CIM fields (any order; written sorted) and OVF attributes.
std::unique_ptr<xml::Element> newItem(xml::Document &doc, const xml::Element *section, HardwareItem::Kind kind,
                                      const QList<std::pair<QString, QString>> &fields,
                                      const QList<std::pair<QString, QString>> &ovfAttributes = {});
// Sets, adds (at its sorted place) or, with nullopt, removes a CIM field of a detached Item.
void setDetachedField(xml::Document &doc, const xml::Element *scope, xml::Element *item, QStringView local,
                      const std::optional<QString> &value);
// The same on an Item in the document, as child commands of `parent`. Returns whether a
// change was added (false when the field already has that value).
std::expected<bool, QString> setField(EditSession *session, xml::Element *item, QStringView local,
                                      const std::optional<QString> &value, QUndoCommand *parent);
// Several fields of one Item in the document as child commands of `parent`, ordered so that
// the element indexes computed now stay right when applied: insertions from the last name in
// sort order to the first, then changes and removals. Returns whether anything changed.
std::expected<bool, QString> setFields(EditSession *session, xml::Element *item,
                                       const QList<std::pair<QString, std::optional<QString>>> &fields,
                                       QUndoCommand *parent);
// Re-indents a detached Item built for `section` like the section's other children.
void indentForSection(xml::Document &doc, xml::Element *item, const xml::Element *section);

// The Item element kind to write for a new device of `resourceType` in a document of the
// given OVF generation: OVF 2 writes Ethernet adapters as EthernetPortItem and drives as
// StorageItem (DSP2017 4.5.4); OVF 1.x has only Item.
HardwareItem::Kind elementKindFor(int resourceType, bool ovf2);

// A new Item for a device of `resourceType` (elementKindFor the document's OVF version) with
// `fields` and `variant`'s ovf:configuration / ovf:bound, indented like its section and
// inserted after the section's last Item as a child command of `command`. Returns the Item.
std::expected<xml::Element *, QString> appendItem(EditSession *session, xml::Element *section, int resourceType,
                                                  const QList<std::pair<QString, QString>> &fields,
                                                  const ItemVariant &variant, QUndoCommand *command);

// A MAC address as OVF writes it in rasd:Address: six hex pairs separated by ':' or '-'.
bool isMacAddress(const QString &text);

} // namespace ovf::commands::hwitems
