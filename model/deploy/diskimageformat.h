#pragma once

#include <QString>

#include <optional>

namespace ovf::deploy {

// The formats a deployed disk is written in (qemu-img -O).
enum class DiskFormat { Qcow2, Raw };

// "qcow2" / "raw": qemu-img's and libvirt's spelling.
inline QString diskFormatName(DiskFormat format)
{
    return format == DiskFormat::Raw ? QStringLiteral("raw") : QStringLiteral("qcow2");
}

inline std::optional<DiskFormat> parseDiskFormat(const QString &name)
{
    if (name == QLatin1StringView("qcow2"))
        return DiskFormat::Qcow2;
    if (name == QLatin1StringView("raw"))
        return DiskFormat::Raw;
    return std::nullopt;
}

} // namespace ovf::deploy
