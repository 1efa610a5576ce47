#include "model/package/destinationcheck.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::package {

std::optional<PackageError> DestinationCheck::writable(const QString &destination)
{
    const QString folder = QFileInfo(destination).absolutePath();
    const QByteArray native = QFile::encodeName(folder);
    struct statvfs fs{};
    if (::statvfs(native.constData(), &fs) != 0)
        return PackageError{PackageError::Rule::Io, destination,
                            tr("its folder %1 cannot be used: %2").arg(folder, QString::fromLocal8Bit(std::strerror(errno)))};
    if (fs.f_flag & ST_RDONLY)
        return PackageError{PackageError::Rule::ReadOnly, destination,
                            tr("the filesystem holding %1 is read-only; nothing was written").arg(folder)};
    if (::access(native.constData(), W_OK | X_OK) != 0)
        return PackageError{PackageError::Rule::Io, destination,
                            tr("cannot write into %1: %2; nothing was written").arg(folder, QString::fromLocal8Bit(std::strerror(errno)))};
    return std::nullopt;
}

qint64 DestinationCheck::available(const QString &destination)
{
    struct statvfs fs{};
    if (::statvfs(QFile::encodeName(QFileInfo(destination).absolutePath()).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

std::optional<PackageError> DestinationCheck::room(const QString &destination, qint64 bytes)
{
    const qint64 available = DestinationCheck::available(destination);
    if (available < 0)
        return std::nullopt; // unknown: the write itself will tell
    if (available >= bytes)
        return std::nullopt;
    return PackageError{PackageError::Rule::NoSpace, destination,
                        tr("the disk is full: %1 bytes are needed, only %2 are free; nothing was written")
                            .arg(bytes).arg(available)};
}

std::optional<PackageError> DestinationCheck::filledUp(const QString &destination, qint64 remaining)
{
    const qint64 available = DestinationCheck::available(destination);
    if (available < 0 || available >= std::max<qint64>(remaining, 1))
        return std::nullopt;
    return PackageError{PackageError::Rule::NoSpace, destination,
                        tr("the disk filled up during the write: %1 more bytes were needed, only %2 were free; "
                           "what was written was removed")
                            .arg(std::max<qint64>(remaining, 1)).arg(available)};
}

} // namespace ovf::package
