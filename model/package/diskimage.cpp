#include "model/package/diskimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ovf::package {

QString DiskImage::qemuImg()
{
    const QString configured = qEnvironmentVariable("OVFW_QEMU_IMG");
    return configured.isEmpty() ? u"qemu-img"_s : configured;
}

QJsonObject DiskImage::blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    QJsonObject protocol{{u"driver"_s, u"file"_s}, {u"filename"_s, file}};
    QJsonObject range{{u"driver"_s, u"raw"_s}, {u"offset"_s, offset}, {u"file"_s, protocol}};
    if (size >= 0)
        range.insert(u"size"_s, size);
    return QJsonObject{{u"driver"_s, format}, {u"file"_s, range}};
}

QString DiskImage::jsonFilename(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    return u"json:"_s + QString::fromUtf8(QJsonDocument(blockOptions(format, file, offset, size)).toJson(QJsonDocument::Compact));
}

std::optional<QString> DiskImage::formatFromUri(const QString &uri)
{
    const QString u = uri.trimmed().toLower();
    if (u.contains(u"vmdk"_s))
        return u"vmdk"_s;
    if (u.contains(u"qcow"_s))
        return u"qcow2"_s;
    if (u.endsWith(u"raw"_s) || u.contains(u"#raw"_s) || u.contains(u"/raw"_s))
        return u"raw"_s;
    return std::nullopt;
}

DiskImagePolicy DiskImagePolicy::authoring()
{
    DiskImagePolicy p;
    p.formats = {u"raw"_s, u"qcow2"_s, u"vmdk"_s, u"vdi"_s, u"vpc"_s, u"vhdx"_s};
    p.anyVmdkSubformat = true;
    return p;
}

namespace {

QString wholeFileJson(const QString &format, const QString &file)
{
    const QJsonObject o{{u"driver"_s, format}, {u"file"_s, QJsonObject{{u"driver"_s, u"file"_s}, {u"filename"_s, file}}}};
    return u"json:"_s + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// True when an extent's filename names the same bytes as the range we opened: either the
// raw layer's json (qemu prints it with its own key order) or the plain file for a whole file.
bool extentIsOurs(const QString &extent, const QString &file, qint64 offset, qint64 size)
{
    if (extent.startsWith(u"json:"_s)) {
        const QJsonObject o = QJsonDocument::fromJson(extent.mid(5).toUtf8()).object();
        const QJsonObject inner = o.value(u"file"_s).toObject();
        return o.value(u"driver"_s).toString() == u"raw"_s
            && qint64(o.value(u"offset"_s).toDouble(-1)) == offset
            && (size < 0 || qint64(o.value(u"size"_s).toDouble(-1)) == size)
            && inner.value(u"driver"_s).toString() == u"file"_s
            && inner.value(u"filename"_s).toString() == file;
    }
    return offset == 0 && size < 0 && extent == file;
}

} // namespace

std::expected<DiskImageInfo, DiskImageError>
DiskImage::inspect(const QString &format, const QString &file, qint64 offset, qint64 size, quint64 maxVirtualBytes,
                   const QString &displayName, const DiskImagePolicy &policy)
{
    const auto refuse = [&displayName](const QString &message) {
        return std::unexpected(DiskImageError{DiskImageError::Kind::Image, displayName, message});
    };
    if (!policy.formats.contains(format))
        return refuse(tr("disk format '%1' is not supported (%2)").arg(format, policy.formats.join(u", "_s)));
    // A VMDK whose extents are files of their own is opened without the byte-range layer, so
    // that qemu finds the extents next to the descriptor (checked below).
    const bool extentFiles = policy.anyVmdkSubformat && format == u"vmdk" && offset == 0 && size < 0;
    const QString target = extentFiles ? wholeFileJson(format, file) : jsonFilename(format, file, offset, size);
    QProcess process;
    process.start(qemuImg(), {u"info"_s, u"--output=json"_s, u"-f"_s, format, target});
    if (!process.waitForStarted(30000))
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, qemuImg(), process.errorString()});
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName, tr("qemu-img info did not finish")});
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::unexpected(DiskImageError{DiskImageError::Kind::Image, displayName,
                                            tr("qemu-img cannot read it as %1: %2")
                                                .arg(format, QString::fromUtf8(process.readAllStandardError()).trimmed())});
    }
    const QJsonObject info = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (info.isEmpty())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName, tr("qemu-img info gave no JSON")});
    if (info.contains(u"backing-filename"_s) || info.contains(u"full-backing-filename"_s))
        return refuse(tr("the image has a backing file ('%1'); only self-contained disks are deployed")
                          .arg(info.value(u"backing-filename"_s).toString()));
    const QJsonObject specific = info.value(u"format-specific"_s).toObject().value(u"data"_s).toObject();
    if (specific.contains(u"data-file"_s))
        return refuse(tr("the image keeps its data in an external file ('%1')").arg(specific.value(u"data-file"_s).toString()));
    DiskImageInfo result;
    result.format = info.value(u"format"_s).toString();
    if (result.format != format)
        return refuse(tr("qemu-img read it as '%1', not '%2'").arg(result.format, format));
    if (format == u"vmdk" && extentFiles) {
        result.createType = specific.value(u"create-type"_s).toString();
        const QString folder = QFileInfo(file).canonicalPath();
        for (const QJsonValue &e : specific.value(u"extents"_s).toArray()) {
            const QString extent = e.toObject().value(u"filename"_s).toString();
            const QFileInfo fi(extent);
            if (extent.startsWith(u"json:"_s) || !fi.isFile() || fi.isSymLink() || fi.canonicalPath() != folder)
                return refuse(tr("the VMDK's extent '%1' is not a file next to the descriptor").arg(extent));
        }
    } else if (format == u"vmdk") {
        result.createType = specific.value(u"create-type"_s).toString();
        if (result.createType != u"streamOptimized" && result.createType != u"monolithicSparse")
            return refuse(tr("VMDK create type '%1' is not allowed (streamOptimized or monolithicSparse only)")
                              .arg(result.createType));
        const QJsonArray extents = specific.value(u"extents"_s).toArray();
        if (extents.size() != 1)
            return refuse(tr("the VMDK has %1 extents; one is allowed").arg(extents.size()));
        const QString extent = extents.at(0).toObject().value(u"filename"_s).toString();
        if (!extentIsOurs(extent, file, offset, size))
            return refuse(tr("the VMDK's extent points outside the image ('%1')").arg(extent));
    }
    const double virtualSize = info.value(u"virtual-size"_s).toDouble(-1);
    if (virtualSize <= 0)
        return refuse(tr("qemu-img reports no virtual size"));
    result.virtualBytes = quint64(virtualSize);
    if (maxVirtualBytes > 0 && result.virtualBytes > maxVirtualBytes)
        return refuse(tr("its virtual size %1 bytes exceeds the disk's declared capacity of %2 bytes")
                          .arg(result.virtualBytes).arg(maxVirtualBytes));
    return result;
}

std::expected<quint64, DiskImageError> DiskImage::populatedBytes(const QString &format, const QString &file,
                                                              const QString &displayName)
{
    QProcess process;
    const QString target = format == u"vmdk" ? wholeFileJson(format, file) : jsonFilename(format, file);
    process.start(qemuImg(), {u"map"_s, u"--output=json"_s, u"-f"_s, format, target});
    if (!process.waitForStarted(30000))
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, qemuImg(), process.errorString()});
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName,
                                              tr("qemu-img map failed: %1")
                                                  .arg(QString::fromUtf8(process.readAllStandardError()).trimmed())});
    }
    quint64 bytes = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"data"_s).toBool())
            bytes += quint64(o.value(u"length"_s).toDouble());
    }
    return bytes;
}

std::expected<QString, QString> DiskImage::formatFromMagic(const QString &file)
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
        return u"vpc"_s;
    if (head.size() >= 0x44 && head.mid(0x40, 4) == QByteArray("\x7f\x10\xda\xbe", 4))
        return u"vdi"_s;
    if (f.size() >= 512 && f.seek(f.size() - 512) && f.read(8) == "conectix")
        return u"vpc"_s; // a fixed VHD: only the footer
    return u"raw"_s;
}

std::optional<QString> DiskImage::formatName(const QString &word)
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

} // namespace ovf::package
