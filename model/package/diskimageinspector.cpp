#include "model/package/diskimageinspector.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

constexpr int kInfoMs = 120000;

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

// An extent file of an author's VMDK: a plain file in the image's own folder.
bool extentBeside(const QString &extent, const QString &file)
{
    const QFileInfo e(extent);
    return !extent.startsWith(u"json:"_s) && e.isFile() && !e.isSymLink()
        && e.absoluteDir() == QFileInfo(file).absoluteDir();
}

// Runs qemu-img with `arguments`; its standard output, or why it failed.
std::expected<QByteArray, DiskImageError> runQemuImg(const QStringList &arguments, const QString &displayName,
                                                     const QString &what, const QString &format)
{
    QProcess process;
    process.start(DiskImageInspector::qemuImg(), arguments);
    if (!process.waitForStarted(DiskImageInspector::kStartMs))
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, DiskImageInspector::qemuImg(),
                                              process.errorString()});
    process.closeWriteChannel();
    if (!process.waitForFinished(kInfoMs)) {
        process.kill();
        process.waitForFinished(5000);
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName,
                                              DiskImageInspector::tr("qemu-img %1 did not finish").arg(what)});
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(DiskImageError{DiskImageError::Kind::Refused, displayName,
                                              DiskImageInspector::tr("qemu-img cannot read it as %1: %2")
                                                  .arg(format, QString::fromUtf8(process.readAllStandardError()).trimmed())});
    return process.readAllStandardOutput();
}

} // namespace

DiskImagePolicy DiskImagePolicy::authoring()
{
    DiskImagePolicy p;
    p.formats = {u"raw"_s, u"qcow2"_s, u"vmdk"_s, u"vdi"_s, u"vpc"_s, u"vhdx"_s};
    p.anyVmdkSubformat = true;
    return p;
}

QString DiskImageInspector::qemuImg()
{
    const QString configured = qEnvironmentVariable("OVFW_QEMU_IMG");
    return configured.isEmpty() ? u"qemu-img"_s : configured;
}

QString DiskImageInspector::qemuNbd()
{
    const QString configured = qEnvironmentVariable("OVFW_QEMU_NBD");
    return configured.isEmpty() ? u"qemu-nbd"_s : configured;
}

QJsonObject DiskImageInspector::blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    QJsonObject protocol{{u"driver"_s, u"file"_s}, {u"filename"_s, file}};
    QJsonObject range{{u"driver"_s, u"raw"_s}, {u"offset"_s, offset}, {u"file"_s, protocol}};
    if (size >= 0)
        range.insert(u"size"_s, size);
    return QJsonObject{{u"driver"_s, format}, {u"file"_s, range}};
}

QString DiskImageInspector::jsonFilename(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    return u"json:"_s + QString::fromUtf8(QJsonDocument(blockOptions(format, file, offset, size)).toJson(QJsonDocument::Compact));
}

QString DiskImageInspector::jsonFilename(const QString &format, const QString &file, const DiskImagePolicy &policy)
{
    if (!policy.anyVmdkSubformat)
        return jsonFilename(format, file, 0, -1);
    const QJsonObject options{{u"driver"_s, format},
                              {u"file"_s, QJsonObject{{u"driver"_s, u"file"_s}, {u"filename"_s, file}}}};
    return u"json:"_s + QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}

std::expected<DiskImageFacts, DiskImageError>
DiskImageInspector::inspect(const QString &format, const QString &file, const DiskImagePolicy &policy)
{
    return inspect(format, file, 0, -1, policy, QFileInfo(file).fileName());
}

std::expected<DiskImageFacts, DiskImageError>
DiskImageInspector::inspect(const QString &format, const QString &file, qint64 offset, qint64 size,
                            const DiskImagePolicy &policy, const QString &displayName)
{
    const auto refuse = [&displayName](const QString &message) {
        return std::unexpected(DiskImageError{DiskImageError::Kind::Refused, displayName, message});
    };
    if (!policy.formats.contains(format))
        return refuse(tr("disk format '%1' is not supported (%2)").arg(format, policy.formats.join(u", "_s)));
    const bool wholeFile = offset == 0 && size < 0;
    const QString name = wholeFile ? jsonFilename(format, file, policy) : jsonFilename(format, file, offset, size);
    auto output = runQemuImg({u"info"_s, u"--output=json"_s, u"-f"_s, format, name}, displayName, u"info"_s, format);
    if (!output)
        return std::unexpected(output.error());
    const QJsonObject info = QJsonDocument::fromJson(*output).object();
    if (info.isEmpty())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName, tr("qemu-img info gave no JSON")});
    if (!policy.flattenBackingChain && (info.contains(u"backing-filename"_s) || info.contains(u"full-backing-filename"_s)))
        return refuse(tr("the image has a backing file ('%1'); only self-contained disks are accepted (flatten it first)")
                          .arg(info.value(u"backing-filename"_s).toString()));
    const QJsonObject specific = info.value(u"format-specific"_s).toObject().value(u"data"_s).toObject();
    if (specific.contains(u"data-file"_s))
        return refuse(tr("the image keeps its data in an external file ('%1')").arg(specific.value(u"data-file"_s).toString()));
    DiskImageFacts result;
    result.format = info.value(u"format"_s).toString();
    if (result.format != format)
        return refuse(tr("qemu-img read it as '%1', not '%2'").arg(result.format, format));
    if (format == u"vmdk") {
        result.createType = specific.value(u"create-type"_s).toString();
        const QJsonArray extents = specific.value(u"extents"_s).toArray();
        if (policy.anyVmdkSubformat) {
            for (const QJsonValue &e : extents) {
                const QString extent = e.toObject().value(u"filename"_s).toString();
                if (!extentIsOurs(extent, file, offset, size) && !extentBeside(extent, file))
                    return refuse(tr("the VMDK's extent '%1' is not a file beside it").arg(extent));
            }
        } else {
            if (result.createType != u"streamOptimized" && result.createType != u"monolithicSparse")
                return refuse(tr("VMDK create type '%1' is not allowed (streamOptimized or monolithicSparse only)")
                                  .arg(result.createType));
            if (extents.size() != 1)
                return refuse(tr("the VMDK has %1 extents; one is allowed").arg(extents.size()));
            const QString extent = extents.at(0).toObject().value(u"filename"_s).toString();
            if (!extentIsOurs(extent, file, offset, size))
                return refuse(tr("the VMDK's extent points outside the image ('%1')").arg(extent));
        }
    }
    const double virtualSize = info.value(u"virtual-size"_s).toDouble(-1);
    if (virtualSize <= 0)
        return refuse(tr("qemu-img reports no virtual size"));
    result.virtualBytes = quint64(virtualSize);
    if (policy.maxVirtualBytes > 0 && result.virtualBytes > policy.maxVirtualBytes)
        return refuse(tr("its virtual size %1 bytes exceeds the disk's declared capacity of %2 bytes")
                          .arg(result.virtualBytes).arg(policy.maxVirtualBytes));
    return result;
}

std::expected<QList<DiskExtent>, DiskImageError>
DiskImageInspector::map(const QString &format, const QString &file, const DiskImagePolicy &policy)
{
    const QString displayName = QFileInfo(file).fileName();
    auto output = runQemuImg({u"map"_s, u"--output=json"_s, u"-f"_s, format, jsonFilename(format, file, policy)},
                             displayName, u"map"_s, format);
    if (!output)
        return std::unexpected(output.error());
    return parseMap(*output, displayName);
}

std::expected<QList<DiskExtent>, DiskImageError> DiskImageInspector::mapFilename(const QString &qemuFilename,
                                                                                const QString &displayName)
{
    auto output = runQemuImg({u"map"_s, u"--output=json"_s, qemuFilename}, displayName, u"map"_s, u"json:"_s);
    if (!output)
        return std::unexpected(output.error());
    return parseMap(*output, displayName);
}

std::expected<QList<DiskExtent>, DiskImageError> DiskImageInspector::parseMap(const QByteArray &json, const QString &displayName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isArray())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName,
                                              tr("qemu-img map gave no JSON list: %1").arg(error.errorString())});
    QList<DiskExtent> extents;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const DiskExtent e{qint64(o.value(u"start"_s).toDouble(-1)), qint64(o.value(u"length"_s).toDouble(-1)),
                           !o.value(u"zero"_s).toBool(false)};
        if (e.offset < 0 || e.length < 0)
            return std::unexpected(DiskImageError{DiskImageError::Kind::Process, displayName,
                                                  tr("qemu-img map gave an extent without start or length")});
        if (!extents.isEmpty() && extents.last().data == e.data
            && extents.last().offset + extents.last().length == e.offset)
            extents.last().length += e.length;
        else
            extents << e;
    }
    return extents;
}

} // namespace ovf::package
