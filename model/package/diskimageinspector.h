#pragma once

#include "model/package/diskimagesource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <expected>

namespace ovf::package {

// What `qemu-img info` says about a disk image that passed the checks.
struct DiskImageFacts
{
    QString format;      // qemu's name: "raw", "qcow2", "vmdk", "vdi", "vpc", "vhdx"
    QString createType;  // VMDK only: "streamOptimized", "monolithicSparse", ...
    quint64 virtualBytes = 0;
};

// Why an image was not inspected, mapped or opened.
struct DiskImageError
{
    enum class Kind {
        Refused, // the image breaks the policy (format, backing file, data file, extents, size)
        Process, // qemu-img or qemu-nbd could not run, crashed or did not finish
        Io,      // the file or socket could not be read
    };
    Kind kind = Kind::Refused;
    QString where;   // the image's display name, or the program
    QString message; // translated; does not repeat `where`
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// What an image may be (DESIGN.md "Untrusted input"). The defaults are deploy's: an image out
// of a package, whose VMDK is one extent inside the package's own bytes.
struct DiskImagePolicy
{
    QStringList formats = {QStringLiteral("vmdk"), QStringLiteral("qcow2"), QStringLiteral("raw")};
    // false: only streamOptimized and monolithicSparse VMDKs with one extent that lies in the
    // range given. true (an image the author chose on their own disk): any create type, with
    // every extent a file in the image's own folder.
    bool anyVmdkSubformat = false;
    quint64 maxVirtualBytes = 0; // 0: no cap
    // true (a libvirt machine's own disk, exported): a backing file is part of the disk and
    // is read through it, qemu flattening the chain as the image headers name it. Never for
    // images out of packages or chosen as files by an author.
    bool flattenBackingChain = false;

    // What authoring accepts: raw, qcow2, VMDK of any subformat, VDI, VHD ("vpc"), VHDX.
    static DiskImagePolicy authoring();
};

// Inspection of disk images with qemu-img, the one place the safety rules live: the input
// format is always given, never probed; the image is addressed through a qemu "json:"
// filename whose innermost layer is the "file" driver, so no part of a path is ever read as a
// protocol prefix, and a byte range of a larger file (an OVA member) can be read in place.
// Refused: formats outside the policy, a backing file, an external data file (qcow2
// data-file), VMDK create types and extents outside the policy, a virtual size over the cap.
// Processes are started with argument lists, never through a shell. Blocking: call from a
// worker thread.
class DiskImageInspector
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::DiskImageInspector)

public:
    // The qemu block-layer options for bytes [offset, offset + size) of `file` opened as
    // `format` (size < 0: to the end of the file), through a raw layer over the file driver.
    static QJsonObject blockOptions(const QString &format, const QString &file, qint64 offset, qint64 size);
    // "json:{...}" of blockOptions(), for qemu-img's and qemu-nbd's filename argument.
    static QString jsonFilename(const QString &format, const QString &file, qint64 offset = 0, qint64 size = -1);
    // A whole file as `policy` opens it: with anyVmdkSubformat through the file driver alone
    // (a VMDK's extent files resolve beside it), else as jsonFilename(format, file).
    static QString jsonFilename(const QString &format, const QString &file, const DiskImagePolicy &policy);

    static std::expected<DiskImageFacts, DiskImageError>
    inspect(const QString &format, const QString &file, qint64 offset, qint64 size, const DiskImagePolicy &policy,
            const QString &displayName);
    // The whole file.
    static std::expected<DiskImageFacts, DiskImageError> inspect(const QString &format, const QString &file,
                                                                const DiskImagePolicy &policy);

    // `qemu-img map --output=json`: which guest ranges hold data and which read as zeros
    // (unallocated or zero clusters), covering the virtual size in order.
    static std::expected<QList<DiskExtent>, DiskImageError> map(const QString &format, const QString &file,
                                                               const DiskImagePolicy &policy);

    // The qemu-img to run: $OVFW_QEMU_IMG, else "qemu-img" from PATH.
    static QString qemuImg();
    // The qemu-nbd to run: $OVFW_QEMU_NBD, else "qemu-nbd" from PATH.
    static QString qemuNbd();
    // How long either may take to start before it counts as not runnable, in milliseconds.
    static constexpr int kStartMs = 30000;

    // The extents for a qemu filename the caller built and answers for (machine export: a
    // qcow2 volume of a remote host over NBD, "json:{...}").
    static std::expected<QList<DiskExtent>, DiskImageError> mapFilename(const QString &qemuFilename,
                                                                       const QString &displayName);

private:
    // The extents of `qemu-img map --output=json` output, adjacent runs of one kind merged.
    static std::expected<QList<DiskExtent>, DiskImageError> parseMap(const QByteArray &json, const QString &displayName);
};

} // namespace ovf::package
