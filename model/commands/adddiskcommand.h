#pragma once

#include "model/commands/command.h"
#include "model/commands/hardwareitems.h"

#include <optional>

namespace ovf::commands {

// A virtual disk to add: its DiskSection entry, the File holding its image (none for a
// blank disk created at deployment), and the drive that attaches it.
struct DiskSpec
{
    QString diskId;                      // empty: "disk1", "disk2", ...
    quint64 capacityBytes = 0;           // ovf:capacity (written in GiB or MiB when they divide)
    std::optional<quint64> populatedSize; // ovf:populatedSize
    QString href;                        // the File's ovf:href; empty: a blank disk, no File
    QString fileId;                      // empty: "<diskId>-file" style fresh id
    std::optional<quint64> fileSize;     // the File's ovf:size, when known
    QString format;                      // ovf:format; empty: streamOptimized VMDK
    QString source;                      // a disk image to convert when packing (ovfw:source)
    QString sourceFormat;                // its qemu-img format (ovfw:sourceFormat)
    QString controller;                  // InstanceID of the controller; empty: the first with room
    std::optional<int> address;          // AddressOnParent; nullopt: the first free unit
    QString elementName;                 // empty: "Hard disk N"
    hwitems::ItemVariant variant;        // the drive Item's ovf:configuration
};

// Adds a disk as one undoable step (DSP0243 §9.1, §8.3): the File in References (created when
// the Envelope has none), the Disk in the DiskSection (likewise) and the disk drive Item
// (ResourceType 17, HostResource ovf:/disk/<id>) on a controller of the system at a free
// address. A disk image not yet converted is recorded as a pending source on the File
// (ovfw:source, ovfw:sourceFormat in ns::Workbench); `ovfctl pack` and saving as a package turn
// it into the streamOptimized VMDK the href names.
class AddDiskCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddDiskCommand)

public:
    // Refused, with every reason: not a VirtualHardwareSection; a disk or file id in use or
    // not usable as an id; an href that is not a relative path inside the package or that
    // another File has; capacity 0 or a populated size above it; no controller with room, or
    // the controller or address asked for is not available.
    static Made<AddDiskCommand> create(EditSession *session, xml::Element *section, const DiskSpec &spec,
                                       QUndoCommand *parent = nullptr);

    static QString streamOptimizedFormat();

    xml::Element *disk() const { return m_disk; }
    xml::Element *file() const { return m_file; }
    xml::Element *item() const { return m_item; }
    xml::Element *focusElement() const override { return m_item; }

private:
    AddDiskCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_disk = nullptr;
    xml::Element *m_file = nullptr;
    xml::Element *m_item = nullptr;
};

} // namespace ovf::commands
