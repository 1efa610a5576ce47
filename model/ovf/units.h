#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <expected>

namespace ovf {

// A programmatic unit (DMTF DSP0004 Annex C) reduced to what OVF needs: one base unit and an
// exact integer scale factor. OVF uses it for Disk ovf:capacityAllocationUnits (DSP0243 §9.1)
// and rasd:AllocationUnits.
struct ProgrammaticUnit
{
    // Canonical lower-case DSP0004 base unit ("byte", "bit", "hertz", "second", "count", ...),
    // or a vendor extension unit "org:name" as written, lower-cased.
    QString baseUnit;
    // Exact scale factor, never 0: "byte * 2^30" has multiplier 1073741824.
    quint64 multiplier = 1;

    friend bool operator==(const ProgrammaticUnit &, const ProgrammaticUnit &) = default;
};

// Parses a programmatic unit such as "byte * 2^20", "byte*1024*1024", "hertz * 10^6" or
// "2^10 * byte" (factors in any order, whitespace anywhere between tokens, names compared
// case-insensitively), a DSP0004 base unit with an optional decimal ("kilo".."exa") or binary
// ("kibi".."exbi") prefix word, a trailing plural "s", or one of the legacy spellings found in
// real RASD files: "KB", "MB", "GB", "TB", "PB", "EB", "KiB".."EiB", "KiloBytes", "MegaBytes",
// "GigaBytes", "Hz", "KHz", "MHz", "GHz", "THz", "MegaHertz".
// Every byte spelling with a decimal prefix ("MB", "MegaBytes", "kilobyte") means a power of
// 1024, as VMware, VirtualBox and XenServer write them; hertz and bit prefixes are decimal.
// Pure numbers ("2^10") give base unit "count".
// Errors (a sentence naming the offending text): empty text, unknown unit name, a syntax
// error, a multiplier above 2^64 - 1, a zero factor, division, a sign, negative exponents,
// fractional factors or prefixes (milli, micro, ...), non-integer bases of '^', a power of a
// unit ("byte^2"), more than one unit ("byte * hertz").
std::expected<ProgrammaticUnit, QString> parseProgrammaticUnit(QStringView text);

// value * unit.multiplier; the error names both numbers when the product exceeds 2^64 - 1.
std::expected<quint64, QString> scaleValue(quint64 value, const ProgrammaticUnit &unit);

// A Disk size in bytes (DSP0243 §9.1): `value` is ovf:capacity (see parseUnsignedDecimal;
// a "${...}" placeholder is reported as such), `allocationUnits` is
// ovf:capacityAllocationUnits, blank meaning "byte". Errors: bad number, bad unit, a unit
// whose base is not "byte", overflow of the product.
std::expected<quint64, QString> parseByteQuantity(QStringView value, QStringView allocationUnits);

// A size a user types: digits and a byte unit, with or without a space between ("512MiB",
// "2 GiB", "1GB", "4096 byte"; units as parseProgrammaticUnit reads them, decimal-prefixed
// byte names meaning powers of 1024). Errors: no digits, no unit (a bare number is ambiguous),
// a unit that is not one of bytes, overflow.
std::expected<quint64, QString> parseByteSize(QStringView text);

// Strict non-negative decimal integer for ovf:capacity, ovf:size, ovf:populatedSize and
// ovf:chunkSize: ASCII digits only (no sign, no whitespace, no '+', no fraction, no hex), at most
// 20 digits, at most 18446744073709551615. The error quotes the text; "${...}" placeholders
// (OVF templates) are reported as placeholders rather than as bad digits.
std::expected<quint64, QString> parseUnsignedDecimal(QStringView text);

// A size for people, in `locale`: IEC units and one decimal, rounded to the nearest tenth and
// moving to the next unit when that reaches 1024.0 ("1023.9 KiB", then "1.0 MiB"), up to EiB.
// QLocale::c() gives ovfctl's output: "0 B", "512 B", "1.5 KiB", "4.0 GiB". Any other locale
// writes the number with its decimal separator and digit grouping and the unit as its CLDR data
// names it (QLocale::formattedDataSize's words): "36,0 GiB" and "512 Bytes" in German, "64,0 Mio"
// and "512 octets" in French. The GUI passes QLocale() (the UI language, LanguageSettings);
// ovfctl makes QLocale::c() the default, so model texts built with QLocale() stay English there.
QString formatByteSize(quint64 bytes, const QLocale &locale);

} // namespace ovf
