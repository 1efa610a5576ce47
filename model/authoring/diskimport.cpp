#include "model/authoring/diskimport.h"

#include "model/package/diskimage.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::authoring {

using package::DiskImage;

std::expected<DiskImport, QString> DiskImporter::inspect(const QString &path, const QString &format)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return std::unexpected(tr("%1: not a regular file").arg(path));
    DiskImport image;
    image.path = info.absoluteFilePath();
    if (format.isEmpty()) {
        const auto magic = DiskImage::formatFromMagic(image.path);
        if (!magic)
            return std::unexpected(magic.error());
        image.format = *magic;
    } else {
        const auto name = DiskImage::formatName(format);
        if (!name)
            return std::unexpected(tr("%1: unknown disk format '%2' (raw, qcow2, vmdk, vdi, vhd or vhdx)").arg(path, format));
        image.format = *name;
        // A format given by hand must agree with what the file says it is; reading a qcow2
        // as raw would package its metadata as the guest's disk.
        if (const auto magic = DiskImage::formatFromMagic(image.path); magic && *magic != u"raw" && *magic != image.format)
            return std::unexpected(tr("%1: the file is a %2 image, not %3").arg(path, *magic, image.format));
    }
    const auto inspected = DiskImage::inspect(image.format, image.path, 0, -1, 0, info.fileName(),
                                              package::DiskImagePolicy::authoring());
    if (!inspected)
        return std::unexpected(inspected.error().toString());
    image.createType = inspected->createType;
    image.virtualBytes = inspected->virtualBytes;
    const auto populated = DiskImage::populatedBytes(image.format, image.path, info.fileName());
    if (!populated)
        return std::unexpected(populated.error().toString());
    image.populatedBytes = std::min(*populated, image.virtualBytes);
    return image;
}

commands::DiskSpec DiskImporter::diskSpec(const DiskImport &image, const QStringList &takenHrefs)
{
    commands::DiskSpec spec;
    spec.capacityBytes = image.virtualBytes;
    spec.populatedSize = image.populatedBytes;
    QString base = QFileInfo(image.path).completeBaseName();
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"disk"_s);
    QString href = base + u".vmdk"_s;
    for (int n = 2; takenHrefs.contains(href); ++n)
        href = base + u'-' + QString::number(n) + u".vmdk"_s;
    spec.href = href;
    spec.source = image.path;
    spec.sourceFormat = image.format;
    return spec;
}

} // namespace ovf::authoring
