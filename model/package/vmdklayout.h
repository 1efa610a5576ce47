#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace ovf::package {

// The byte layout of a streamOptimized VMDK (VMware "Virtual Disk Format 1.1", "Stream-
// Optimized Compressed Sparse Extents"; same structures in "Virtual Disk Format 5.0"). Pure
// functions, no I/O: StreamOptimizedWriter decides what goes where.
//
// The stream is, in sectors of 512 bytes:
//   0             SparseExtentHeader, gdOffset = GD_AT_END (the footer holds the real one)
//   1..           the embedded descriptor (text, zero padded)
//   .. kOverhead  zeros; the first grain starts at sector kOverhead (overHead in the header)
//   grains        per allocated grain: a grain marker {lba, size} followed by the grain's
//                 zlib stream (RFC 1950/1951, what qemu and VMware read), padded to a sector
//   GTs           after the grains of each grain table: a GT metadata marker, then the
//                 table (512 little-endian sector numbers of grain markers; 0 = not present,
//                 reads as zeros). A table with no grain is not written; its GD entry is 0.
//   GD            a GD marker, then the directory (sector numbers of the tables)
//   footer        a footer marker, then the header again with the GD's sector in gdOffset
//   EOS           the end-of-stream marker (a zero sector)
// The footer and EOS marker are the last two sectors, as readers look for them there.
namespace vmdk {

inline constexpr qint64 kSector = 512;
inline constexpr qint64 kGrainSectors = 128;                    // 64 KiB grains
inline constexpr qint64 kGrainBytes = kGrainSectors * kSector;
inline constexpr qint64 kGtEntries = 512;                       // numGTEsPerGT
inline constexpr qint64 kGtBytes = kGtEntries * 4;              // 2048: four sectors
inline constexpr qint64 kGrainsPerGtBytes = kGrainBytes * kGtEntries; // 32 MiB of guest data
inline constexpr qint64 kOverheadSectors = 128;                 // header + descriptor + padding
inline constexpr qint64 kGrainMarkerBytes = 12;                 // uint64 lba, uint32 size

enum class Marker : uint32_t { EndOfStream = 0, GrainTable = 1, GrainDirectory = 2, Footer = 3 };

// What the embedded descriptor says (DDB entries as VMware's tools write them).
struct DescriptorFields
{
    qint64 capacitySectors = 0;
    QString extentName;              // the file name the extent line names ("disk1.vmdk")
    QString adapterType = QStringLiteral("lsilogic"); // ddb.adapterType: ide, buslogic, lsilogic, legacyESX
    uint32_t cid = 0xfffffffe;       // content id (parentCID is ffffffff: no parent)
    QString longContentId;           // 32 hex digits; empty: derived from cid
    QString uuid;                    // ddb.uuid, "xx xx ..." form; empty: not written
    QString virtualHwVersion = QStringLiteral("4");
};

// The descriptor text, ASCII/UTF-8; CHS geometry follows the adapter (IDE: 16 heads, else
// 255; 63 sectors; cylinders capped at 16383 / 65535).
QByteArray descriptor(const DescriptorFields &fields);

// Sectors the descriptor is given (its text rounded up to sectors); at most
// kOverheadSectors - 1, else the descriptor does not fit (callers check).
qint64 descriptorSectors(qsizetype textBytes);

// The 512-byte SparseExtentHeader: version 3, flags newline-test | compressed | markers,
// grain 128 sectors, 512 entries per GT, deflate. gdOffset: GD_AT_END (~0) in the header,
// the GD's sector in the footer.
QByteArray header(qint64 capacitySectors, qint64 descriptorSectors, uint64_t gdOffset);
inline constexpr uint64_t kGdAtEnd = ~uint64_t(0);

// A metadata marker sector {numSectors, size 0, type}.
QByteArray marker(Marker type, qint64 numSectors);

// Sectors of the grain directory for a capacity (4 bytes per grain table, rounded up).
qint64 gdEntries(qint64 capacitySectors);
qint64 gdSectors(qint64 capacitySectors);

// An upper bound of the stream's size for a capacity when every grain is allocated and stored
// with at most `maxGrainBytes` bytes (marker and padding included): the tar and ZIP writers
// choose their header layout from it before the stream is written.
qint64 maxStreamBytes(qint64 capacityBytes, qint64 maxGrainBytes);

} // namespace vmdk
} // namespace ovf::package
