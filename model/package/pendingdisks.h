#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>

namespace ovf {
class Descriptor;
}

namespace ovf::package {

class DigestHasher;
class PackInput;
class PackageWriterSink;
class PendingSourceOpener;

// The Files of a PackInput that are disk images still to be converted (PendingSource), as
// PackageWriter packs them: each image is inspected first (DiskImagePolicy::authoring(): the
// format given, no backing or external data file; its virtual size at most the capacity of
// every Disk that references the File), then converted straight into its package member as a
// streamOptimized VMDK (DiskImageReader + StreamOptimizedWriter), hashed as it is written.
//
// Descriptor edits for a converted File: ovf:size is the VMDK's size and the ovfw attributes
// are gone; each Disk that references it gets ovf:format (VMware's streamOptimized URI),
// ovf:populatedSize (the guest bytes the VMDK stores) and, when it had none, ovf:capacity in
// bytes. Before the sizes are known (an OVA puts the descriptor first) the edits are made with
// the widest values, so the descriptor written at the end is never longer than the room kept
// for it (PackageWriter pads it).
// Blocking; one thread (PackageWriter's).
class PendingDisks
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::PendingDisks)

public:
    // The streamOptimized format URI VMware's tools and DSP0243's examples write.
    static constexpr QStringView kStreamOptimizedUri =
        u"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized";

    // With an `opener`, the images come from it (its own rules; its virtual size is still held
    // to the Disks' capacities) instead of DiskImageInspector/DiskImageReader; it must outlive
    // the PendingDisks.
    static std::expected<PendingDisks, QString> inspect(const PackInput &input, PendingSourceOpener *opener = nullptr);

    bool isEmpty() const { return m_disks.isEmpty(); }
    bool contains(qsizetype file) const { return find(file) != nullptr; }
    // Guest bytes of all images (the progress total they add).
    qint64 totalVirtualBytes() const;
    // The most bytes file `file`'s VMDK can take (StreamOptimizedWriter::maxStreamBytes).
    qint64 maxBytes(qsizetype file) const;

    // Applies the descriptor edits: with `final` false, placeholders of the widest width.
    void editDescriptor(Descriptor &descriptor, bool final) const;

    // The descriptor with the final edits; with `pad`, padded with trailing spaces after the
    // root element to `room` bytes (the length the placeholders gave). Fails when longer, or
    // when a UTF-16/32 descriptor would need padding.
    std::expected<QByteArray, QString> finalDescriptor(Descriptor &descriptor, qint64 room, bool pad) const;

    // Converts file `file` into a member of `sink` (beginUnsized ... end), hashing it with
    // `hasher` when given; progress in guest bytes; the cancel flag is polled per batch.
    std::expected<void, QString> write(qsizetype file, PackageWriterSink &sink,
                                       DigestHasher *hasher, const std::function<void(qint64)> &advance,
                                       const std::atomic<bool> *cancel);

    // The image file `file` is converted from (empty when it is not pending).
    QString sourcePath(qsizetype file) const;

    // "member <- image" for every converted file, for the writer's result.
    QStringList conversions() const;

private:
    struct Disk
    {
        qsizetype file = -1;
        QString id;       // the File's ovf:id
        QString member;
        QString path;
        QString format;
        qint64 virtualBytes = 0;
        qint64 written = -1;   // VMDK bytes, once written
        qint64 populated = -1; // guest bytes stored, once written
    };
    const Disk *find(qsizetype file) const;
    Disk *find(qsizetype file);

    QList<Disk> m_disks;
    PendingSourceOpener *m_opener = nullptr;
};

} // namespace ovf::package
