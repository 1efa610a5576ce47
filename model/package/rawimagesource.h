#pragma once

#include "model/package/diskimagesource.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace ovf::package {

// A raw disk image file read in place: its holes (SEEK_DATA / SEEK_HOLE where the filesystem
// reports them) are extents that read as zeros; read() is a positioned read. A symbolic link
// is refused (the same rule as every file a package names). The size is taken when opened; a
// file that shrinks while read is an error.
class RawImageSource final : public DiskImageSource
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::RawImageSource)

public:
    static std::expected<std::unique_ptr<RawImageSource>, QString> open(const QString &path);
    // A block device (an LVM or disk-pool volume of a libvirt machine being exported): its
    // size from the device itself. Only for devices the caller has located (libvirt told it).
    static std::expected<std::unique_ptr<RawImageSource>, QString> openDevice(const QString &path);

    qint64 size() const override { return m_size; }
    std::expected<QList<DiskExtent>, QString> extents() override;
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override;

private:
    explicit RawImageSource(const QString &path) : m_file(path) { }

    QFile m_file;
    qint64 m_size = 0;
};

} // namespace ovf::package
