#pragma once

// The ZIP format's numbers (PKWARE APPNOTE.TXT), in one place for the readers of model/package:
// ZipReader (members through QuaZip) and ZipStructure (the records QuaZip does not check).

#include <QtGlobal>

namespace ovf::package::zipformat {

// 4.4.4: general purpose bit flags.
constexpr quint32 kFlagEncrypted = 0x0001;
constexpr quint32 kFlagDataDescriptor = 0x0008;
constexpr quint32 kFlagUtf8Names = 0x0800;

// 4.4.5: compression methods a package may use.
constexpr quint32 kMethodStored = 0;
constexpr quint32 kMethodDeflated = 8;

// 4.3.7-4.3.16: record signatures and fixed record sizes.
constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kDataDescriptorSignature = 0x08074b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kZip64LocatorSize = 20;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kMaxCommentSize = 65535;
// 4.5.3: the Zip64 extended information extra field.
constexpr quint16 kZip64ExtraId = 0x0001;

// 4.4.15: external attributes. Made on Unix, the high 16 bits are st_mode (file type in
// S_IFMT); made on DOS, bit 4 marks a directory.
constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixRegular = 0100000;
constexpr quint32 kUnixDirectory = 0040000;
constexpr quint32 kUnixSymlink = 0120000;
constexpr quint32 kUnixCharDevice = 0020000;
constexpr quint32 kUnixBlockDevice = 0060000;
constexpr quint32 kUnixFifo = 0010000;
constexpr quint32 kDosDirectory = 0x10;

} // namespace ovf::package::zipformat
