#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ovf::vmexport {

// What the libvirt domain XML of one machine says that an OVF VirtualSystem can carry
// (https://libvirt.org/formatdomain.html), as plain data. Read by DomainReader; turned into
// OVF by ExportDescriptor. Everything the XML holds that OVF has no place for is named in
// `dropped` (one translated line per device), so the user is told before the export.
struct DomainDescription
{
    enum class Firmware { Bios, Efi };

    struct Controller
    {
        enum class Kind { Ide, Scsi, Sata, Nvme, VirtioBlk };
        Kind kind = Kind::Ide;
        int index = 0;  // libvirt controller index within its type
        QString model;  // libvirt model: "virtio-scsi", "lsilogic", "lsisas1068", "vmpvscsi", ...
    };

    struct Disk
    {
        enum class Device { Disk, Cdrom };
        // Where the bytes are: a file, a block device (LVM and others), or a pool volume.
        enum class Source { None, File, Block, Volume };
        Device device = Device::Disk;
        Source source = Source::None;
        QString path;       // file or block device path on the host; for Volume, filled in from libvirt
        QString pool;       // Volume only
        QString volume;     // Volume only
        QString format;     // <driver type>: "qcow2", "raw", ...; empty when not given
        QString bus;        // <target bus>: "ide", "scsi", "sata", "virtio", "nvme", "usb", ...
        QString target;     // <target dev>: "vda", "hdc", ...
        int controller = 0; // <address controller> (drive addresses), else 0
        int unit = 0;       // the unit on that controller (IDE: bus*2+unit)
        bool readOnly = false;
        int bootOrder = 0;  // <boot order>; 0: none
    };

    struct Nic
    {
        enum class Kind { Network, Bridge, Other };
        Kind kind = Kind::Network;
        QString source;  // network name or bridge name
        QString model;   // libvirt <model type>; empty: the hypervisor's default
        QString mac;
    };

    QString name;
    QString uuid;
    QString title;
    QString description;
    QString domainType;   // "kvm", "qemu"
    QString arch = QStringLiteral("x86_64");
    QString machine;      // <os><type machine>: "pc-q35-7.2", "pc-i440fx-7.2", "q35", "pc"
    Firmware firmware = Firmware::Bios;
    bool hasNvram = false; // <os><nvram>: its contents are not carried
    int vcpus = 1;
    int sockets = 0; // <cpu><topology>; 0: not given
    int cores = 0;
    int threads = 0;
    quint64 memoryBytes = 0;
    QString osinfoId;     // libosinfo metadata, e.g. "http://debian.org/debian/12"
    int osType = 0;       // CIM OSType (DSP0243 §9.11) the user chose; 0: from osinfoId
    // OVF environment transports from OVF Workbench's own <metadata> (a machine it deployed):
    // the exported VirtualHardwareSection asks for them again (ovf:transport).
    QStringList transports;
    QList<Controller> controllers;
    QList<Disk> disks;    // disks and CD-ROMs in document order
    QList<Nic> nics;
    int serials = 0;
    QStringList dropped;  // translated, one per device that has no OVF equivalent
};

} // namespace ovf::vmexport
