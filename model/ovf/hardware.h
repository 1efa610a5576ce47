#pragma once

#include "model/ovf/section.h"

namespace ovf {

// ResourceType values (DSP1041 / CIM_ResourceAllocationSettingData.ResourceType ValueMap) this
// program interprets: the one table the deploy code, the validator and the commands read.
namespace rt {
inline constexpr int Other = 1;
inline constexpr int Processor = 3;
inline constexpr int Memory = 4;
inline constexpr int IdeController = 5;
inline constexpr int ScsiController = 6;
inline constexpr int Ethernet = 10;
inline constexpr int OtherNetwork = 11;
inline constexpr int Floppy = 14;
inline constexpr int CdDrive = 15;
inline constexpr int DvdDrive = 16;
inline constexpr int DiskDrive = 17;
inline constexpr int StorageExtent = 19;
inline constexpr int OtherStorage = 20; // SATA (AHCI) and NVMe controllers (VMware, VirtualBox)
inline constexpr int SerialPort = 21;
inline constexpr int UsbController = 23;
inline constexpr int Graphics = 24;
inline constexpr int Sound = 35;
} // namespace rt

// A virtual hardware item: Item (CIM_ResourceAllocationSettingData), EthernetPortItem
// (CIM_EthernetPortAllocationSettingData) or StorageItem (CIM_StorageAllocationSettingData)
// (DSP0243 §9.7). CIM fields are read by local name, whatever their namespace URI, because
// tools disagree on it (VirtualBox appends ".xsd").
class HardwareItem : public ElementHandle
{
public:
    enum class Kind { Resource, EthernetPort, Storage };
    using ElementHandle::ElementHandle;

    Kind kind() const;
    // A CIM field's text (trimmed), or a null string when absent.
    QString field(QStringView local) const;
    QStringList fields(QStringView local) const;
    xml::Element *fieldElement(QStringView local) const;

    // InstanceID (InstanceId in OVF 0.9 files).
    QString instanceId() const;
    // ResourceType as a number (DSP1041 / CIM_ResourceAllocationSettingData ValueMap:
    // 3 processor, 4 memory, 5 IDE controller, 6 parallel SCSI HBA, 10 Ethernet adapter,
    // 14 floppy, 15 CD drive, 16 DVD drive, 17 disk drive, 20 other storage device (which
    // VMware and VirtualBox use for SATA controllers), 23 USB controller, 35 sound card, ...);
    // -1 when absent or not a number.
    int resourceType() const;
    QString resourceSubType() const { return field(u"ResourceSubType"); }
    QString elementName() const;
    QString parentId() const { return field(u"Parent"); }
    QString address() const { return field(u"Address"); }
    QString addressOnParent() const { return field(u"AddressOnParent"); }
    QStringList connections() const { return fields(u"Connection"); }
    QStringList hostResources() const { return fields(u"HostResource"); }
    QString allocationUnits() const { return field(u"AllocationUnits"); }
    QString virtualQuantity() const { return field(u"VirtualQuantity"); }
    QString virtualQuantityUnits() const { return field(u"VirtualQuantityUnits"); }
    QString automaticAllocation() const { return field(u"AutomaticAllocation"); }
    // ovf:configuration: the deployment options this item belongs to (empty: all).
    QStringList configurations() const;
    // ovf:bound: "min", "max", "normal" or empty (DSP0243 §9.8).
    QString bound() const { return attr(u"bound"); }
    bool isRequired() const { return parseXsBoolean(attr(u"required", QStringLiteral("true"))).value_or(true); }
    // A short name of the kind of device, e.g. "Processor", "Memory", "Ethernet adapter".
    QString resourceTypeName() const;
};

QString resourceTypeName(int resourceType);
// The Item, EthernetPortItem and StorageItem children of a VirtualHardwareSection or a
// ResourceAllocationSection, in document order.
QList<HardwareItem> hardwareItemsIn(const xml::Element *section);

// VirtualHardwareSection (DSP0243 §9.6).
class VirtualHardwareSection : public Section
{
public:
    using Section::Section;
    QString id() const { return attr(u"id"); }
    // ovf:transport: space-separated environment transports (e.g. "iso").
    QStringList transports() const { return attr(u"transport").split(u' ', Qt::SkipEmptyParts); }
    xml::Element *systemElement() const { return child(u"System"); }
    // VirtualSystemType from the System element, e.g. "vmx-07 vmx-08" or "virtualbox-2.2".
    QString virtualSystemType() const;
    QList<HardwareItem> items() const;
};

} // namespace ovf
