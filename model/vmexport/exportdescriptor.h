#pragma once

#include "model/vmexport/domaindescription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ovf::vmexport {

// One disk of an exported machine as the package will hold it: a streamOptimized VMDK.
struct ExportedDisk
{
    qsizetype domainDisk = -1; // index into DomainDescription::disks
    QString fileId;            // ovf:id of its File
    QString href;              // member name in the package
    QString diskId;            // ovf:diskId
    quint64 capacityBytes = 0; // the guest-visible size
    quint64 populatedBytes = 0; // bytes holding data; 0: not known (ovf:populatedSize left out)
    // Non-empty: the File is a pending source (ovfw:source / ovfw:sourceFormat, see
    // PendingSource) that the package writer converts while packing; never in a package.
    QString pendingPath;
    QString pendingFormat;
};

struct ExportSystem
{
    QString id; // ovf:id of the VirtualSystem (ExportDescriptor::systemId of the domain name)
    DomainDescription domain;
    QList<ExportedDisk> disks;
};

struct DescriptorOptions
{
    bool includeMac = false; // rasd:Address of each NIC; off by default (clones must not share MACs)
    QString product;         // ProductSection; all empty: no ProductSection
    QString vendor;
    QString version;
    QString collectionId = QStringLiteral("collection"); // with several systems
};

// Writes the OVF 1.x descriptor (DSP0243 1.1) of exported libvirt machines with
// QXmlStreamWriter; every value is escaped by the writer. One system gives an Envelope with a
// VirtualSystem; several give a VirtualSystemCollection whose StartupSection (DSP0243 §9.7)
// starts them in the given order. Mapping (DSP1041 ResourceType):
//   vCPUs -> 3 (topology: vmw:CoresPerSocket, ovfw:ThreadsPerCore); memory -> 4 in MiB;
//   IDE -> 5 (one item per PIIX channel used); SCSI -> 6 with ResourceSubType lsilogic /
//   lsilogicsas / VirtualSCSI / virtio-scsi; SATA -> 20 AHCI; NVMe -> 20 NVMe; virtio-blk
//   disks -> one 20 virtio-blk controller; disk -> 17 with HostResource ovf:/disk/ID; CD-ROM
//   -> 15, always empty; NIC -> 10 with ResourceSubType E1000 / E1000e / VmxNet3 / PCNet32 /
//   virtio / rtl8139 and Connection = the libvirt network or bridge (an OVF Network); serial
//   -> 21; firmware -> vmw:Config firmware bios|efi; machine type -> VirtualSystemType
//   "qemu-<machine>"; title -> Name; description -> AnnotationSection; libosinfo id -> the
//   CIM OSType. What changes on the way is added to `notes` (translated).
class ExportDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::ExportDescriptor)

public:
    static QByteArray write(const QList<ExportSystem> &systems, const DescriptorOptions &options, QStringList *notes);

    // A VirtualSystem ovf:id for a domain name: letters, digits, '-', '_' and '.' kept, others
    // replaced by '_', a leading digit or '-' prefixed with "vm-".
    static QString systemId(const QString &domainName);
    // The CIM OSType (DSP0243 §9.11) for a libosinfo id; 1 (Other) / 102 (Other 64-Bit) when unknown.
    static int osType(const QString &osinfoId, const QString &arch);
};

} // namespace ovf::vmexport
