#include "model/ovf/propertytype.h"

#include "model/ovf/asciichars.h"
#include "model/ovf/units.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

struct TypeText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::PropertyType)
};

__extension__ typedef __int128 Int128;

// Indexed by PropertyType.
// clang-format off
constexpr std::array<QStringView, 14> kTypeNames = {
    u"uint8", u"sint8", u"uint16", u"sint16", u"uint32", u"sint32", u"uint64", u"sint64",
    u"boolean", u"string", u"real32", u"real64", u"char16", u"datetime",
};
// clang-format on

QString toText(Int128 v)
{
    return v < 0 ? u"-"_s + QString::number(quint64(-v)) : QString::number(quint64(v));
}

struct IntRange
{
    Int128 min;
    Int128 max;
};

// The range of an integer type: uint8, sint8, uint16, ... have 8, 8, 16, ... bits.
IntRange integerRange(PropertyType type)
{
    const int bits = 8 << (int(type) / 2);
    if (int(type) % 2 == 0)
        return { 0, (Int128(1) << bits) - 1 };
    return { -(Int128(1) << (bits - 1)), (Int128(1) << (bits - 1)) - 1 };
}

// An integer of `type`; the error is a sentence quoting `text`.
std::expected<Int128, QString> parseInteger(PropertyType type, QStringView text)
{
    const QString typeName = propertyTypeName(type);
    if (text.isEmpty())
        return std::unexpected(TypeText::tr("a value is required"));
    const bool negative = text.front() == u'-';
    const QStringView digits = negative ? text.sliced(1) : text;
    if (text.front() == u'+') {
        return std::unexpected(
            TypeText::tr("'%1' is not a valid %2 value: leave out the '+'").arg(text, typeName));
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); })) {
        return std::unexpected(
            TypeText::tr("'%1' is not a valid %2 value: it contains spaces").arg(text, typeName));
    }
    if (!allAsciiDigits(digits))
        return std::unexpected(TypeText::tr("'%1' is not a whole number").arg(text));
    Int128 magnitude = 0;
    for (const QChar c : digits) {
        if (magnitude < (Int128(1) << 80)) // saturate far outside every type's range
            magnitude = magnitude * 10 + (c.unicode() - u'0');
    }
    const IntRange range = integerRange(type);
    if (negative && range.min == 0 && magnitude == 0) {
        return std::unexpected(
            TypeText::tr("'%1' is not a valid %2 value: unsigned values take no sign")
                .arg(text, typeName));
    }
    const Int128 value = negative ? -magnitude : magnitude;
    if (value < range.min) {
        return std::unexpected(TypeText::tr("%1 is below the smallest %2 value, %3")
                                   .arg(text, typeName, toText(range.min)));
    }
    if (value > range.max) {
        return std::unexpected(TypeText::tr("%1 is above the largest %2 value, %3")
                                   .arg(text, typeName, toText(range.max)));
    }
    return value;
}

// A value in the XML Schema float/double lexical space, within the range of `type`.
std::expected<double, QString> parseReal(PropertyType type, QStringView text)
{
    if (text.isEmpty())
        return std::unexpected(TypeText::tr("a value is required"));
    if (text == u"INF")
        return HUGE_VAL;
    if (text == u"-INF")
        return -HUGE_VAL;
    if (text == u"NaN")
        return std::nan("");
    const auto notReal
        = [&] { return std::unexpected(TypeText::tr("'%1' is not a real number").arg(text)); };
    qsizetype i = 0;
    if (text[i] == u'+' || text[i] == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    const QStringView intPart = text.sliced(intStart, i - intStart);
    QStringView fracPart;
    if (i < text.size() && text[i] == u'.') {
        const qsizetype fracStart = ++i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        fracPart = text.sliced(fracStart, i - fracStart);
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return notReal();
    qint64 exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        const bool negativeExponent = i < text.size() && text[i] == u'-';
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        const QStringView expDigits = text.sliced(i);
        if (!allAsciiDigits(expDigits))
            return notReal();
        for (const QChar c : expDigits)
            exponent = std::min<qint64>(exponent * 10 + (c.unicode() - u'0'), 1'000'000);
        exponent = negativeExponent ? -exponent : exponent;
        i = text.size();
    }
    if (i != text.size())
        return notReal();

    const QByteArray ascii = (text.front() == u'+' ? text.sliced(1) : text).toLatin1();
    double value = 0;
    const auto [end, ec] = std::from_chars(
        ascii.constData(), ascii.constData() + ascii.size(), value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        // Too large or too small for a double: tell which by the decimal exponent.
        qsizetype zeros = 0;
        while (zeros < intPart.size() && intPart[zeros] == u'0')
            ++zeros;
        qint64 e10 = intPart.size() - zeros - 1 + exponent;
        if (zeros == intPart.size()) {
            qsizetype j = 0;
            while (j < fracPart.size() && fracPart[j] == u'0')
                ++j;
            e10 = exponent - j - 1;
        }
        const bool huge = e10 >= 0;
        if (!huge)
            return text.front() == u'-' ? -0.0 : 0.0;
        return std::unexpected(
            TypeText::tr("%1 is outside the real64 range (about ±1.8e308)").arg(text));
    }
    if (ec != std::errc() || end != ascii.constData() + ascii.size())
        return notReal();
    // Values from 2^128 - 2^103 upward round to infinity as a float (IEEE 754 binary32).
    if (type == PropertyType::Real32 && std::fabs(value) >= 0x1.ffffffp127) {
        return std::unexpected(
            TypeText::tr("%1 is outside the real32 range (about ±3.4e38)").arg(text));
    }
    return value;
}

qsizetype codePointCount(QStringView s)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[std::size_t(month - 1)];
}

// Why `v` is not a CIM datetime (DSP0004 §5.2.4), or nullopt.
std::optional<QString> dateTimeProblem(QStringView v)
{
    const QString format = TypeText::tr(
        "'%1' is not a CIM datetime: use yyyymmddhhmmss.mmmmmmsutc "
        "(for example 20240131235959.000000+000) or an interval ddddddddhhmmss.mmmmmm:000")
                               .arg(v);
    if (v.size() != 25 || v[14] != u'.')
        return format;
    const bool interval = v[21] == u':';
    if (interval ? v.sliced(22) != u"000"
                 : (v[21] != u'+' && v[21] != u'-') || !allAsciiDigits(v.sliced(22)))
        return format;
    bool masked = false; // once a field is '*', every later one must be too
    for (qsizetype i = 0; i < 21; ++i) {
        if (i == 14)
            continue;
        if (v[i] == u'*')
            masked = true;
        else if (masked || !isAsciiDigit(v[i]))
            return format;
    }
    const auto field = [&](qsizetype from, qsizetype length) -> std::optional<int> {
        const QStringView s = v.sliced(from, length);
        return allAsciiDigits(s) ? std::optional<int>(s.toInt()) : std::nullopt;
    };
    const auto outOfRange = [&](const QString &what, qsizetype from, qsizetype length) {
        return TypeText::tr("'%1' is not a valid CIM datetime: the %2 %3 is out of range")
            .arg(v, what, v.sliced(from, length));
    };
    if (!interval) {
        const auto year = field(0, 4);
        const auto month = field(4, 2);
        const auto day = field(6, 2);
        if (month && (*month < 1 || *month > 12))
            return outOfRange(TypeText::tr("month"), 4, 2);
        const int maxDay = year && month ? daysInMonth(*year, *month) : 31;
        if (day && (*day < 1 || *day > maxDay))
            return outOfRange(TypeText::tr("day"), 6, 2);
    }
    if (const auto hour = field(8, 2); hour && *hour > 23)
        return outOfRange(TypeText::tr("hour"), 8, 2);
    if (const auto minute = field(10, 2); minute && *minute > 59)
        return outOfRange(TypeText::tr("minute"), 10, 2);
    if (const auto second = field(12, 2); second && *second > 59)
        return outOfRange(TypeText::tr("second"), 12, 2);
    return std::nullopt;
}

ValueCheck invalid(QString reason)
{
    return ValueCheck { false, std::move(reason) };
}

QString choicesText(const QList<ValueMapEntry> &entries)
{
    constexpr qsizetype kShown = 10;
    QStringList shown;
    for (qsizetype i = 0; i < entries.size() && i < kShown; ++i)
        shown << entries[i].value;
    QString text = shown.join(u", "_s);
    if (entries.size() > kShown)
        text = TypeText::tr("%1 (and %2 more)").arg(text).arg(entries.size() - kShown);
    return text;
}

bool inValueMap(PropertyType type, const QList<ValueMapEntry> &entries, QStringView value)
{
    const auto integer = isIntegerType(type) ? parseInteger(type, value) : Int128(0);
    const auto real = isRealType(type) ? parseReal(type, value) : 0.0;
    for (const ValueMapEntry &entry : entries) {
        if (isIntegerType(type)) {
            const auto &v = integer;
            if (!v)
                return false;
            if (entry.isRange()) {
                const IntRange range = integerRange(type);
                const auto low = entry.rangeLow ? parseInteger(type, *entry.rangeLow) : range.min;
                const auto high
                    = entry.rangeHigh ? parseInteger(type, *entry.rangeHigh) : range.max;
                if (low && high && *low <= *v && *v <= *high)
                    return true;
            } else if (const auto e = parseInteger(type, entry.value); e && *e == *v) {
                return true;
            }
        } else if (isRealType(type)) {
            const auto e = parseReal(type, entry.value);
            if (real && e && *real == *e)
                return true;
        } else if (type == PropertyType::Boolean) {
            if (value.compare(entry.value, Qt::CaseInsensitive) == 0)
                return true;
        } else if (value == entry.value) {
            return true;
        }
    }
    return false;
}


} // namespace

QString propertyTypeName(PropertyType type)
{
    return kTypeNames[std::size_t(type)].toString();
}

QStringList allPropertyTypeNames()
{
    using T = PropertyType;
    QStringList names;
    for (T t : { T::String, T::Boolean, T::UInt8, T::SInt8, T::UInt16, T::SInt16, T::UInt32,
             T::SInt32, T::UInt64, T::SInt64, T::Real32, T::Real64, T::Char16, T::DateTime })
        names << propertyTypeName(t);
    return names;
}

bool isIntegerType(PropertyType type)
{
    return type <= PropertyType::SInt64;
}

bool isRealType(PropertyType type)
{
    return type == PropertyType::Real32 || type == PropertyType::Real64;
}

std::expected<ParsedType, QString> parsePropertyType(QStringView text)
{
    const QStringView name = text.trimmed();
    if (name.isEmpty())
        return std::unexpected(TypeText::tr("a property type is required"));
    QString warning;
    if (name.size() != text.size())
        warning = TypeText::tr("the type '%1' has surrounding spaces").arg(text);
    const auto addWarning
        = [&warning](const QString &w) { warning = warning.isEmpty() ? w : warning + u"; "_s + w; };
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        const QStringView canonical = kTypeNames[i];
        if (name.compare(canonical, Qt::CaseInsensitive) != 0)
            continue;
        if (name != canonical)
            addWarning(TypeText::tr("'%1' should be written '%2'").arg(name, canonical));
        return ParsedType { PropertyType(i), warning };
    }
    if (name.compare(u"int", Qt::CaseInsensitive) == 0) {
        addWarning(TypeText::tr("'%1' is a VMware spelling; read as sint32").arg(name));
        return ParsedType { PropertyType::SInt32, warning };
    }
    const QString lower = name.toString().toLower();
    if (lower == u"password"_s) {
        return std::unexpected(TypeText::tr("'%1' is not a property type: use ovf:type=\"string\" "
                                            "with ovf:password=\"true\"")
                                   .arg(name));
    }
    if (lower == u"ip"_s || lower.startsWith(u"ip:"_s)) {
        return std::unexpected(TypeText::tr("'%1' is a VMware vApp type, not an OVF one: an IP "
                                            "address is a string property")
                                   .arg(name));
    }
    // vSphere vApp type syntax: "string[a,b]", "string(1..8)", "int(1..8)", "real", "real(..)".
    for (const auto &[prefix, hint] :
        { std::pair { u"string"_s, TypeText::tr("use string with ValueMap{...} or MinLen/MaxLen") },
            std::pair { u"int"_s, TypeText::tr("use sint32 with MinValue/MaxValue") },
            std::pair { u"real"_s, TypeText::tr("use real64 with MinValue/MaxValue") } }) {
        const QString rest = lower.mid(prefix.size());
        if (lower.startsWith(prefix) && (rest.isEmpty() || rest[0] == u'[' || rest[0] == u'(')) {
            return std::unexpected(
                TypeText::tr("'%1' is a VMware vApp type, not an OVF one: %2").arg(name, hint));
        }
    }
    return std::unexpected(TypeText::tr("unknown property type '%1'; valid types are: %2")
                               .arg(name, allPropertyTypeNames().join(u", "_s)));
}


ValueCheck checkPropertyValue(PropertyType type, const Qualifiers &q, QStringView value)
{
    if (value.isEmpty() && type != PropertyType::String)
        return invalid(TypeText::tr("a value is required"));

    if (isIntegerType(type)) {
        const auto v = parseInteger(type, value);
        if (!v)
            return invalid(v.error());
        if (q.minValue) {
            if (const auto min = parseInteger(type, *q.minValue); min && *v < *min)
                return invalid(TypeText::tr("%1 is below the minimum, %2").arg(value, *q.minValue));
        }
        if (q.maxValue) {
            if (const auto max = parseInteger(type, *q.maxValue); max && *v > *max)
                return invalid(TypeText::tr("%1 is above the maximum, %2").arg(value, *q.maxValue));
        }
    } else if (isRealType(type)) {
        const auto v = parseReal(type, value);
        if (!v)
            return invalid(v.error());
        const auto min
            = q.minValue ? parseReal(type, *q.minValue) : std::expected<double, QString>();
        const auto max
            = q.maxValue ? parseReal(type, *q.maxValue) : std::expected<double, QString>();
        if (std::isnan(*v) && ((q.minValue && min) || (q.maxValue && max))) {
            return invalid(TypeText::tr("NaN is outside the allowed range"));
        }
        if (q.minValue && min && *v < *min)
            return invalid(TypeText::tr("%1 is below the minimum, %2").arg(value, *q.minValue));
        if (q.maxValue && max && *v > *max)
            return invalid(TypeText::tr("%1 is above the maximum, %2").arg(value, *q.maxValue));
    } else if (type == PropertyType::Boolean) {
        if (value.compare(u"true", Qt::CaseInsensitive) != 0
            && value.compare(u"false", Qt::CaseInsensitive) != 0) {
            return invalid(TypeText::tr("'%1' is not a boolean: use true or false").arg(value));
        }
    } else if (type == PropertyType::String) {
        const qsizetype length = codePointCount(value);
        if (q.minLen && quint64(length) < *q.minLen) {
            return invalid(*q.minLen == 1
                    ? TypeText::tr("at least 1 character is required (%1 given)").arg(length)
                    : TypeText::tr("at least %1 characters are required (%2 given)")
                          .arg(*q.minLen)
                          .arg(length));
        }
        if (q.maxLen && quint64(length) > *q.maxLen) {
            return invalid(*q.maxLen == 1
                    ? TypeText::tr("at most 1 character is allowed (%1 given)").arg(length)
                    : TypeText::tr("at most %1 characters are allowed (%2 given)")
                          .arg(*q.maxLen)
                          .arg(length));
        }
    } else if (type == PropertyType::Char16) {
        if (value.size() == 2 && value[0].isHighSurrogate() && value[1].isLowSurrogate()) {
            return invalid(TypeText::tr("'%1' lies outside the Basic Multilingual Plane, "
                                        "which a char16 cannot hold")
                               .arg(value));
        }
        if (value.size() != 1 || value[0].isSurrogate()) {
            return invalid(TypeText::tr("'%1' is not a single character (%2 given)")
                               .arg(value)
                               .arg(codePointCount(value)));
        }
    } else if (type == PropertyType::DateTime) {
        if (auto problem = dateTimeProblem(value))
            return invalid(*problem);
    }

    if (q.valueMap && !inValueMap(type, *q.valueMap, value)) {
        return invalid(TypeText::tr("'%1' is not allowed: it must be one of: %2")
                           .arg(value, choicesText(*q.valueMap)));
    }
    return {};
}

QStringList checkQualifiersForType(PropertyType type, const Qualifiers &q)
{
    QStringList problems;
    const QString typeName = propertyTypeName(type);
    const bool numeric = isIntegerType(type) || isRealType(type);
    if (type != PropertyType::String) {
        if (q.minLen)
            problems << TypeText::tr("MinLen applies only to string properties, not to %1")
                            .arg(typeName);
        if (q.maxLen)
            problems << TypeText::tr("MaxLen applies only to string properties, not to %1")
                            .arg(typeName);
    } else if (q.minLen && q.maxLen && *q.minLen > *q.maxLen) {
        problems << TypeText::tr("MinLen(%1) is greater than MaxLen(%2), so no value fits")
                        .arg(*q.minLen)
                        .arg(*q.maxLen);
    }

    const auto numberCheck = [&](const QString &text) -> std::optional<QString> {
        if (isIntegerType(type)) {
            const auto v = parseInteger(type, text);
            return v ? std::nullopt : std::optional<QString>(v.error());
        }
        const auto v = parseReal(type, text);
        if (v && std::isnan(*v))
            return TypeText::tr("NaN cannot bound a range");
        return v ? std::nullopt : std::optional<QString>(v.error());
    };
    bool boundsValid = true;
    for (const auto &[bound, name] :
        { std::pair { &q.minValue, u"MinValue"_s }, std::pair { &q.maxValue, u"MaxValue"_s } }) {
        if (!*bound)
            continue;
        if (!numeric) {
            problems << TypeText::tr("%1 applies only to numeric properties, not to %2")
                            .arg(name, typeName);
            boundsValid = false;
        } else if (const auto problem = numberCheck(**bound)) {
            problems << TypeText::tr("%1(%2) is not a valid %3 value: %4")
                            .arg(name, **bound, typeName, *problem);
            boundsValid = false;
        }
    }
    if (boundsValid && q.minValue && q.maxValue) {
        bool reversed = false;
        if (isIntegerType(type))
            reversed = *parseInteger(type, *q.minValue) > *parseInteger(type, *q.maxValue);
        else
            reversed = *parseReal(type, *q.minValue) > *parseReal(type, *q.maxValue);
        if (reversed) {
            problems << TypeText::tr("MinValue(%1) is greater than MaxValue(%2), so no value fits")
                            .arg(*q.minValue, *q.maxValue);
        }
    }

    if (!q.valueMap)
        return problems;
    if (q.valueMap->isEmpty()) {
        problems << TypeText::tr("ValueMap is empty, so no value is allowed");
        return problems;
    }
    Qualifiers bounds = q;
    bounds.valueMap.reset();
    QSet<QString> seen;
    QSet<QString> reported;
    for (const ValueMapEntry &entry : *q.valueMap) {
        QString key = entry.value;
        if (entry.isRange() && isIntegerType(type)) {
            const IntRange range = integerRange(type);
            const auto low = entry.rangeLow ? parseInteger(type, *entry.rangeLow) : range.min;
            const auto high = entry.rangeHigh ? parseInteger(type, *entry.rangeHigh) : range.max;
            for (const auto *end : { &low, &high }) {
                if (!*end) {
                    problems << TypeText::tr("ValueMap range '%1' is not valid for %2: %3")
                                    .arg(entry.value, typeName, end->error());
                }
            }
            if (low && high && *low > *high) {
                problems << TypeText::tr("ValueMap range '%1' is reversed, so it allows nothing")
                                .arg(entry.value);
            }
            if (low && high)
                key = toText(*low) + u".."_s + toText(*high);
        } else {
            const ValueCheck typeOnly = checkPropertyValue(type, Qualifiers {}, entry.value);
            if (!typeOnly.valid) {
                problems << TypeText::tr("ValueMap entry '%1' is not a valid %2 value: %3")
                                .arg(entry.value, typeName, typeOnly.reason);
                continue;
            }
            if (const ValueCheck bounded = checkPropertyValue(type, bounds, entry.value);
                !bounded.valid) {
                problems << TypeText::tr("ValueMap entry '%1' can never be chosen: %2")
                                .arg(entry.value, bounded.reason);
            }
            if (isIntegerType(type))
                key = toText(*parseInteger(type, entry.value));
            else if (isRealType(type))
                key = QString::number(*parseReal(type, entry.value), 'g', 17);
            else if (type == PropertyType::Boolean)
                key = entry.value.toLower();
        }
        if (seen.contains(key)) {
            if (!reported.contains(key))
                problems << TypeText::tr("ValueMap lists '%1' more than once").arg(entry.value);
            reported << key;
        }
        seen << key;
    }
    return problems;
}

AuthoredValueCheck checkAuthoredValue(PropertyType type, const Qualifiers &q, QStringView value, bool userConfigurable)
{
    using V = AuthoredValueCheck::Verdict;
    const QStringView t = value.trimmed();
    if (t.startsWith(u"${") && t.endsWith(u'}') && t.indexOf(u'}') == t.size() - 1)
        return {};
    if (value.isEmpty()) {
        if (userConfigurable)
            return {};
        if (type != PropertyType::String)
            return {V::Warning, TypeText::tr("the value is empty and the property is not user-configurable, so the "
                                             "guest receives an empty value")};
        const ValueCheck check = checkPropertyValue(type, q, value);
        if (check.valid)
            return {};
        return {V::Error, TypeText::tr("the value is empty and the property is not user-configurable, but %1")
                              .arg(check.reason)};
    }
    const ValueCheck check = checkPropertyValue(type, q, value);
    return check.valid ? AuthoredValueCheck{} : AuthoredValueCheck{V::Error, check.reason};
}

} // namespace ovf
