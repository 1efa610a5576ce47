#pragma once

#include "model/package/packagewriter.h"
#include "model/vmexport/exportplan.h"

#include <QCoreApplication>

#include <atomic>
#include <expected>

namespace ovf::deploy {
class LibvirtConnection;
}

namespace ovf::vmexport {

// Writes an ExportPlan as a package: the descriptor with every disk a pending source
// (ovfw:source), packed by PackageWriter, whose streamOptimized writer reads each disk through
// LibvirtDiskOpener (in place or downloaded through libvirt) and writes it straight into its
// member, hashed as written. Nothing is staged but the descriptor (a few KiB, in a private
// temporary folder removed afterwards); the package appears complete or not at all; a cancel
// or an error removes the partial package, and aborts a download in flight (a download
// leaves nothing on the host).
//
// Threading: call write() on a worker thread; progress (bytes of guest disk processed, and
// their total) comes on that thread; the cancel flag is the only cross-thread channel. The
// connection must not be used elsewhere during write().
class MachineExporter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::MachineExporter)

public:
    MachineExporter(deploy::LibvirtConnection &connection, ExportPlan plan, package::PackageWriterOptions options);

    void setProgress(ovf::ByteProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    std::expected<package::PackageWriterResult, package::PackageWriteError> write(const QString &destination);

private:
    deploy::LibvirtConnection &m_connection;
    ExportPlan m_plan;
    package::PackageWriterOptions m_options;
    ovf::ByteProgress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace ovf::vmexport
