#pragma once

#include "model/package/pendingsourceopener.h"
#include "model/vmexport/exportplan.h"

#include <QCoreApplication>
#include <QHash>

namespace ovf::deploy {
class LibvirtConnection;
}

namespace ovf::vmexport {

// Opens the disks of an ExportPlan for the package writer, by the pending source's path:
//   LocalFile: DiskImageReader with the export policy (raw in place; qcow2 and other formats
//     through qemu-nbd with the backing chain flattened by qemu); block devices read raw;
//   Download:  a raw volume through LibvirtVolumeSource (virStorageVolDownload); a qcow2
//     volume and its backing chain through NbdVolumeServer + qemu-nbd (NbdImageSource).
// Blocking, one thread; the connection must outlive it.
class LibvirtDiskOpener final : public package::PendingSourceOpener
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::LibvirtDiskOpener)

public:
    LibvirtDiskOpener(deploy::LibvirtConnection &connection, const QList<DiskPlan> &disks);

    std::expected<qint64, QString> virtualBytes(const ovf::PendingSource &source) override;
    std::expected<std::unique_ptr<package::DiskImageSource>, QString> open(const ovf::PendingSource &source) override;

private:
    const DiskPlan *find(const ovf::PendingSource &source) const;

    deploy::LibvirtConnection &m_connection;
    QHash<QString, DiskPlan> m_disks; // by path
};

} // namespace ovf::vmexport
