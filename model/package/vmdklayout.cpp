#include "model/package/vmdklayout.h"

#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::package::vmdk {

namespace {

constexpr uint32_t kMagic = 0x564d444b; // "KDMV" on disk
constexpr uint32_t kVersion = 3;        // stream-optimized extents are version 3
constexpr uint32_t kFlagNewlineTest = 1u << 0;
constexpr uint32_t kFlagCompressed = 1u << 16;
constexpr uint32_t kFlagMarkers = 1u << 17;
constexpr uint16_t kCompressDeflate = 1;

template <typename T>
void put(QByteArray &bytes, qsizetype offset, T value)
{
    qToLittleEndian(value, bytes.data() + offset);
}

} // namespace

QByteArray descriptor(const DescriptorFields &f)
{
    const bool ide = f.adapterType == u"ide";
    const qint64 heads = ide ? 16 : 255;
    const qint64 sectors = 63;
    const qint64 cylinders = std::min<qint64>(f.capacitySectors / (heads * sectors), ide ? 16383 : 65535);
    const QString longContentId = f.longContentId.isEmpty()
        ? u"%1"_s.arg(f.cid, 8, 16, QChar(u'0')).repeated(4)
        : f.longContentId;
    QString text;
    text += u"# Disk DescriptorFile\n"_s;
    text += u"version=1\n"_s;
    text += u"encoding=\"UTF-8\"\n"_s;
    text += u"CID=%1\n"_s.arg(f.cid, 8, 16, QChar(u'0'));
    text += u"parentCID=ffffffff\n"_s;
    text += u"createType=\"streamOptimized\"\n\n"_s;
    text += u"# Extent description\n"_s;
    text += u"RW %1 SPARSE \"%2\"\n\n"_s.arg(f.capacitySectors).arg(f.extentName);
    text += u"# The Disk Data Base\n#DDB\n\n"_s;
    text += u"ddb.adapterType = \"%1\"\n"_s.arg(f.adapterType);
    text += u"ddb.geometry.cylinders = \"%1\"\n"_s.arg(cylinders);
    text += u"ddb.geometry.heads = \"%1\"\n"_s.arg(heads);
    text += u"ddb.geometry.sectors = \"%1\"\n"_s.arg(sectors);
    text += u"ddb.longContentID = \"%1\"\n"_s.arg(longContentId);
    if (!f.uuid.isEmpty())
        text += u"ddb.uuid = \"%1\"\n"_s.arg(f.uuid);
    text += u"ddb.virtualHWVersion = \"%1\"\n"_s.arg(f.virtualHwVersion);
    return text.toUtf8();
}

qint64 descriptorSectors(qsizetype textBytes)
{
    return std::max<qint64>(1, (textBytes + kSector - 1) / kSector);
}

QByteArray header(qint64 capacitySectors, qint64 descriptorSectors, uint64_t gdOffset)
{
    QByteArray h(kSector, '\0');
    put<uint32_t>(h, 0, kMagic);
    put<uint32_t>(h, 4, kVersion);
    put<uint32_t>(h, 8, kFlagNewlineTest | kFlagCompressed | kFlagMarkers);
    put<uint64_t>(h, 12, uint64_t(capacitySectors));
    put<uint64_t>(h, 20, uint64_t(kGrainSectors));
    put<uint64_t>(h, 28, 1); // descriptorOffset
    put<uint64_t>(h, 36, uint64_t(descriptorSectors));
    put<uint32_t>(h, 44, uint32_t(kGtEntries));
    put<uint64_t>(h, 48, 0); // rgdOffset: no redundant GD in a stream
    put<uint64_t>(h, 56, gdOffset);
    put<uint64_t>(h, 64, uint64_t(kOverheadSectors));
    h[72] = 0;    // uncleanShutdown
    h[73] = '\n'; // singleEndLineChar: the four newline-test characters
    h[74] = ' ';
    h[75] = '\r';
    h[76] = '\n';
    put<uint16_t>(h, 77, kCompressDeflate);
    return h;
}

QByteArray marker(Marker type, qint64 numSectors)
{
    QByteArray m(kSector, '\0');
    put<uint64_t>(m, 0, uint64_t(numSectors));
    put<uint32_t>(m, 8, 0);
    put<uint32_t>(m, 12, uint32_t(type));
    return m;
}

qint64 gdEntries(qint64 capacitySectors)
{
    const qint64 gtSectors = kGrainSectors * kGtEntries;
    return (capacitySectors + gtSectors - 1) / gtSectors;
}

qint64 gdSectors(qint64 capacitySectors)
{
    return std::max<qint64>(1, (gdEntries(capacitySectors) * 4 + kSector - 1) / kSector);
}

qint64 maxStreamBytes(qint64 capacityBytes, qint64 maxGrainBytes)
{
    const qint64 capacitySectors = (capacityBytes + kSector - 1) / kSector;
    const qint64 grains = (capacityBytes + kGrainBytes - 1) / kGrainBytes;
    const qint64 tables = gdEntries(capacitySectors);
    return kOverheadSectors * kSector + grains * maxGrainBytes + tables * (kSector + kGtBytes)
        + kSector + gdSectors(capacitySectors) * kSector + 3 * kSector;
}

} // namespace ovf::package::vmdk
