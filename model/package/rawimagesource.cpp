#include "model/package/rawimagesource.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace ovf::package {

std::expected<std::unique_ptr<RawImageSource>, QString> RawImageSource::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return std::unexpected(tr("%1: is a symbolic link").arg(path));
    if (!info.isFile())
        return std::unexpected(tr("%1: not a regular file").arg(path));
    std::unique_ptr<RawImageSource> source(new RawImageSource(path));
    if (!source->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(tr("%1: %2").arg(path, source->m_file.errorString()));
    source->m_size = source->m_file.size();
    ::posix_fadvise(source->m_file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL); // read-ahead hint only
    return source;
}

std::expected<std::unique_ptr<RawImageSource>, QString> RawImageSource::openDevice(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return open(path);
    std::unique_ptr<RawImageSource> source(new RawImageSource(path));
    if (!source->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(tr("%1: %2").arg(path, source->m_file.errorString()));
    const off_t end = ::lseek(source->m_file.handle(), 0, SEEK_END); // a block device's size
    if (end <= 0)
        return std::unexpected(tr("%1: not a block device with a size").arg(path));
    source->m_size = end;
    return source;
}

std::expected<QList<DiskExtent>, QString> RawImageSource::extents()
{
    // Data and holes as the filesystem knows them; a filesystem without SEEK_DATA reports
    // the whole file as data, which is always correct.
    QList<DiskExtent> result;
    const int fd = m_file.handle();
    qint64 at = 0;
    while (at < m_size) {
        const off_t data = ::lseek(fd, at, SEEK_DATA);
        if (data < 0) {
            if (errno == ENXIO) { // no data after `at`
                result.append({at, m_size - at, false});
                break;
            }
            return QList<DiskExtent>{{0, m_size, true}};
        }
        const qint64 dataStart = std::min<qint64>(data, m_size);
        if (dataStart > at)
            result.append({at, dataStart - at, false});
        if (dataStart >= m_size)
            break;
        off_t hole = ::lseek(fd, dataStart, SEEK_HOLE);
        const qint64 dataEnd = hole < 0 ? m_size : std::min<qint64>(hole, m_size);
        result.append({dataStart, dataEnd - dataStart, true});
        at = dataEnd;
    }
    return result;
}

std::expected<void, QString> RawImageSource::read(qint64 offset, char *buffer, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_file.handle(), buffer + done, size_t(length - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::unexpected(tr("%1: %2").arg(m_file.fileName(), QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (n == 0)
            return std::unexpected(tr("%1: the file shrank while it was read").arg(m_file.fileName()));
        done += n;
    }
    return {};
}

} // namespace ovf::package
