#include "model/vmexport/machineexporter.h"

#include "model/package/packinput.h"
#include "model/vmexport/libvirtdiskopener.h"

#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

MachineExporter::MachineExporter(deploy::LibvirtConnection &connection, ExportPlan plan, package::PackageWriterOptions options)
    : m_connection(connection), m_plan(std::move(plan)), m_options(std::move(options))
{
}

std::expected<package::PackageWriterResult, package::PackageWriteError> MachineExporter::write(const QString &destination)
{
    using Cause = package::PackageWriteError::Cause;
    const auto failed = [](Cause cause, const QString &path, const QString &detail) {
        return std::unexpected(package::PackageWriteError::make(cause, {}, detail, path));
    };
    // The descriptor goes through PackInput like an author's .ovf on disk (the only input that
    // may name pending sources): a private folder, removed on every path.
    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(Cause::Io, folder.path(), tr("cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString descriptorPath = folder.filePath(m_plan.descriptorName);
    QSaveFile file(descriptorPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_plan.descriptor()) < 0 || !file.commit())
        return failed(Cause::Io, descriptorPath, file.errorString());
    auto input = package::PackInput::open(descriptorPath);
    if (!input)
        return failed(Cause::InvalidMember, descriptorPath, input.error());
    input->setCancelFlag(m_cancel);

    LibvirtDiskOpener opener(m_connection, m_plan.disks);
    package::PackageWriterOptions options = m_options;
    options.pendingOpener = &opener;
    package::PackageWriter writer(*input, options);
    writer.setCancelFlag(m_cancel);
    if (m_progress)
        writer.setProgress(m_progress);
    return writer.write(destination);
}

} // namespace ovf::vmexport
