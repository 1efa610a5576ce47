#include "model/deploy/diskimage.h"

#include "model/package/diskimageinspector.h"

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString DiskImage::qemuImg()
{
    return ovf::package::DiskImageInspector::qemuImg();
}

QJsonObject DiskImage::blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    return ovf::package::DiskImageInspector::blockOptions(format, file, offset, size);
}

QString DiskImage::jsonFilename(const QString &format, const QString &file, qint64 offset, qint64 size)
{
    return ovf::package::DiskImageInspector::jsonFilename(format, file, offset, size);
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

std::expected<DiskImageInfo, BackendError>
DiskImage::inspect(const QString &format, const QString &file, qint64 offset, qint64 size, quint64 maxVirtualBytes,
                   const QString &displayName)
{
    // The rules live in the package layer (DiskImageInspector); deploy takes its default policy.
    ovf::package::DiskImagePolicy policy;
    policy.maxVirtualBytes = maxVirtualBytes;
    auto facts = ovf::package::DiskImageInspector::inspect(format, file, offset, size, policy, displayName);
    if (!facts) {
        const auto &e = facts.error();
        const BackendError::Kind kind = e.kind == ovf::package::DiskImageError::Kind::Process
            ? BackendError::Kind::Process : e.kind == ovf::package::DiskImageError::Kind::Io
            ? BackendError::Kind::Io : BackendError::Kind::Image;
        return std::unexpected(BackendError{kind, e.where, e.message});
    }
    return DiskImageInfo{facts->format, facts->createType, facts->virtualBytes};
}

} // namespace ovf::deploy
