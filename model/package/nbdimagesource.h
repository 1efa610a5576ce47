#pragma once

#include "model/package/diskimageinspector.h"
#include "model/package/diskimagesource.h"

#include <QCoreApplication>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace ovf::package {

class NbdClient;

// The guest-visible bytes of an image in any format qemu reads (qcow2, VMDK, VDI, VHD,
// VHDX), without a converted copy: qemu-nbd exports the image read-only on a Unix socket in
// a private 0700 folder and NbdClient reads it; the extents come from `qemu-img map`. The
// image is named through DiskImageInspector's "json:" filename (format given, never probed);
// callers inspect it against their policy first (DiskImageReader does).
// The destructor disconnects, waits for qemu-nbd to exit (it serves one client) and removes
// the socket folder. Blocking; use from one worker thread.
class NbdImageSource final : public DiskImageSource
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::NbdImageSource)

public:
    static std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
    open(const QString &path, const QString &format, const DiskImagePolicy &policy);
    // A qemu filename the caller built and answers for ("json:{...}", e.g. a qcow2 volume of a
    // remote host read over NBD by machine export); `displayName` names it in messages.
    static std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
    openFilename(const QString &qemuFilename, const QString &displayName);
    ~NbdImageSource() override;

    qint64 size() const override;
    std::expected<QList<DiskExtent>, QString> extents() override { return m_extents; }
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override;

private:
    NbdImageSource();
    static std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
    start(const QString &qemuFilename, const QString &name, QList<DiskExtent> extents);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<NbdClient> m_client;
    QList<DiskExtent> m_extents;
};

} // namespace ovf::package
