#pragma once

#include "model/commands/adddiskcommand.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::authoring {

// A disk image brought into an appliance: what qemu-img found out about it. The image itself
// is never modified; it becomes a pending source (ovfw:source) of a File and is converted to
// a streamOptimized VMDK when the package is packed or saved.
struct DiskImport
{
    QString path;          // absolute
    QString format;        // qemu-img's format name (raw, qcow2, vmdk, vdi, vpc, vhdx)
    QString createType;    // VMDK only: its subformat
    quint64 virtualBytes = 0;   // the Disk's ovf:capacity
    quint64 populatedBytes = 0; // the Disk's ovf:populatedSize (the data the image holds)
};

class DiskImporter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::authoring::DiskImporter)

public:
    // Inspects `path` with `qemu-img info` and `qemu-img map`, always with an explicit format:
    // `format` (a qemu-img name or "vhd"/"img"), else the one the file's magic bytes name.
    // The same safety checks as deploy (package::DiskImageInspector with the authoring
    // policy): no backing file, no external data file; VMDK extents only beside the image. Errors name the image. Blocking
    // (runs qemu-img): call from a worker thread in the GUI.
    static std::expected<DiskImport, QString> inspect(const QString &path, const QString &format = {});

    // The format a whole image file says it has, from its magic bytes (our own reading of the
    // headers, so that qemu-img never probes): qcow2 "QFI\xfb", VMDK "KDMV" or a text
    // descriptor, VDI's signature at 0x40, VHDX "vhdxfile", VHD's "conectix" footer; "raw" for
    // anything else. Errors: the file cannot be read.
    static std::expected<QString, QString> formatFromMagic(const QString &file);
    // qemu-img's name for a user's format word: "vhd" -> "vpc", "img" -> "raw", the authoring
    // formats as they are (lower-cased); nullopt for anything else.
    static std::optional<QString> formatName(const QString &word);

    // The Disk, File and drive to add for `image`: capacity, populated size, the pending
    // source, and an href "<base name>.vmdk" not yet in `takenHrefs`.
    static commands::DiskSpec diskSpec(const DiskImport &image, const QStringList &takenHrefs);
};

} // namespace ovf::authoring
