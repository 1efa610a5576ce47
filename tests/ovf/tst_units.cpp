// Programmatic units (DSP0004 Annex C), Disk capacities and size formatting.
#include "model/ovf/units.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kMax = ~quint64(0);
constexpr quint64 kKiB = 1024;
constexpr quint64 kMiB = kKiB * 1024;
constexpr quint64 kGiB = kMiB * 1024;
constexpr quint64 kTiB = kGiB * 1024;

// Fails the current test unless `text` contains every needle.
void verifyMentions(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!text.contains(needle))
            QFAIL(qPrintable(u"'%1' does not contain '%2'"_s.arg(text, needle)));
    }
}

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void parseUnit_data();
    void parseUnit();
    void parseUnitErrors_data();
    void parseUnitErrors();
    void scaleValue_data();
    void scaleValue();
    void unsignedDecimal_data();
    void unsignedDecimal();
    void byteQuantity_data();
    void byteQuantity();
    void formatSize_data();
    void formatSize();
    void formatSizeInLocales_data();
    void formatSizeInLocales();
};

void TestUnits::parseUnit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("baseUnit");
    QTest::addColumn<quint64>("multiplier");

    // Spellings found in real descriptors.
    QTest::addRow("byte") << u"byte"_s << u"byte"_s << quint64(1);
    QTest::addRow("bytes") << u"bytes"_s << u"byte"_s << quint64(1);
    QTest::addRow("Bytes") << u"Bytes"_s << u"byte"_s << quint64(1);
    QTest::addRow("byte * 2^20") << u"byte * 2^20"_s << u"byte"_s << kMiB;
    QTest::addRow("byte * 2^30") << u"byte * 2^30"_s << u"byte"_s << kGiB;
    QTest::addRow("byte*2^30") << u"byte*2^30"_s << u"byte"_s << kGiB;
    QTest::addRow("byte * 2 ^ 30") << u"byte * 2 ^ 30"_s << u"byte"_s << kGiB;
    QTest::addRow("byte*1024*1024") << u"byte*1024*1024"_s << u"byte"_s << kMiB;
    QTest::addRow("hertz * 10^6") << u"hertz * 10^6"_s << u"hertz"_s << quint64(1'000'000);
    QTest::addRow("Hertz*10^9") << u"Hertz*10^9"_s << u"hertz"_s << quint64(1'000'000'000);
    QTest::addRow("MegaBytes") << u"MegaBytes"_s << u"byte"_s << kMiB;
    QTest::addRow("MegaHertz") << u"MegaHertz"_s << u"hertz"_s << quint64(1'000'000);
    QTest::addRow("MHz") << u"MHz"_s << u"hertz"_s << quint64(1'000'000);
    // Whitespace and ordering.
    QTest::addRow("padded") << u"  byte * 2^20  "_s << u"byte"_s << kMiB;
    QTest::addRow("tabs") << u"byte\t*\t2^10"_s << u"byte"_s << kKiB;
    QTest::addRow("no spaces") << u"byte*2^20"_s << u"byte"_s << kMiB;
    QTest::addRow("number first") << u"2^20 * byte"_s << u"byte"_s << kMiB;
    QTest::addRow("plain factor") << u"byte * 1024"_s << u"byte"_s << kKiB;
    QTest::addRow("chained") << u"byte * 2^10 * 1000"_s << u"byte"_s << quint64(1'024'000);
    QTest::addRow("exponent 0") << u"byte * 7^0"_s << u"byte"_s << quint64(1);
    QTest::addRow("unit to power 1") << u"byte^1 * 2^3"_s << u"byte"_s << quint64(8);
    QTest::addRow("base 1, huge exponent")
        << u"byte * 1^99999999999999999999999"_s << u"byte"_s << quint64(1);
    QTest::addRow("2^63") << u"byte * 2^63"_s << u"byte"_s << (quint64(1) << 63);
    QTest::addRow("largest factor") << u"byte * 18446744073709551615"_s << u"byte"_s << kMax;
    QTest::addRow("upper case") << u"BYTE * 2^10"_s << u"byte"_s << kKiB;
    // Legacy byte spellings are binary.
    QTest::addRow("KB") << u"KB"_s << u"byte"_s << kKiB;
    QTest::addRow("MB") << u"MB"_s << u"byte"_s << kMiB;
    QTest::addRow("GB") << u"GB"_s << u"byte"_s << kGiB;
    QTest::addRow("TB") << u"TB"_s << u"byte"_s << kTiB;
    QTest::addRow("PB") << u"PB"_s << u"byte"_s << kTiB * 1024;
    QTest::addRow("EB") << u"EB"_s << u"byte"_s << kTiB * 1024 * 1024;
    QTest::addRow("KiB") << u"KiB"_s << u"byte"_s << kKiB;
    QTest::addRow("MiB") << u"MiB"_s << u"byte"_s << kMiB;
    QTest::addRow("GiB") << u"GiB"_s << u"byte"_s << kGiB;
    QTest::addRow("TiB") << u"TiB"_s << u"byte"_s << kTiB;
    QTest::addRow("PiB") << u"PiB"_s << u"byte"_s << kTiB * 1024;
    QTest::addRow("EiB") << u"EiB"_s << u"byte"_s << kTiB * 1024 * 1024;
    QTest::addRow("KiloBytes") << u"KiloBytes"_s << u"byte"_s << kKiB;
    QTest::addRow("GigaBytes") << u"GigaBytes"_s << u"byte"_s << kGiB;
    QTest::addRow("kilobyte") << u"kilobyte"_s << u"byte"_s << kKiB;
    QTest::addRow("terabytes") << u"terabytes"_s << u"byte"_s << kTiB;
    QTest::addRow("exabyte") << u"exabyte"_s << u"byte"_s << kTiB * 1024 * 1024;
    QTest::addRow("mebibyte") << u"mebibyte"_s << u"byte"_s << kMiB;
    QTest::addRow("gibibytes") << u"gibibytes"_s << u"byte"_s << kGiB;
    QTest::addRow("decabyte") << u"decabyte"_s << u"byte"_s << quint64(10);
    // Hertz and bit prefixes are decimal.
    QTest::addRow("hertz") << u"hertz"_s << u"hertz"_s << quint64(1);
    QTest::addRow("Hz") << u"Hz"_s << u"hertz"_s << quint64(1);
    QTest::addRow("KHz") << u"KHz"_s << u"hertz"_s << quint64(1'000);
    QTest::addRow("GHz") << u"GHz"_s << u"hertz"_s << quint64(1'000'000'000);
    QTest::addRow("THz") << u"THz"_s << u"hertz"_s << quint64(1'000'000'000'000);
    QTest::addRow("gigahertz") << u"gigahertz"_s << u"hertz"_s << quint64(1'000'000'000);
    QTest::addRow("hectohertz") << u"hectohertz"_s << u"hertz"_s << quint64(100);
    QTest::addRow("bit") << u"bit"_s << u"bit"_s << quint64(1);
    QTest::addRow("bits") << u"bits"_s << u"bit"_s << quint64(1);
    QTest::addRow("kilobit") << u"kilobit"_s << u"bit"_s << quint64(1'000);
    QTest::addRow("megabits") << u"megabits"_s << u"bit"_s << quint64(1'000'000);
    QTest::addRow("kibibit") << u"kibibit"_s << u"bit"_s << kKiB;
    QTest::addRow("bit * 2^30") << u"bit * 2^30"_s << u"bit"_s << kGiB;
    // Other DSP0004 base units, pure numbers and extension units.
    QTest::addRow("second") << u"second"_s << u"second"_s << quint64(1);
    QTest::addRow("seconds") << u"seconds"_s << u"second"_s << quint64(1);
    QTest::addRow("kilosecond") << u"kilosecond"_s << u"second"_s << quint64(1'000);
    QTest::addRow("count") << u"count"_s << u"count"_s << quint64(1);
    QTest::addRow("kilogram") << u"kilogram"_s << u"kilogram"_s << quint64(1);
    QTest::addRow("two words") << u"Degree  Celsius"_s << u"degree celsius"_s << quint64(1);
    QTest::addRow("pure power") << u"2^10"_s << u"count"_s << kKiB;
    QTest::addRow("pure number") << u"1"_s << u"count"_s << quint64(1);
    QTest::addRow("extension unit") << u"VMware:vCPU * 2"_s << u"vmware:vcpu"_s << quint64(2);
}

void TestUnits::parseUnit()
{
    QFETCH(QString, text);
    QFETCH(QString, baseUnit);
    QFETCH(quint64, multiplier);

    const auto unit = ovf::parseProgrammaticUnit(text);
    QVERIFY2(unit.has_value(), qPrintable(unit ? QString() : unit.error()));
    QCOMPARE(unit->baseUnit, baseUnit);
    QCOMPARE(unit->multiplier, multiplier);
}

void TestUnits::parseUnitErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("needles");

    QTest::addRow("empty") << QString() << QStringList { u"a unit is required"_s };
    QTest::addRow("blank") << u"   "_s << QStringList { u"a unit is required"_s };
    QTest::addRow("unknown") << u"parsecs"_s << QStringList { u"unknown unit 'parsecs'"_s };
    QTest::addRow("unknown, two words")
        << u"Processor Cores"_s << QStringList { u"unknown unit 'Processor Cores'"_s };
    QTest::addRow("unknown with factor")
        << u"furlong * 2^3"_s << QStringList { u"unknown unit 'furlong'"_s };
    QTest::addRow("bad extension unit")
        << u"vendor:"_s << QStringList { u"unknown unit 'vendor:'"_s };
    QTest::addRow("empty extension org") << u"a::b"_s << QStringList { u"unknown unit 'a::b'"_s };
    QTest::addRow("2^99") << u"byte * 2^99"_s
                          << QStringList { u"'byte * 2^99' overflows a 64-bit byte count"_s };
    QTest::addRow("2^64") << u"byte * 2^64"_s << QStringList { u"overflows a 64-bit byte count"_s };
    QTest::addRow("product overflows")
        << u"byte * 2^32 * 2^32"_s << QStringList { u"'byte * 2^32 * 2^32' overflows"_s };
    QTest::addRow("factor too large")
        << u"byte * 18446744073709551616"_s << QStringList { u"overflows a 64-bit byte count"_s };
    QTest::addRow("base too large")
        << u"byte * 99999999999999999999999^2"_s << QStringList { u"overflows"_s };
    QTest::addRow("hertz overflow")
        << u"hertz * 10^20"_s << QStringList { u"overflows a 64-bit hertz count"_s };
    QTest::addRow("count overflow")
        << u"2^64"_s << QStringList { u"'2^64' overflows a 64-bit count"_s };
    QTest::addRow("zettabyte") << u"zettabyte"_s
                               << QStringList { u"'zettabyte' overflows a 64-bit byte count"_s };
    QTest::addRow("yobibyte") << u"yobibyte"_s << QStringList { u"'yobibyte' overflows"_s };
    QTest::addRow("caret at end") << u"byte * 2^"_s
                                  << QStringList {
                                         u"expected a number after '^' in 'byte * 2^'"_s
                                     };
    QTest::addRow("caret then word")
        << u"byte * 2^x"_s << QStringList { u"expected a number after '^'"_s };
    QTest::addRow("negative exponent") << u"byte * 2^-3"_s
                                       << QStringList { u"'byte * 2^-3'"_s, u"negative exponents"_s,
                                              u"not supported for sizes"_s };
    QTest::addRow("division") << u"bit / second"_s
                              << QStringList { u"'bit / second'"_s,
                                     u"division is not supported for sizes"_s };
    QTest::addRow("division, white paper")
        << u"bit / second *2^30"_s << QStringList { u"division is not supported"_s };
    QTest::addRow("negative unit")
        << u"-byte"_s << QStringList { u"'-byte'"_s, u"negative units are not supported"_s };
    QTest::addRow("negative factor")
        << u"byte * -2"_s << QStringList { u"negative factors are not supported"_s };
    QTest::addRow("fraction") << u"byte * 1.5"_s
                              << QStringList { u"the factor 1.5 is not a whole number"_s };
    QTest::addRow("fractional base")
        << u"byte * 1.5^2"_s
        << QStringList { u"only whole numbers can be raised to a power ('1.5^')"_s };
    QTest::addRow("fractional exponent")
        << u"byte * 2^1.5"_s << QStringList { u"an exponent must be a whole number"_s };
    QTest::addRow("power of a unit")
        << u"byte^2"_s << QStringList { u"powers of a unit such as 'byte^2' are not supported"_s };
    QTest::addRow("negative power of a unit")
        << u"second^-1"_s << QStringList { u"negative exponents"_s };
    QTest::addRow("two units") << u"byte * hertz"_s
                               << QStringList { u"combines the units byte and hertz"_s };
    QTest::addRow("trailing operator")
        << u"byte *"_s << QStringList { u"expected a unit or number after '*' in 'byte *'"_s };
    QTest::addRow("missing operator")
        << u"byte 2^20"_s << QStringList { u"expected '*' before '2' in 'byte 2^20'"_s };
    QTest::addRow("missing operator before unit")
        << u"2^20 byte"_s << QStringList { u"expected '*' before 'byte'"_s };
    QTest::addRow("zero factor") << u"byte * 0"_s
                                 << QStringList { u"'byte * 0' has a zero factor"_s };
    QTest::addRow("zero base") << u"byte * 0^3"_s << QStringList { u"has a zero factor"_s };
    QTest::addRow("plus") << u"byte + 2"_s << QStringList { u"unexpected '+' at position 6"_s };
    QTest::addRow("leading star") << u"*byte"_s
                                  << QStringList { u"unexpected '*' at position 1"_s };
    QTest::addRow("double caret") << u"byte * 2^3^4"_s << QStringList { u"unexpected '^'"_s };
    QTest::addRow("millisecond") << u"millisecond"_s
                                 << QStringList { u"'millisecond' is a fraction of a second"_s,
                                        u"not supported"_s };
    QTest::addRow("microbyte") << u"microbytes"_s << QStringList { u"fraction of a byte"_s };
}

void TestUnits::parseUnitErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, needles);

    const auto unit = ovf::parseProgrammaticUnit(text);
    QVERIFY2(!unit.has_value(),
        qPrintable(u"accepted as %1 * %2"_s.arg(unit ? unit->baseUnit : QString())
                       .arg(unit ? unit->multiplier : 0)));
    verifyMentions(unit.error(), needles);
}

void TestUnits::scaleValue_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<quint64>("multiplier");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("expected");

    QTest::addRow("20 GiB") << quint64(20) << kGiB << true << quint64(21474836480);
    QTest::addRow("zero") << quint64(0) << kMax << true << quint64(0);
    QTest::addRow("max * 1") << kMax << quint64(1) << true << kMax;
    QTest::addRow("2^34 GiB") << (quint64(1) << 34) << kGiB << false << quint64(0);
    QTest::addRow("max * 2") << kMax << quint64(2) << false << quint64(0);
}

void TestUnits::scaleValue()
{
    QFETCH(quint64, value);
    QFETCH(quint64, multiplier);
    QFETCH(bool, ok);
    QFETCH(quint64, expected);

    const auto scaled = ovf::scaleValue(value, ovf::ProgrammaticUnit { u"byte"_s, multiplier });
    QCOMPARE(scaled.has_value(), ok);
    if (ok) {
        QCOMPARE(*scaled, expected);
    } else {
        verifyMentions(scaled.error(),
            { QString::number(value), QString::number(multiplier),
                u"exceeds the largest 64-bit value"_s });
    }
}

void TestUnits::unsignedDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("expected");
    QTest::addColumn<QStringList>("needles");

    QTest::addRow("zero") << u"0"_s << true << quint64(0) << QStringList();
    QTest::addRow("plain") << u"10485760"_s << true << quint64(10485760) << QStringList();
    QTest::addRow("leading zeros") << u"007"_s << true << quint64(7) << QStringList();
    QTest::addRow("max") << u"18446744073709551615"_s << true << kMax << QStringList();
    QTest::addRow("max + 1")
        << u"18446744073709551616"_s << false << quint64(0)
        << QStringList {
               u"'18446744073709551616' exceeds the largest 64-bit value, 18446744073709551615"_s
           };
    QTest::addRow("21 digits") << u"100000000000000000000"_s << false << quint64(0)
                               << QStringList { u"exceeds the largest 64-bit value"_s };
    QTest::addRow("23 digits, small")
        << u"00000000000000000000001"_s << false << quint64(0) << QStringList { u"exceeds"_s };
    QTest::addRow("empty") << QString() << false << quint64(0)
                           << QStringList { u"a number is required"_s };
    QTest::addRow("minus") << u"-1"_s << false << quint64(0)
                           << QStringList { u"'-1' has a sign"_s };
    QTest::addRow("plus") << u"+1"_s << false << quint64(0) << QStringList { u"'+1' has a sign"_s };
    QTest::addRow("leading space")
        << u" 1"_s << false << quint64(0) << QStringList { u"' 1' contains whitespace"_s };
    QTest::addRow("trailing newline")
        << u"1\n"_s << false << quint64(0) << QStringList { u"contains whitespace"_s };
    QTest::addRow("fraction") << u"1.5"_s << false << quint64(0)
                              << QStringList { u"'1.5' is not a whole number"_s };
    QTest::addRow("comma") << u"1,5"_s << false << quint64(0)
                           << QStringList { u"'1,5' is not a whole number"_s };
    QTest::addRow("hex") << u"0x10"_s << false << quint64(0)
                         << QStringList { u"'0x10' is not a decimal number"_s };
    QTest::addRow("exponent") << u"1e3"_s << false << quint64(0)
                              << QStringList { u"'1e3' is not a decimal number"_s };
    QTest::addRow("arabic-indic digits")
        << u"\u0661\u0662"_s << false << quint64(0) << QStringList { u"is not a decimal number"_s };
    QTest::addRow("placeholder") << u"${CAPACITY}"_s << false << quint64(0)
                                 << QStringList {
                                        u"'${CAPACITY}' is a placeholder, not a number"_s
                                    };
}

void TestUnits::unsignedDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(quint64, expected);
    QFETCH(QStringList, needles);

    const auto value = ovf::parseUnsignedDecimal(text);
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, expected);
    else
        verifyMentions(value.error(), needles);
}

void TestUnits::byteQuantity_data()
{
    QTest::addColumn<QString>("capacity");
    QTest::addColumn<QString>("units");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("expected");
    QTest::addColumn<QStringList>("needles");

    QTest::addRow("no units") << u"10485760"_s << QString() << true << quint64(10485760)
                              << QStringList();
    QTest::addRow("blank units") << u"16"_s << u"  "_s << true << quint64(16) << QStringList();
    QTest::addRow("byte") << u"4096"_s << u"byte"_s << true << quint64(4096) << QStringList();
    QTest::addRow("GiB") << u"20"_s << u"byte * 2^30"_s << true << quint64(21474836480)
                         << QStringList();
    QTest::addRow("450 GiB, above 2^32")
        << u"450"_s << u"byte * 2^30"_s << true << quint64(450) * kGiB << QStringList();
    QTest::addRow("MegaBytes") << u"512"_s << u"MegaBytes"_s << true << 512 * kMiB << QStringList();
    QTest::addRow("GB") << u"8"_s << u"GB"_s << true << 8 * kGiB << QStringList();
    QTest::addRow("zero") << u"0"_s << u"byte * 2^30"_s << true << quint64(0) << QStringList();
    QTest::addRow("placeholder") << u"${CAPACITY}"_s << u"byte"_s << false << quint64(0)
                                 << QStringList { u"'${CAPACITY}' is a placeholder"_s };
    QTest::addRow("hertz") << u"1"_s << u"hertz * 10^6"_s << false << quint64(0)
                           << QStringList { u"'hertz * 10^6' is not a unit of bytes"_s };
    QTest::addRow("bit") << u"8"_s << u"bit"_s << false << quint64(0)
                         << QStringList { u"'bit' is not a unit of bytes"_s };
    QTest::addRow("overflow") << u"17179869184"_s << u"byte * 2^30"_s << false << quint64(0)
                              << QStringList { u"17179869184"_s, u"1073741824"_s };
    QTest::addRow("sign") << u"-1"_s << u"byte"_s << false << quint64(0)
                          << QStringList { u"'-1' has a sign"_s };
    QTest::addRow("fraction") << u"1.5"_s << u"byte * 2^30"_s << false << quint64(0)
                              << QStringList { u"'1.5' is not a whole number"_s };
    QTest::addRow("unknown unit") << u"1"_s << u"parsecs"_s << false << quint64(0)
                                  << QStringList { u"unknown unit 'parsecs'"_s };
    QTest::addRow("unit overflow") << u"16"_s << u"byte * 2^64"_s << false << quint64(0)
                                   << QStringList { u"'byte * 2^64' overflows"_s };
}

void TestUnits::byteQuantity()
{
    QFETCH(QString, capacity);
    QFETCH(QString, units);
    QFETCH(bool, ok);
    QFETCH(quint64, expected);
    QFETCH(QStringList, needles);

    const auto bytes = ovf::parseByteQuantity(capacity, units);
    QVERIFY2(bytes.has_value() == ok, qPrintable(bytes ? QString::number(*bytes) : bytes.error()));
    if (ok)
        QCOMPARE(*bytes, expected);
    else
        verifyMentions(bytes.error(), needles);
}

void TestUnits::formatSize_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::addRow("0") << quint64(0) << u"0 B"_s;
    QTest::addRow("1") << quint64(1) << u"1 B"_s;
    QTest::addRow("512") << quint64(512) << u"512 B"_s;
    QTest::addRow("1023") << quint64(1023) << u"1023 B"_s;
    QTest::addRow("1024") << kKiB << u"1.0 KiB"_s;
    QTest::addRow("1126 rounds up") << quint64(1126) << u"1.1 KiB"_s;
    QTest::addRow("1536") << quint64(1536) << u"1.5 KiB"_s;
    QTest::addRow("1023.9 KiB") << quint64(1048524) << u"1023.9 KiB"_s;
    QTest::addRow("rounds to next unit") << kMiB - 1 << u"1.0 MiB"_s;
    QTest::addRow("4 GiB") << 4 * kGiB << u"4.0 GiB"_s;
    QTest::addRow("1.5 TiB") << kTiB + kTiB / 2 << u"1.5 TiB"_s;
    QTest::addRow("1 PiB") << kTiB * 1024 << u"1.0 PiB"_s;
    QTest::addRow("1 EiB") << kTiB * 1024 * 1024 << u"1.0 EiB"_s;
    QTest::addRow("max") << kMax << u"16.0 EiB"_s;
}

void TestUnits::formatSize()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(ovf::formatByteSize(bytes, QLocale::c()), expected);
}

// The same rounding in the GUI's languages: the locale's decimal separator, grouping and unit
// names (QLocale's CLDR data), never the C locale's.
void TestUnits::formatSizeInLocales_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("expected");
    const quint64 kGiB = quint64(1) << 30;
    QTest::addRow("de 36 GiB") << u"de_DE"_s << 36 * kGiB << u"36,0 GiB"_s;
    QTest::addRow("de 1.5 KiB") << u"de_DE"_s << quint64(1536) << u"1,5 KiB"_s;
    QTest::addRow("de grouping") << u"de_DE"_s << quint64(1048524) << u"1.023,9 KiB"_s;
    QTest::addRow("de rounds to next unit") << u"de_DE"_s << (quint64(1) << 20) - 1 << u"1,0 MiB"_s;
    QTest::addRow("de bytes") << u"de_DE"_s << quint64(512) << u"512 Bytes"_s;
    QTest::addRow("fr 64 MiB") << u"fr_FR"_s << (quint64(64) << 20) << u"64,0 Mio"_s;
    QTest::addRow("fr 4 GiB") << u"fr_FR"_s << 4 * kGiB << u"4,0 Gio"_s;
    QTest::addRow("fr bytes") << u"fr_FR"_s << quint64(512) << u"512 octets"_s;
    QTest::addRow("en 1.5 TiB") << u"en_US"_s << (kGiB << 10) + (kGiB << 9) << u"1.5 TiB"_s;
}

void TestUnits::formatSizeInLocales()
{
    QFETCH(QString, locale);
    QFETCH(quint64, bytes);
    QFETCH(QString, expected);
    // Qt writes a narrow no-break space in some French numbers; compare with plain spaces.
    QString got = ovf::formatByteSize(bytes, QLocale(locale));
    got.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
