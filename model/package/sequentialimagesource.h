#pragma once

#include "model/package/diskimagesource.h"

#include <QCoreApplication>

#include <functional>

namespace ovf::package {

// A disk image that arrives as a stream of its guest bytes, front to back (a libvirt volume
// download, a raw member of a package, a pipe): StreamOptimizedWriter reads it in order. With
// no extent map every grain is read; grains of zeros are still not stored. Given extents
// (from the host's allocation map), the gaps are read and discarded. A stream that ends
// early, or a read that fails, is an error naming `name`.
class SequentialImageSource final : public DiskImageSource
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::SequentialImageSource)

public:
    // Up to `max` bytes into `buffer`; 0 at the end of the stream.
    using Reader = std::function<std::expected<qint64, QString>(char *buffer, qint64 max)>;

    SequentialImageSource(QString name, qint64 size, Reader reader, QList<DiskExtent> extents = {});

    qint64 size() const override { return m_size; }
    std::expected<QList<DiskExtent>, QString> extents() override;
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override;

private:
    std::expected<void, QString> fill(char *buffer, qint64 length);

    QString m_name;
    qint64 m_size;
    Reader m_reader;
    QList<DiskExtent> m_extents;
    qint64 m_position = 0;
};

} // namespace ovf::package
