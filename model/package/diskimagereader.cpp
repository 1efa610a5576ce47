#include "model/package/diskimagereader.h"

#include "model/package/nbdimagesource.h"
#include "model/package/rawimagesource.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

std::expected<OpenedDiskImage, DiskImageError> DiskImageReader::open(const QString &path, const QString &format,
                                                                    const DiskImagePolicy &policy)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Io, path,
                                              info.exists() ? tr("not a regular file") : tr("no such file")});
    const QString absolute = info.absoluteFilePath();
    auto facts = DiskImageInspector::inspect(format, absolute, policy);
    if (!facts)
        return std::unexpected(facts.error());
    OpenedDiskImage opened;
    opened.facts = *facts;
    if (format == u"raw") {
        auto raw = RawImageSource::open(absolute);
        if (!raw)
            return std::unexpected(DiskImageError{DiskImageError::Kind::Io, info.fileName(), raw.error()});
        opened.source = std::move(*raw);
    } else {
        auto nbd = NbdImageSource::open(absolute, format, policy);
        if (!nbd)
            return std::unexpected(nbd.error());
        opened.source = std::move(*nbd);
    }
    // qemu reports a raw image's size rounded up to a sector; the VMDK's capacity is too.
    const auto sectors = [](quint64 bytes) { return (bytes + 511) / 512; };
    if (sectors(quint64(opened.source->size())) != sectors(facts->virtualBytes))
        return std::unexpected(DiskImageError{DiskImageError::Kind::Refused, info.fileName(),
                                              tr("the image changed while it was opened (%1 bytes, not %2)")
                                                  .arg(opened.source->size()).arg(facts->virtualBytes)});
    return opened;
}

} // namespace ovf::package
