#pragma once

#include "model/vmexport/exportdescriptor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace ovf::deploy {
class LibvirtConnection;
}

namespace ovf::vmexport {

// How the bytes of one exported disk are reached.
struct DiskPlan
{
    enum class Read {
        LocalFile, // a file or block device on this machine (local connection): read in place
        Download,  // a storage volume read through libvirt (virStorageVolDownload)
    };
    QString system;   // domain name, for messages
    QString target;   // "vda", for messages
    QString href;     // member name in the package
    Read read = Read::LocalFile;
    QString path;     // LocalFile: the file or device; Download: the volume's path on the host
    QString format;   // "raw", "qcow2", ... (<driver type>, else the volume's format, else raw)
    QString pool;     // Download
    QString volume;   // Download
    qint64 capacity = 0; // guest-visible bytes (virDomainGetBlockInfo)
    // Download of a qcow2 volume: the volume and its backing chain, top first, each as the
    // file libvirt sends (qemu reads them over NBD from NbdVolumeServer and flattens them).
    struct Layer
    {
        QString pool;
        QString volume;
        QString format;
        qint64 fileBytes = 0;
    };
    QList<Layer> chain;
    QString adapterType = QStringLiteral("lsilogic"); // VMDK ddb.adapterType for its bus
};

// What an export will write: the descriptor's systems and where every disk comes from.
struct ExportPlan
{
    QList<ExportSystem> systems;
    QList<DiskPlan> disks;   // in References order
    QStringList dropped;     // "web: graphics (spice)": devices OVF has no place for
    QStringList notes;       // what changes on the way (NVRAM, rounding, ...)
    DescriptorOptions options;
    QString descriptorName;  // "web.ovf"

    QByteArray descriptor() const;
};

// Turns libvirt domains into an ExportPlan. Refuses, naming the domain: one that does not
// exist, one that is running or paused (its disks would change while read: the message says
// how to shut it down), one whose disk cannot be located (a file in no storage pool on a remote
// host), and a disk OVF Workbench cannot read on that connection.
//
// Which way a disk is read: on a local connection a file or block device is read in place
// (qcow2 backing chains flattened by qemu); a volume whose pool is not backed by local paths is
// downloaded. On a remote connection every disk is a volume downloaded through libvirt: files
// are located with virStorageVolLookupByPath; a raw volume's download is the guest bytes, a
// qcow2 volume's is its file, read with its backing chain (each layer a volume) by qemu
// through NbdVolumeServer.
//
// Blocking (libvirt round trips): call from a worker thread.
class ExportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::ExportPlanner)

public:
    struct Request
    {
        QStringList domains;
        DescriptorOptions options;
        QString baseName; // of the descriptor, manifest and certificate; empty: the first domain's name
    };

    static std::expected<ExportPlan, QString> plan(deploy::LibvirtConnection &connection, const Request &request);

    // The message for a domain that is not shut off.
    static QString notShutOffMessage(const QString &domain, const QString &state, const QString &uri);
};

} // namespace ovf::vmexport
