#pragma once

#include "model/commands/command.h"
#include "model/commands/hardwareitems.h"

#include <optional>

namespace ovf::commands {

// What kind of device to add to a VirtualHardwareSection, and how.
struct DeviceSpec
{
    enum class Kind {
        IdeController,  // ResourceType 5
        ScsiController, // 6; subType lsilogic (default), lsilogicsas, VirtualSCSI, buslogic, virtio-scsi
        SataController, // 20, ResourceSubType AHCI
        NvmeController, // 20, ResourceSubType vmware.nvme.controller
        UsbController,  // 23; subType e.g. vmware.usb.ehci, vmware.usb.xhci
        CdDrive,        // 15; empty, or an ISO File of References (HostResource ovf:/file/<id>)
        DvdDrive,       // 16; likewise
        NetworkAdapter, // 10; subType E1000 (default), E1000e, VmxNet3, PCNet32, virtio
        SerialPort,     // 21
    };
    Kind kind = Kind::NetworkAdapter;
    QString subType;      // ResourceSubType; empty: the kind's default
    QString controller;   // drives: InstanceID of the controller; empty: the first with a free unit
    std::optional<int> address; // controllers: Address (bus number); drives: AddressOnParent; nullopt: first free
    QString network;      // network adapters: Connection (a Network of the NetworkSection)
    QString macAddress;   // network adapters: Address; empty: assigned at deployment
    QString fileId;       // CD/DVD drives: a File of References; empty: an empty drive
    QString elementName;  // empty: generated ("Network adapter 2", "SCSI controller 0", ...)
    hwitems::ItemVariant variant; // ovf:configuration / ovf:bound of the new Item
};

// Adds one device Item (a controller, a CD/DVD drive, a network adapter, a serial port) with a
// fresh InstanceID. Controllers get the next free Address of their kind; drives the first free
// AddressOnParent of their controller (DSP0243 §8.3 Parent / AddressOnParent), so no two
// devices share one address. OVF 2 documents get EthernetPortItem / StorageItem elements.
class AddDeviceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddDeviceCommand)

public:
    // Refused, with every reason: not a VirtualHardwareSection; a network that is not in the
    // NetworkSection; a malformed MAC address; a file that is not in References; a controller
    // that is not a storage controller of the section, or that is full; an address in use or
    // beyond the controller's units; a bus number in use; an unknown option or bound.
    static Made<AddDeviceCommand> create(EditSession *session, xml::Element *section, const DeviceSpec &spec,
                                         QUndoCommand *parent = nullptr);
    // The text of the ElementName a new device of `kind` gets (for previews).
    static QString kindName(DeviceSpec::Kind kind);

    xml::Element *item() const { return m_item; }
    xml::Element *focusElement() const override { return m_item; }

private:
    AddDeviceCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_item = nullptr;
};

} // namespace ovf::commands
