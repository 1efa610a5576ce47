#pragma once

#include "model/deploy/domainspec.h"
#include "model/deploy/effectiveitem.h"
#include "model/ovf/hardware.h"

#include <QCoreApplication>
#include <QList>

namespace ovf::deploy {

// Maps the effective hardware of one virtual system (RASD items, DSP0243 §9.6 / DSP1041
// ResourceType values) to what QEMU under libvirt offers:
//   3 processor -> <vcpu>; 4 memory (VirtualQuantity x AllocationUnits) -> <memory>;
//   5 IDE -> the PIIX IDE controller (item k -> channel k, at most two);
//   6 parallel SCSI: lsilogic -> lsilogic, lsilogicsas -> lsisas1068, VirtualSCSI -> vmpvscsi,
//     buslogic and others -> virtio-scsi (noted);
//   20 other storage (AHCI / vmware.sata.ahci) -> sata; virtio-blk (as machine export writes
//     it) -> virtio disks; NVMe and others -> sata (noted);
//   10 Ethernet: E1000 / E1000e / VmxNet3 / PCNet32 / virtio and VirtualBox's chip names ->
//     e1000 / e1000e / vmxnet3 / pcnet / virtio; others -> e1000 (noted);
//   15/16 CD/DVD -> cdrom; 17 disk (HostResource ovf:/disk/ID or ovf:/file/ID) -> disk on its
//     Parent controller at AddressOnParent; 21 serial -> pty serial; 23 USB -> usb controller;
//   24 graphics -> VNC on 127.0.0.1; 14 floppy, 35 sound and anything else: ignored, noted.
// Pass the effective configuration (effectiveItems(): ovf:configuration filtered, ovf:bound
// resolved, overrides applied). Names and paths are never taken from the items: the domain
// name comes from `options`, disk sources are filled in later by the deployer (matched by
// DomainSpec::Disk::ovfDiskId / ovfFileId).
class DomainXmlBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DomainXmlBuilder)

public:
    struct Options
    {
        QString name;                           // generated domain name
        QString type = QStringLiteral("qemu"); // "kvm" when the target offers it
        QString serialLog;                      // non-empty: the first serial port logs to this file
        DiskFormat diskFormat = DiskFormat::Qcow2;
    };

    // From the effective items of the chosen configuration (effectiveItems(): overrides and
    // ovf:bound applied; fields are read with the overrides).
    static DomainSpec fromHardware(const QList<EffectiveItem> &items, const Options &options);
    // From plain Items, taken as they are (each its own effective item).
    static DomainSpec fromHardware(const QList<ovf::HardwareItem> &items, const Options &options);

    // Maps a RASD ResourceSubType of an Ethernet adapter to a libvirt NIC model; nullopt
    // when unknown (the caller falls back to e1000).
    static std::optional<QString> nicModel(const QString &subType);
    // Maps a RASD ResourceSubType of a SCSI controller to a libvirt controller model; nullopt
    // when QEMU has no such device.
    static std::optional<QString> scsiModel(const QString &subType);
    // The inverses, for machine export: the ResourceSubType OVF tools know for a libvirt NIC
    // model ("e1000" -> "E1000", "virtio" -> "virtio", ...) and SCSI controller model
    // ("lsisas1068" -> "lsilogicsas", ...); nullopt when OVF has no name for it. Each round
    // trips through nicModel() / scsiModel().
    static std::optional<QString> nicSubType(const QString &model);
    static std::optional<QString> scsiSubType(const QString &model);
};

} // namespace ovf::deploy
