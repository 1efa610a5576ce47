#pragma once

#include "model/deploy/backenderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::deploy {

// What `qemu-img info` says about a disk image that passed the checks.
struct DiskImageInfo
{
    QString format;      // "vmdk", "qcow2", "raw"
    QString createType;  // VMDK only: "streamOptimized" or "monolithicSparse"
    quint64 virtualBytes = 0;
};

// Deploy's view of disk image inspection: the rules (format given, never probed; "json:"
// filenames; no backing or data file; VMDK subformats and extents) live in the package layer's
// DiskImageInspector, with its default (deploy) policy; errors become BackendErrors. Blocking:
// call from a worker thread.
class DiskImage
{
    Q_DECLARE_TR_FUNCTIONS(DiskImage)

public:
    // The formats accepted as input.
    static bool isSupportedInput(const QString &format) { return format == u"vmdk" || format == u"qcow2" || format == u"raw"; }

    // The qemu block-layer options for bytes [offset, offset + size) of `file` opened as
    // `format` (size < 0: to the end of the file).
    static QJsonObject blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size);
    // "json:{...}" of blockOptions(), for qemu-img's filename argument.
    static QString jsonFilename(const QString &format, const QString &file, qint64 offset = 0, qint64 size = -1);

    // Runs `qemu-img info --output=json -f FORMAT` on the range and refuses (Kind::Image, about
    // `displayName`): unsupported formats; a backing file; an external data file (qcow2
    // data-file); VMDK create types other than streamOptimized and monolithicSparse; VMDKs with
    // more than one extent or an extent outside the given range; a virtual size above
    // `maxVirtualBytes` (0: no cap). Kind::Process when qemu-img cannot run or fails.
    static std::expected<DiskImageInfo, BackendError>
    inspect(const QString &format, const QString &file, qint64 offset, qint64 size, quint64 maxVirtualBytes,
            const QString &displayName);

    // The qemu-img input format for a DiskSection ovf:format URI (DSP0243 §9.1): VMware's
    // vmdk.html#... URIs -> "vmdk", qcow URIs -> "qcow2", "raw" URIs -> "raw"; nullopt for
    // anything else.
    static std::optional<QString> formatFromUri(const QString &uri);

    // The qemu-img to run: $OVFW_QEMU_IMG, else "qemu-img" from PATH.
    static QString qemuImg();
};

} // namespace ovf::deploy
