#include "model/package/pendingdisks.h"

#include "model/package/pendingsourceopener.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/pendingsource.h"
#include "model/package/diskimagereader.h"
#include "model/package/packagewritersink.h"
#include "model/package/packinput.h"
#include "model/package/streamoptimizedwriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

// The widest an xs:unsignedLong can be written: the placeholder that reserves room.
const QString kWidest = u"18446744073709551615"_s;

QList<VirtualDisk> disksOf(const Envelope &envelope, const QString &fileId)
{
    QList<VirtualDisk> out;
    for (const VirtualDisk &d : envelope.disks()) {
        if (d.hasFileRef() && d.fileRef() == fileId)
            out << d;
    }
    return out;
}

} // namespace

const PendingDisks::Disk *PendingDisks::find(qsizetype file) const
{
    for (const Disk &d : m_disks) {
        if (d.file == file)
            return &d;
    }
    return nullptr;
}

PendingDisks::Disk *PendingDisks::find(qsizetype file)
{
    return const_cast<Disk *>(std::as_const(*this).find(file));
}

std::expected<PendingDisks, QString> PendingDisks::inspect(const PackInput &input, PendingSourceOpener *opener)
{
    PendingDisks result;
    result.m_opener = opener;
    const Envelope envelope = input.descriptor().envelope();
    for (qsizetype i = 0; i < input.files().size(); ++i) {
        const PackInputFile &f = input.files().at(i);
        if (!f.pending)
            continue;
        DiskImagePolicy policy = DiskImagePolicy::authoring();
        for (const VirtualDisk &d : disksOf(envelope, f.id)) {
            if (!d.capacity().isEmpty()) {
                if (auto bytes = d.capacityBytes(); bytes)
                    policy.maxVirtualBytes = policy.maxVirtualBytes ? qMin(policy.maxVirtualBytes, *bytes) : *bytes;
            }
        }
        if (opener) {
            auto bytes = opener->virtualBytes(*f.pending);
            if (!bytes)
                return std::unexpected(tr("File %1 (%2): %3").arg(f.id, f.pending->path, bytes.error()));
            if (policy.maxVirtualBytes && quint64(*bytes) > policy.maxVirtualBytes)
                return std::unexpected(tr("File %1 (%2): %3 bytes do not fit the Disk's capacity of %4 bytes")
                                           .arg(f.id, f.pending->path).arg(*bytes).arg(policy.maxVirtualBytes));
            result.m_disks << Disk{i, f.id, f.member, f.pending->path, f.pending->format, *bytes};
            continue;
        }
        auto facts = DiskImageInspector::inspect(f.pending->format, f.pending->path, policy);
        if (!facts)
            return std::unexpected(tr("File %1 (%2): %3").arg(f.id, f.pending->path, facts.error().message));
        result.m_disks << Disk{i, f.id, f.member, f.pending->path, f.pending->format, qint64(facts->virtualBytes)};
    }
    return result;
}

qint64 PendingDisks::totalVirtualBytes() const
{
    qint64 total = 0;
    for (const Disk &d : m_disks)
        total += d.virtualBytes;
    return total;
}

qint64 PendingDisks::maxBytes(qsizetype file) const
{
    const Disk *d = find(file);
    return d ? StreamOptimizedWriter::maxStreamBytes(d->virtualBytes) : 0;
}

QStringList PendingDisks::conversions() const
{
    QStringList out;
    for (const Disk &d : m_disks)
        out << tr("%1: streamOptimized VMDK of %2 (%3)").arg(d.member, d.path, d.format);
    return out;
}

QString PendingDisks::sourcePath(qsizetype file) const
{
    const Disk *d = find(file);
    return d ? d->path : QString();
}

void PendingDisks::editDescriptor(Descriptor &descriptor, bool final) const
{
    xml::Document &doc = descriptor.xml();
    const QString ns = descriptor.envelopeNamespace();
    const Envelope envelope = descriptor.envelope();
    auto set = [&](xml::Element *e, QStringView local, const QString &value) {
        if (e->attributeValue(ns, local) != value || !e->hasAttribute(ns, local))
            doc.swapAttributes(e, doc.withAttribute(e, ns, local, value, u"ovf"));
    };
    for (const Disk &d : m_disks) {
        xml::Element *file = nullptr;
        for (const FileReference &ref : envelope.files()) {
            if (ref.id() == d.id)
                file = ref.element();
        }
        if (!file)
            continue;
        if (PendingSource::of(file))
            doc.swapAttributes(file, PendingSource::attributesWithout(doc, file));
        set(file, u"size", final ? QString::number(d.written) : kWidest);
        for (const VirtualDisk &disk : disksOf(envelope, d.id)) {
            xml::Element *e = disk.element();
            set(e, u"format", kStreamOptimizedUri.toString());
            set(e, u"populatedSize", final ? QString::number(d.populated) : kWidest);
            if (disk.capacity().isEmpty()) {
                set(e, u"capacity", final ? QString::number(d.virtualBytes) : kWidest);
                if (e->hasAttribute(ns, u"capacityAllocationUnits"))
                    doc.swapAttributes(e, doc.withoutAttribute(e, ns, u"capacityAllocationUnits"));
            }
        }
    }
}

std::expected<QByteArray, QString> PendingDisks::finalDescriptor(Descriptor &descriptor, qint64 room, bool pad) const
{
    editDescriptor(descriptor, true);
    const xml::Document &doc = descriptor.xml();
    QByteArray bytes = doc.save();
    if (bytes.size() > room)
        return std::unexpected(tr("%1: the descriptor outgrew the room kept for it").arg(descriptor.fileName()));
    if (!pad || bytes.size() == room)
        return bytes;
    // XML allows white space after the root element (XML 1.0 §2.1, Misc).
    if (doc.encoding().startsWith(u"UTF-16"_s) || doc.encoding().startsWith(u"UTF-32"_s))
        return std::unexpected(tr("%1: a %2 descriptor cannot be padded; save it as UTF-8 to convert disks into an OVA")
                                   .arg(descriptor.fileName(), doc.encoding()));
    bytes.append(QByteArray(room - bytes.size(), ' '));
    return bytes;
}

std::expected<void, QString> PendingDisks::write(qsizetype file, PackageWriterSink &sink,
                                                 DigestHasher *hasher, const std::function<void(qint64)> &advance,
                                                 const std::atomic<bool> *cancel)
{
    Disk *d = find(file);
    Q_ASSERT(d);
    std::unique_ptr<DiskImageSource> source;
    if (m_opener) {
        auto opened = m_opener->open(PendingSource{d->path, d->format});
        if (!opened)
            return std::unexpected(tr("File %1 (%2): %3").arg(d->id, d->path, opened.error()));
        source = std::move(*opened);
        if (source->size() != d->virtualBytes)
            return std::unexpected(tr("%1: the image changed since it was inspected").arg(d->path));
    } else {
        auto opened = DiskImageReader::open(d->path, d->format);
        if (!opened)
            return std::unexpected(tr("File %1 (%2): %3").arg(d->id, d->path, opened.error().message));
        if (qint64(opened->facts.virtualBytes) != d->virtualBytes)
            return std::unexpected(tr("%1: the image changed since it was inspected").arg(d->path));
        source = std::move(opened->source);
    }
    StreamOptimizedOptions options;
    options.extentName = QFileInfo(d->member).fileName();
    StreamOptimizedWriter writer(*source, options);
    writer.setHasher(hasher);
    writer.setCancelFlag(cancel);
    qint64 reported = 0;
    writer.setProgress([&](qint64 done, qint64) {
        advance(done - reported);
        reported = done;
    });
    if (auto r = sink.beginUnsized(d->member, StreamOptimizedWriter::maxStreamBytes(d->virtualBytes)); !r)
        return std::unexpected(r.error());
    auto result = writer.write([&sink](const char *data, qint64 n) { return sink.write(data, n); });
    if (!result)
        return std::unexpected(result.error());
    if (auto r = sink.end(); !r)
        return std::unexpected(r.error());
    d->written = result->streamBytes;
    d->populated = result->populatedBytes;
    return {};
}

} // namespace ovf::package
