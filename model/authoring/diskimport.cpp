#include "model/authoring/diskimport.h"

#include "model/package/diskimageinspector.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::authoring {

using package::DiskImageInspector;
using package::DiskImagePolicy;

std::expected<QString, QString> DiskImporter::formatFromMagic(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(tr("cannot read %1: %2").arg(file, f.errorString()));
    const QByteArray head = f.read(512);
    if (head.startsWith("QFI\xfb"))
        return u"qcow2"_s;
    if (head.startsWith("KDMV") || head.startsWith("# Disk DescriptorFile"))
        return u"vmdk"_s;
    if (head.startsWith("vhdxfile"))
        return u"vhdx"_s;
    if (head.startsWith("conectix"))
        return u"vpc"_s; // a dynamic VHD: the footer's copy comes first
    if (head.size() >= 0x44 && head.mid(0x40, 4) == QByteArray("\x7f\x10\xda\xbe", 4))
        return u"vdi"_s;
    if (f.size() >= 512 && f.seek(f.size() - 512) && f.read(8) == "conectix")
        return u"vpc"_s; // a fixed VHD: only the footer
    return u"raw"_s;
}

std::optional<QString> DiskImporter::formatName(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == u"vhd")
        return u"vpc"_s;
    if (w == u"img")
        return u"raw"_s;
    if (DiskImagePolicy::authoring().formats.contains(w))
        return w;
    return std::nullopt;
}

std::expected<DiskImport, QString> DiskImporter::inspect(const QString &path, const QString &format)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return std::unexpected(tr("%1: not a regular file").arg(path));
    DiskImport image;
    image.path = info.absoluteFilePath();
    const auto magic = formatFromMagic(image.path);
    if (!magic)
        return std::unexpected(magic.error());
    if (format.isEmpty()) {
        image.format = *magic;
    } else {
        const auto name = formatName(format);
        if (!name)
            return std::unexpected(tr("%1: unknown disk format '%2' (raw, qcow2, vmdk, vdi, vhd or vhdx)").arg(path, format));
        image.format = *name;
        // A format given by hand must agree with what the file says it is: reading a qcow2
        // as raw would package its metadata as the guest's disk.
        if (*magic != u"raw" && *magic != image.format)
            return std::unexpected(tr("%1: the file is a %2 image, not %3").arg(path, *magic, image.format));
    }
    const DiskImagePolicy policy = DiskImagePolicy::authoring();
    const auto facts = DiskImageInspector::inspect(image.format, image.path, 0, -1, policy, info.fileName());
    if (!facts)
        return std::unexpected(facts.error().toString());
    image.createType = facts->createType;
    image.virtualBytes = facts->virtualBytes;
    const auto extents = DiskImageInspector::map(image.format, image.path, policy);
    if (!extents)
        return std::unexpected(extents.error().toString());
    quint64 data = 0;
    for (const package::DiskExtent &e : *extents) {
        if (e.data)
            data += quint64(e.length);
    }
    image.populatedBytes = std::min(data, image.virtualBytes);
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
