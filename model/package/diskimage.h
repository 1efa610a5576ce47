#pragma once

#include "model/package/diskimagesource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace ovf::package {

// Why a disk image was refused or could not be inspected. `where` names the image.
struct DiskImageError
{
    enum class Kind {
        Image,   // the image is refused (format, backing file, data file, subformat, size) or unreadable
        Process, // qemu-img or qemu-nbd failed to start, crashed or reported an error
    };
    Kind kind = Kind::Image;
    QString where;
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// What `qemu-img info` says about a disk image that passed the checks.
struct DiskImageInfo
{
    QString format;      // qemu-img's name: "vmdk", "qcow2", "raw", "vdi", "vpc" (VHD), "vhdx"
    QString createType;  // VMDK only: "streamOptimized", "monolithicSparse", "monolithicFlat", ...
    quint64 virtualBytes = 0;
};

// How strict inspect() is. Deploying reads images out of untrusted packages: the three
// formats OVF packages carry, single-extent VMDKs of the two subformats that are one file.
// Authoring reads the user's own images: every format below, and VMDKs of any subformat
// whose extent files lie next to the descriptor file.
struct DiskImagePolicy
{
    QStringList formats{QStringLiteral("vmdk"), QStringLiteral("qcow2"), QStringLiteral("raw")};
    bool anyVmdkSubformat = false;
    // true (a libvirt machine's own disk, exported): a backing file is part of the disk and
    // is read through it, qemu flattening the chain as the image headers name it. Never for
    // images out of packages or chosen as files by an author.
    bool flattenBackingChain = false;

    static DiskImagePolicy authoring();
};

// Inspection of untrusted disk images with qemu-img (DESIGN.md "Untrusted input"), the one
// place these rules live (deploy, authoring and the package writer use it): the input format
// is always given (-f), never probed; the image is addressed through a qemu "json:" filename
// whose innermost layer is the "file" driver, so no part of a path is ever read as a protocol
// prefix, and a byte range of a larger file (an OVA member) can be read in place. Processes
// are started with argument lists, never through a shell. Blocking: call from a worker thread.
class DiskImage
{
    Q_DECLARE_TR_FUNCTIONS(DiskImage)

public:
    // The formats deploy accepts as input.
    static bool isSupportedInput(const QString &format) { return DiskImagePolicy().formats.contains(format); }

    // The qemu block-layer options for bytes [offset, offset + size) of `file` opened as
    // `format` (size < 0: to the end of the file).
    static QJsonObject blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size);
    // "json:{...}" of blockOptions(), for qemu-img's filename argument.
    static QString jsonFilename(const QString &format, const QString &file, qint64 offset = 0, qint64 size = -1);
    // A whole file as `policy` opens it: with anyVmdkSubformat through the file driver alone
    // (a VMDK's extent files resolve beside it), else as jsonFilename(format, file).
    static QString jsonFilename(const QString &format, const QString &file, const DiskImagePolicy &policy);

    // Runs `qemu-img info --output=json -f FORMAT` on the range and refuses (Kind::Image, about
    // `displayName`): formats outside `policy`; a backing file; an external data file (qcow2
    // data-file); VMDK create types other than streamOptimized and monolithicSparse (any, with
    // policy.anyVmdkSubformat, when every extent is a regular file in the descriptor's folder);
    // VMDKs with more than one extent or an extent outside the given range (deploy policy); a
    // virtual size above `maxVirtualBytes` (0: no cap). Kind::Process when qemu-img cannot run
    // or fails.
    static std::expected<DiskImageInfo, DiskImageError>
    inspect(const QString &format, const QString &file, qint64 offset, qint64 size, quint64 maxVirtualBytes,
            const QString &displayName, const DiskImagePolicy &policy = {});

    // `qemu-img map --output=json` of a whole image file: which guest ranges hold data and
    // which read as zeros (unallocated or zero clusters), covering the virtual size in order.
    // Call only after inspect() accepted it under the same policy.
    static std::expected<QList<DiskExtent>, DiskImageError> map(const QString &format, const QString &file,
                                                               const DiskImagePolicy &policy);

    // The qemu-img input format for a DiskSection ovf:format URI (DSP0243 §9.1): VMware's
    // vmdk.html#... URIs -> "vmdk", qcow URIs -> "qcow2", "raw" URIs -> "raw"; nullopt for
    // anything else.
    static std::optional<QString> formatFromUri(const QString &uri);

    // The qemu-img to run: $OVFW_QEMU_IMG, else "qemu-img" from PATH.
    static QString qemuImg();
    // The qemu-nbd to run: $OVFW_QEMU_NBD, else "qemu-nbd" from PATH.
    static QString qemuNbd();

    // The extents for a qemu filename the caller built and answers for (machine export: a
    // qcow2 volume of a remote host over NBD, "json:{...}").
    static std::expected<QList<DiskExtent>, DiskImageError> mapFilename(const QString &qemuFilename,
                                                                       const QString &displayName);

private:
    // The extents of `qemu-img map --output=json` output, adjacent runs of one kind merged.
    static std::expected<QList<DiskExtent>, DiskImageError> parseMap(const QByteArray &json, const QString &displayName);
};

} // namespace ovf::package
