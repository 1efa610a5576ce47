#include "model/package/descriptorfile.h"

#include "model/package/destinationcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ovf::package {

std::expected<void, PackageWriteError> DescriptorFile::write(const QString &path, const QByteArray &bytes)
{
    if (const auto unwritable = DestinationCheck::writable(path))
        return std::unexpected(PackageWriteError::fromPackageError(*unwritable, path));
    if (const auto full = DestinationCheck::room(path, bytes.size())) {
        PackageWriteError e = PackageWriteError::fromPackageError(*full, path);
        e.bytesNeeded = bytes.size();
        e.bytesFree = DestinationCheck::available(path);
        return std::unexpected(e);
    }
    const auto failed = [&path](const QString &detail) {
        return std::unexpected(PackageWriteError::make(PackageWriteError::Cause::Io, {}, detail, path));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(tr("cannot create its folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        // Room was checked above: another writer filled the disk meanwhile.
        if (const auto full = DestinationCheck::filledUp(path, bytes.size())) {
            PackageWriteError e = PackageWriteError::fromPackageError(*full, path);
            e.bytesNeeded = bytes.size();
            e.bytesFree = DestinationCheck::available(path);
            return std::unexpected(e);
        }
        return failed(file.errorString());
    }
    return {};
}

} // namespace ovf::package
