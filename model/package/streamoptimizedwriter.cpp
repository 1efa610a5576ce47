#include "model/package/streamoptimizedwriter.h"

#include "model/package/digesthasher.h"
#include "model/package/diskimagesource.h"
#include "model/package/graincompressor.h"
#include "model/package/vmdklayout.h"

#include <QSaveFile>
#include <QThread>
#include <QtEndian>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

// FNV-1a over the extent name and size: a stable CID, never 0 or ffffffff (no parent).
uint32_t derivedCid(const QString &name, qint64 size)
{
    uint32_t h = 2166136261u;
    auto mix = [&h](const char *p, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            h ^= uint8_t(p[i]);
            h *= 16777619u;
        }
    };
    const QByteArray utf8 = name.toUtf8();
    mix(utf8.constData(), size_t(utf8.size()));
    mix(reinterpret_cast<const char *>(&size), sizeof size);
    return h == 0 || h == 0xffffffffu ? 0x1u : h;
}

// Grain ranges [first, end) that intersect data extents, merged and in order.
std::expected<std::vector<std::pair<qint64, qint64>>, QString> dataGrains(const QList<DiskExtent> &extents,
                                                                           qint64 size)
{
    std::vector<std::pair<qint64, qint64>> ranges;
    qint64 expected = 0;
    for (const DiskExtent &e : extents) {
        if (e.offset != expected || e.length < 0 || e.offset + e.length > size)
            return std::unexpected(QString::number(e.offset));
        expected = e.offset + e.length;
        if (!e.data || e.length == 0)
            continue;
        const qint64 first = e.offset / vmdk::kGrainBytes;
        const qint64 end = (e.offset + e.length + vmdk::kGrainBytes - 1) / vmdk::kGrainBytes;
        if (!ranges.empty() && ranges.back().second >= first)
            ranges.back().second = std::max(ranges.back().second, end);
        else
            ranges.emplace_back(first, end);
    }
    if (expected != size)
        return std::unexpected(QString::number(expected));
    return ranges;
}

} // namespace

StreamOptimizedWriter::StreamOptimizedWriter(DiskImageSource &source, StreamOptimizedOptions options)
    : m_source(source)
    , m_options(std::move(options))
{
}

StreamOptimizedWriter::~StreamOptimizedWriter() = default;

QString StreamOptimizedWriter::cancelledMessage()
{
    return tr("cancelled");
}

qint64 StreamOptimizedWriter::maxStreamBytes(qint64 sourceBytes)
{
    return vmdk::maxStreamBytes(sourceBytes, GrainCompressor::maxGrainBytesBound());
}

std::expected<StreamOptimizedResult, QString> StreamOptimizedWriter::write(const StreamSink &sink)
{
    const QString &name = m_options.extentName;
    if (name.isEmpty() || name.contains(u'"')
        || std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return std::unexpected(tr("'%1': not a usable VMDK extent name (empty, a quote or a control character)").arg(name));
    const qint64 size = m_source.size();
    if (size < 0)
        return std::unexpected(tr("%1: the image has no size").arg(name));
    const qint64 capacitySectors = (size + vmdk::kSector - 1) / vmdk::kSector;
    auto extents = m_source.extents();
    if (!extents)
        return std::unexpected(extents.error());
    auto ranges = dataGrains(*extents, size);
    if (!ranges)
        return std::unexpected(tr("%1: the image's extent map has a gap or overlap at byte %2").arg(name, ranges.error()));

    StreamOptimizedResult result;
    result.capacity = capacitySectors * vmdk::kSector;
    auto put = [&](const char *data, qint64 n) -> std::expected<void, QString> {
        if (m_hasher)
            m_hasher->update(data, n);
        result.streamBytes += n;
        return sink(data, n);
    };
    auto putBytes = [&](const QByteArray &bytes) { return put(bytes.constData(), bytes.size()); };

    // Header, descriptor, zeros up to the first grain.
    vmdk::DescriptorFields fields;
    fields.capacitySectors = capacitySectors;
    fields.extentName = name;
    fields.adapterType = m_options.adapterType;
    fields.cid = m_options.cid ? m_options.cid : derivedCid(name, size);
    const QByteArray descriptor = vmdk::descriptor(fields);
    const qint64 descriptorSectors = vmdk::descriptorSectors(descriptor.size());
    if (descriptorSectors >= vmdk::kOverheadSectors)
        return std::unexpected(tr("%1: the VMDK descriptor is too long").arg(name));
    {
        QByteArray head(vmdk::kOverheadSectors * vmdk::kSector, '\0');
        const QByteArray header = vmdk::header(capacitySectors, descriptorSectors, vmdk::kGdAtEnd);
        std::memcpy(head.data(), header.constData(), size_t(header.size()));
        std::memcpy(head.data() + vmdk::kSector, descriptor.constData(), size_t(descriptor.size()));
        if (auto r = putBytes(head); !r)
            return std::unexpected(r.error());
    }
    qint64 sector = vmdk::kOverheadSectors;

    // Grain tables are written after their grains; a table without grains is not written.
    std::vector<quint32> gd(size_t(vmdk::gdEntries(capacitySectors)), 0);
    std::vector<quint32> table(size_t(vmdk::kGtEntries), 0);
    qint64 tableIndex = -1;
    bool tableUsed = false;
    auto flushTable = [&]() -> std::expected<void, QString> {
        if (!tableUsed)
            return {};
        if (auto r = putBytes(vmdk::marker(vmdk::Marker::GrainTable, vmdk::kGtBytes / vmdk::kSector)); !r)
            return r;
        ++sector;
        gd[size_t(tableIndex)] = quint32(sector);
        QByteArray bytes(vmdk::kGtBytes, '\0');
        for (qint64 i = 0; i < vmdk::kGtEntries; ++i)
            qToLittleEndian<quint32>(table[size_t(i)], bytes.data() + 4 * i);
        if (auto r = putBytes(bytes); !r)
            return r;
        sector += vmdk::kGtBytes / vmdk::kSector;
        std::fill(table.begin(), table.end(), 0);
        tableUsed = false;
        return {};
    };

    const int threads = m_options.threads > 0 ? m_options.threads : qMax(1, QThread::idealThreadCount());
    GrainCompressor pool(threads, m_options.level);
    auto putBatch = [&](const GrainBatch &b) -> std::expected<void, QString> {
        const qint64 t = b.firstGrain / vmdk::kGtEntries;
        if (t != tableIndex) {
            if (auto r = flushTable(); !r)
                return r;
            tableIndex = t;
        }
        for (int i = 0; i < b.grains; ++i) {
            const qint64 offset = b.grainOffsets[size_t(i)];
            if (offset < 0)
                continue;
            const qint64 at = sector + offset / vmdk::kSector;
            if (at > qint64(0xffffffffLL))
                return std::unexpected(tr("%1: the VMDK would exceed 2 TiB of sectors").arg(name));
            table[size_t((b.firstGrain + i) % vmdk::kGtEntries)] = quint32(at);
            tableUsed = true;
            ++result.grains;
        }
        if (auto r = put(b.output.data(), b.outputBytes); !r)
            return r;
        sector += b.outputBytes / vmdk::kSector;
        if (m_progress)
            m_progress(std::min(size, (b.firstGrain + b.grains) * vmdk::kGrainBytes), size);
        return {};
    };

    // Read ahead into free batches (aligned to kBatchGrains, so a batch never spans two grain
    // tables); write finished batches in order whenever no batch is free or all are read.
    size_t range = 0;
    qint64 next = ranges->empty() ? 0 : ranges->front().first;
    for (;;) {
        if (cancelled())
            return std::unexpected(cancelledMessage());
        const bool more = range < ranges->size();
        GrainBatch *b = more ? pool.acquire() : nullptr;
        if (!b) {
            if (pool.pending() == 0)
                break;
            GrainBatch *done = pool.takeNext();
            auto r = putBatch(*done);
            pool.release(done);
            if (!r)
                return std::unexpected(r.error());
            continue;
        }
        const qint64 end = std::min((*ranges)[range].second,
                                    (next / GrainBatch::kBatchGrains + 1) * GrainBatch::kBatchGrains);
        b->firstGrain = next;
        b->grains = int(end - next);
        const qint64 offset = next * vmdk::kGrainBytes;
        const qint64 length = std::min(b->grains * vmdk::kGrainBytes, size - offset);
        if (auto r = m_source.read(offset, b->input.data(), length); !r) {
            pool.release(b);
            return std::unexpected(r.error());
        }
        std::memset(b->input.data() + length, 0, size_t(b->grains * vmdk::kGrainBytes - length));
        pool.submit(b);
        next = end;
        if (next >= (*ranges)[range].second && ++range < ranges->size())
            next = (*ranges)[range].first;
    }
    if (auto r = flushTable(); !r)
        return std::unexpected(r.error());
    result.populatedBytes = std::min(result.grains * vmdk::kGrainBytes, result.capacity);

    // Grain directory, footer, end-of-stream marker.
    const qint64 gdSectors = vmdk::gdSectors(capacitySectors);
    if (auto r = putBytes(vmdk::marker(vmdk::Marker::GrainDirectory, gdSectors)); !r)
        return std::unexpected(r.error());
    ++sector;
    const qint64 gdOffset = sector;
    QByteArray directory(gdSectors * vmdk::kSector, '\0');
    for (size_t i = 0; i < gd.size(); ++i)
        qToLittleEndian<quint32>(gd[i], directory.data() + 4 * i);
    if (auto r = putBytes(directory); !r)
        return std::unexpected(r.error());
    sector += gdSectors;
    for (const QByteArray &bytes : {vmdk::marker(vmdk::Marker::Footer, 1),
                                    vmdk::header(capacitySectors, descriptorSectors, uint64_t(gdOffset)),
                                    vmdk::marker(vmdk::Marker::EndOfStream, 0)}) {
        if (auto r = putBytes(bytes); !r)
            return std::unexpected(r.error());
    }
    if (m_progress)
        m_progress(size, size);
    return result;
}

std::expected<StreamOptimizedResult, QString> StreamOptimizedWriter::writeFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("%1: %2").arg(path, file.errorString()));
    auto result = write([&file, &path](const char *data, qint64 n) -> std::expected<void, QString> {
        if (file.write(data, n) != n)
            return std::unexpected(tr("%1: %2").arg(path, file.errorString()));
        return {};
    });
    if (!result)
        return result;
    if (!file.commit())
        return std::unexpected(tr("%1: %2").arg(path, file.errorString()));
    return result;
}

} // namespace ovf::package
