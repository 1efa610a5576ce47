#include "model/ovf/units.h"

#include "model/ovf/asciichars.h"

#include <QCoreApplication>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

struct UnitsText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::Units)
};

constexpr quint64 kMaxU64 = ~quint64(0);

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u':';
}

// base^exponent, nullopt on overflow.
std::optional<quint64> checkedPower(quint64 base, quint64 exponent)
{
    if (base == 0)
        return exponent == 0 ? 1 : 0;
    if (base == 1)
        return 1;
    if (exponent >= 64)
        return std::nullopt;
    quint64 result = 1;
    for (quint64 i = 0; i < exponent; ++i) {
        if (__builtin_mul_overflow(result, base, &result))
            return std::nullopt;
    }
    return result;
}

// DSP0004 Annex C standard base units that are plain identifiers (lower case).
// clang-format off
constexpr QStringView kBaseUnits[] = {
    u"count", u"percent", u"permille", u"decibel", u"revolution", u"degree", u"radian",
    u"steradian", u"bit", u"byte", u"dot", u"meter", u"inch", u"rack unit", u"foot", u"yard",
    u"mile", u"liter", u"fluid ounce", u"liquid gallon", u"mole", u"kilogram", u"ounce",
    u"pound", u"second", u"minute", u"hour", u"day", u"week", u"hertz", u"gravity",
    u"degree celsius", u"degree fahrenheit", u"kelvin", u"candela", u"lumen", u"nit", u"lux",
    u"newton", u"pascal", u"bar", u"joule", u"watt", u"volt", u"ampere", u"coulomb", u"ohm",
    u"farad", u"weber", u"tesla", u"henry", u"siemens", u"becquerel", u"gray", u"sievert",
};
// clang-format on

// The base unit `word` names, allowing a plural "s".
std::optional<QString> baseUnitOf(QStringView word)
{
    for (const QStringView unit : kBaseUnits) {
        if (word == unit)
            return unit.toString();
    }
    if (word.endsWith(u's')) {
        const QStringView singular = word.chopped(1);
        for (const QStringView unit : kBaseUnits) {
            if (singular == unit)
                return unit.toString();
        }
    }
    return std::nullopt;
}

enum class PrefixKind { Decimal, Binary, Fraction };

struct Prefix
{
    QStringView name;
    PrefixKind kind;
    int power; // of 10 for Decimal, of 1024 for Binary, unused for Fraction
};

// clang-format off
constexpr std::array kPrefixes = {
    Prefix{u"deca", PrefixKind::Decimal, 1},   Prefix{u"hecto", PrefixKind::Decimal, 2},
    Prefix{u"kilo", PrefixKind::Decimal, 3},   Prefix{u"mega", PrefixKind::Decimal, 6},
    Prefix{u"giga", PrefixKind::Decimal, 9},   Prefix{u"tera", PrefixKind::Decimal, 12},
    Prefix{u"peta", PrefixKind::Decimal, 15},  Prefix{u"exa", PrefixKind::Decimal, 18},
    Prefix{u"zetta", PrefixKind::Decimal, 21}, Prefix{u"yotta", PrefixKind::Decimal, 24},
    Prefix{u"kibi", PrefixKind::Binary, 1},    Prefix{u"mebi", PrefixKind::Binary, 2},
    Prefix{u"gibi", PrefixKind::Binary, 3},    Prefix{u"tebi", PrefixKind::Binary, 4},
    Prefix{u"pebi", PrefixKind::Binary, 5},    Prefix{u"exbi", PrefixKind::Binary, 6},
    Prefix{u"zebi", PrefixKind::Binary, 7},    Prefix{u"yobi", PrefixKind::Binary, 8},
    Prefix{u"deci", PrefixKind::Fraction, 0},  Prefix{u"centi", PrefixKind::Fraction, 0},
    Prefix{u"milli", PrefixKind::Fraction, 0}, Prefix{u"micro", PrefixKind::Fraction, 0},
    Prefix{u"nano", PrefixKind::Fraction, 0},  Prefix{u"pico", PrefixKind::Fraction, 0},
    Prefix{u"femto", PrefixKind::Fraction, 0}, Prefix{u"atto", PrefixKind::Fraction, 0},
    Prefix{u"zepto", PrefixKind::Fraction, 0}, Prefix{u"yocto", PrefixKind::Fraction, 0},
};
// clang-format on

struct Abbreviation
{
    QStringView name;
    QStringView baseUnit;
    quint64 multiplier;
};

// Legacy abbreviations (VMware, VirtualBox, XenServer RASD); byte ones are binary.
// clang-format off
constexpr std::array kAbbreviations = {
    Abbreviation{u"kb", u"byte", 1ULL << 10},  Abbreviation{u"kib", u"byte", 1ULL << 10},
    Abbreviation{u"mb", u"byte", 1ULL << 20},  Abbreviation{u"mib", u"byte", 1ULL << 20},
    Abbreviation{u"gb", u"byte", 1ULL << 30},  Abbreviation{u"gib", u"byte", 1ULL << 30},
    Abbreviation{u"tb", u"byte", 1ULL << 40},  Abbreviation{u"tib", u"byte", 1ULL << 40},
    Abbreviation{u"pb", u"byte", 1ULL << 50},  Abbreviation{u"pib", u"byte", 1ULL << 50},
    Abbreviation{u"eb", u"byte", 1ULL << 60},  Abbreviation{u"eib", u"byte", 1ULL << 60},
    Abbreviation{u"hz", u"hertz", 1},          Abbreviation{u"khz", u"hertz", 1'000},
    Abbreviation{u"mhz", u"hertz", 1'000'000}, Abbreviation{u"ghz", u"hertz", 1'000'000'000},
    Abbreviation{u"thz", u"hertz", 1'000'000'000'000},
};
// clang-format on

QString overflowMessage(QStringView text, const QString &baseUnit)
{
    if (baseUnit == u"count"_s)
        return UnitsText::tr("'%1' overflows a 64-bit count").arg(text);
    return UnitsText::tr("'%1' overflows a 64-bit %2 count").arg(text, baseUnit);
}

// Resolves one unit name (already lower-cased, inner whitespace collapsed).
std::expected<ProgrammaticUnit, QString> resolveUnitName(const QString &name, QStringView asWritten)
{
    for (const Abbreviation &abbreviation : kAbbreviations) {
        if (name == abbreviation.name)
            return ProgrammaticUnit { abbreviation.baseUnit.toString(), abbreviation.multiplier };
    }
    if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
        // DSP0004 extension unit "org-id:unit-identifier".
        if (colon == 0 || colon == name.size() - 1 || name.indexOf(u':', colon + 1) >= 0)
            return std::unexpected(UnitsText::tr("unknown unit '%1'").arg(asWritten));
        return ProgrammaticUnit { name, 1 };
    }
    if (auto base = baseUnitOf(name))
        return ProgrammaticUnit { *base, 1 };

    for (const Prefix &prefix : kPrefixes) {
        if (!name.startsWith(prefix.name))
            continue;
        const auto base = baseUnitOf(QStringView(name).sliced(prefix.name.size()));
        if (!base)
            continue;
        if (prefix.kind == PrefixKind::Fraction) {
            return std::unexpected(
                UnitsText::tr("'%1' is a fraction of a %2; fractional units are not supported")
                    .arg(asWritten, *base));
        }
        std::optional<quint64> multiplier;
        if (prefix.kind == PrefixKind::Binary)
            multiplier = checkedPower(1024, quint64(prefix.power));
        else if (*base == u"byte"_s && prefix.power >= 3)
            multiplier = checkedPower(1024, quint64(prefix.power / 3)); // legacy "MegaBytes"
        else
            multiplier = checkedPower(10, quint64(prefix.power));
        if (!multiplier)
            return std::unexpected(overflowMessage(asWritten, *base));
        return ProgrammaticUnit { *base, *multiplier };
    }
    return std::unexpected(UnitsText::tr("unknown unit '%1'").arg(asWritten));
}

class UnitParser
{
public:
    explicit UnitParser(QStringView text)
        : m_text(text.trimmed())
    { }

    std::expected<ProgrammaticUnit, QString> parse()
    {
        if (m_text.isEmpty())
            return std::unexpected(UnitsText::tr("a unit is required"));
        if (m_text.front() == u'-') {
            return std::unexpected(
                UnitsText::tr("'%1': negative units are not supported for sizes").arg(m_text));
        }
        for (;;) {
            if (auto error = parseElement())
                return std::unexpected(*error);
            skipSpace();
            if (atEnd())
                break;
            const QChar c = m_text[m_pos];
            if (c == u'*') {
                ++m_pos;
                skipSpace();
                if (atEnd()) {
                    return std::unexpected(
                        UnitsText::tr("expected a unit or number after '*' in '%1'").arg(m_text));
                }
                continue;
            }
            if (c == u'/') {
                return std::unexpected(
                    UnitsText::tr("'%1': division is not supported for sizes").arg(m_text));
            }
            if (isAsciiDigit(c) || isIdentStart(c)) {
                return std::unexpected(
                    UnitsText::tr("expected '*' before '%1' in '%2'").arg(tokenAt(m_pos), m_text));
            }
            return unexpectedCharacter();
        }
        const QString base = m_baseUnit.isEmpty() ? u"count"_s : m_baseUnit;
        if (m_overflow)
            return std::unexpected(overflowMessage(m_text, base));
        return ProgrammaticUnit { base, m_multiplier };
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    QStringView tokenAt(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_text.size() && (isIdentChar(m_text[end]) || m_text[end] == u'.'))
            ++end;
        return m_text.sliced(from, std::max<qsizetype>(end - from, 1));
    }

    std::unexpected<QString> unexpectedCharacter() const
    {
        return std::unexpected(UnitsText::tr("unexpected '%1' at position %2 in '%3'")
                                   .arg(m_text.sliced(m_pos, 1))
                                   .arg(m_pos + 1)
                                   .arg(m_text));
    }

    void multiply(quint64 factor)
    {
        if (!m_overflow && __builtin_mul_overflow(m_multiplier, factor, &m_multiplier))
            m_overflow = true;
    }

    // Digits at m_pos; saturates to nullopt above 2^64 - 1.
    std::optional<quint64> readDigits()
    {
        std::optional<quint64> value = 0;
        while (!atEnd() && isAsciiDigit(m_text[m_pos])) {
            const quint64 digit = quint64(m_text[m_pos].unicode() - u'0');
            if (value
                && (__builtin_mul_overflow(*value, 10, &*value)
                    || __builtin_add_overflow(*value, digit, &*value))) {
                value.reset();
            }
            ++m_pos;
        }
        return value;
    }

    // After '^': a non-negative whole exponent. Overflowing exponents read as 2^64 - 1.
    std::expected<quint64, QString> parseExponent()
    {
        skipSpace();
        if (!atEnd() && m_text[m_pos] == u'-') {
            return std::unexpected(
                UnitsText::tr("'%1': negative exponents are not supported for sizes").arg(m_text));
        }
        if (atEnd() || !isAsciiDigit(m_text[m_pos])) {
            return std::unexpected(
                UnitsText::tr("expected a number after '^' in '%1'").arg(m_text));
        }
        const auto exponent = readDigits();
        if (!atEnd() && m_text[m_pos] == u'.') {
            return std::unexpected(
                UnitsText::tr("'%1': an exponent must be a whole number").arg(m_text));
        }
        return exponent.value_or(kMaxU64);
    }

    // Looks past spaces for '^'; consumes it when present.
    bool takeCaret()
    {
        const qsizetype saved = m_pos;
        skipSpace();
        if (!atEnd() && m_text[m_pos] == u'^') {
            ++m_pos;
            return true;
        }
        m_pos = saved;
        return false;
    }

    std::optional<QString> parseNumber()
    {
        const qsizetype start = m_pos;
        auto value = readDigits();
        bool fractional = false;
        if (!atEnd() && m_text[m_pos] == u'.') {
            fractional = true;
            ++m_pos;
            readDigits();
        }
        const QStringView number = m_text.sliced(start, m_pos - start);
        if (takeCaret()) {
            if (fractional) {
                return UnitsText::tr("'%1': only whole numbers can be raised to a power ('%2^')")
                    .arg(m_text, number);
            }
            const auto exponent = parseExponent();
            if (!exponent)
                return exponent.error();
            if (!value) {
                m_overflow = m_overflow || *exponent > 0;
                return std::nullopt;
            }
            if (*value == 0 && *exponent > 0)
                return UnitsText::tr("'%1' has a zero factor").arg(m_text);
            if (const auto power = checkedPower(*value, *exponent))
                multiply(*power);
            else
                m_overflow = true;
            return std::nullopt;
        }
        if (fractional) {
            return UnitsText::tr("'%1': the factor %2 is not a whole number").arg(m_text, number);
        }
        if (!value) {
            m_overflow = true;
            return std::nullopt;
        }
        if (*value == 0)
            return UnitsText::tr("'%1' has a zero factor").arg(m_text);
        multiply(*value);
        return std::nullopt;
    }

    std::optional<QString> parseName()
    {
        const qsizetype start = m_pos;
        QString name;
        for (;;) {
            while (!atEnd() && isIdentChar(m_text[m_pos]))
                name += m_text[m_pos++].toLower();
            // DSP0004 unit names may hold spaces between words ("degree celsius").
            qsizetype next = m_pos;
            while (next < m_text.size() && m_text[next].isSpace())
                ++next;
            if (next == m_pos || next >= m_text.size() || !isIdentStart(m_text[next]))
                break;
            name += u' ';
            m_pos = next;
        }
        const QStringView asWritten = m_text.sliced(start, m_pos - start);
        const auto unit = resolveUnitName(name, asWritten);
        if (!unit)
            return unit.error();
        if (takeCaret()) {
            const auto exponent = parseExponent();
            if (!exponent)
                return exponent.error();
            if (*exponent != 1) {
                return UnitsText::tr("'%1': powers of a unit such as '%2^%3' are not supported")
                    .arg(m_text, asWritten)
                    .arg(*exponent);
            }
        }
        if (!m_baseUnit.isEmpty()) {
            return UnitsText::tr("'%1' combines the units %2 and %3; only one unit is supported")
                .arg(m_text, m_baseUnit, unit->baseUnit);
        }
        m_baseUnit = unit->baseUnit;
        multiply(unit->multiplier);
        return std::nullopt;
    }

    // One factor: a number, number^exponent or a unit name.
    std::optional<QString> parseElement()
    {
        skipSpace();
        const QChar c = m_text[m_pos];
        if (isAsciiDigit(c))
            return parseNumber();
        if (isIdentStart(c))
            return parseName();
        if (c == u'-') {
            return UnitsText::tr("'%1': negative factors are not supported for sizes").arg(m_text);
        }
        return unexpectedCharacter().error();
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_baseUnit;
    quint64 m_multiplier = 1;
    bool m_overflow = false;
};

} // namespace

std::expected<ProgrammaticUnit, QString> parseProgrammaticUnit(QStringView text)
{
    return UnitParser(text).parse();
}

std::expected<quint64, QString> scaleValue(quint64 value, const ProgrammaticUnit &unit)
{
    quint64 product = 0;
    if (__builtin_mul_overflow(value, unit.multiplier, &product)) {
        return std::unexpected(UnitsText::tr("%1 × %2 exceeds the largest 64-bit value, %3")
                                   .arg(QString::number(value), QString::number(unit.multiplier),
                                       QString::number(kMaxU64)));
    }
    return product;
}

std::expected<quint64, QString> parseUnsignedDecimal(QStringView text)
{
    if (text.isEmpty())
        return std::unexpected(UnitsText::tr("a number is required"));
    if (text.contains(u"${"))
        return std::unexpected(UnitsText::tr("'%1' is a placeholder, not a number").arg(text));
    if (text.front() == u'-' || text.front() == u'+') {
        return std::unexpected(
            UnitsText::tr("'%1' has a sign; only the digits 0-9 are allowed").arg(text));
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            return std::unexpected(
                UnitsText::tr("'%1' contains whitespace; only the digits 0-9 are allowed")
                    .arg(text));
        }
    }
    for (const QChar c : text) {
        if (c == u'.' || c == u',') {
            return std::unexpected(
                UnitsText::tr("'%1' is not a whole number; only the digits 0-9 are allowed")
                    .arg(text));
        }
        if (!isAsciiDigit(c)) {
            return std::unexpected(
                UnitsText::tr("'%1' is not a decimal number; only the digits 0-9 are allowed")
                    .arg(text));
        }
    }
    quint64 value = 0;
    bool overflow = text.size() > 20;
    for (qsizetype i = 0; i < text.size() && !overflow; ++i) {
        const quint64 digit = quint64(text[i].unicode() - u'0');
        overflow = __builtin_mul_overflow(value, 10, &value)
            || __builtin_add_overflow(value, digit, &value);
    }
    if (overflow) {
        return std::unexpected(UnitsText::tr("'%1' exceeds the largest 64-bit value, %2")
                                   .arg(text, QString::number(kMaxU64)));
    }
    return value;
}

std::expected<quint64, QString> parseByteQuantity(QStringView value, QStringView allocationUnits)
{
    const auto number = parseUnsignedDecimal(value);
    if (!number)
        return std::unexpected(number.error());
    ProgrammaticUnit unit { u"byte"_s, 1 };
    if (!allocationUnits.trimmed().isEmpty()) {
        auto parsed = parseProgrammaticUnit(allocationUnits);
        if (!parsed)
            return std::unexpected(parsed.error());
        if (parsed->baseUnit != u"byte"_s) {
            return std::unexpected(
                UnitsText::tr("'%1' is not a unit of bytes (its base unit is %2)")
                    .arg(allocationUnits.trimmed(), parsed->baseUnit));
        }
        unit = std::move(*parsed);
    }
    return scaleValue(*number, unit);
}

std::expected<quint64, QString> parseByteSize(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype digits = 0;
    while (digits < t.size() && t[digits].isDigit() && t[digits].unicode() < 128)
        ++digits;
    if (digits == 0)
        return std::unexpected(UnitsText::tr("'%1' is not a size: it starts with a number, e.g. 512MiB or 2GiB").arg(t));
    const QStringView unit = t.mid(digits).trimmed();
    if (unit.isEmpty())
        return std::unexpected(UnitsText::tr("'%1' has no unit: write it as e.g. %1MiB or %1GiB").arg(t));
    return parseByteQuantity(t.left(digits), unit);
}

QString formatByteSize(quint64 bytes, const QLocale &locale)
{
    static constexpr std::array<QStringView, 7> kNames
        = { u"B", u"KiB", u"MiB", u"GiB", u"TiB", u"PiB", u"EiB" };
    const bool c = locale.language() == QLocale::C;
    // The unit as the locale names it: formattedDataSize picks the unit of 1024^power for
    // exactly 1024^power bytes and writes "<number> <unit>".
    const auto unit = [&](std::size_t power) {
        if (c)
            return kNames[power].toString();
        const QString one = locale.formattedDataSize(power ? qint64(1) << (10 * power) : 0, 0, QLocale::DataSizeIecFormat);
        return one.mid(one.indexOf(u' ') + 1);
    };
    if (bytes < 1024)
        return u"%1 %2"_s.arg(locale.toString(bytes), unit(0));
    std::size_t index = 1;
    while (index + 1 < kNames.size() && bytes >= (quint64(1) << (10 * (index + 1))))
        ++index;
    __extension__ using U128 = unsigned __int128;
    auto tenths = [bytes](std::size_t i) {
        const U128 scale = U128(1) << (10 * i);
        return quint64((U128(bytes) * 10 + scale / 2) / scale);
    };
    quint64 rounded = tenths(index);
    if (rounded >= 10240 && index + 1 < kNames.size())
        rounded = tenths(++index);
    // rounded < 163840: exact as a double, so 'f' with one decimal writes it back unchanged.
    return u"%1 %2"_s.arg(locale.toString(double(rounded) / 10.0, 'f', 1), unit(index));
}

} // namespace ovf
