#include "model/deploy/diskimage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

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

namespace {

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

std::expected<DiskImageInfo, BackendError>
DiskImage::inspect(const QString &format, const QString &file, qint64 offset, qint64 size, quint64 maxVirtualBytes,
                   const QString &displayName)
{
    const auto refuse = [&displayName](const QString &message) {
        return std::unexpected(BackendError{BackendError::Kind::Image, displayName, message});
    };
    if (!isSupportedInput(format))
        return refuse(tr("disk format '%1' is not supported (vmdk, qcow2 or raw)").arg(format));
    QProcess process;
    process.start(qemuImg(), {u"info"_s, u"--output=json"_s, u"-f"_s, format, jsonFilename(format, file, offset, size)});
    if (!process.waitForStarted(30000))
        return std::unexpected(BackendError{BackendError::Kind::Process, qemuImg(), process.errorString()});
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return std::unexpected(BackendError{BackendError::Kind::Process, displayName, tr("qemu-img info did not finish")});
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::unexpected(BackendError{BackendError::Kind::Image, displayName,
                                            tr("qemu-img cannot read it as %1: %2")
                                                .arg(format, QString::fromUtf8(process.readAllStandardError()).trimmed())});
    }
    const QJsonObject info = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (info.isEmpty())
        return std::unexpected(BackendError{BackendError::Kind::Process, displayName, tr("qemu-img info gave no JSON")});
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
    if (format == u"vmdk") {
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

} // namespace ovf::deploy
