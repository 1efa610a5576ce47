// Property types, qualifiers and value checks (DSP0243 §9.5, DSP0004 qualifiers).
#include "model/ovf/propertytype.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::PropertyType;

Q_DECLARE_METATYPE(ovf::PropertyType)
Q_DECLARE_METATYPE(ovf::Qualifiers)

namespace {

using T = PropertyType;

void verifyMentions(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!text.contains(needle))
            QFAIL(qPrintable(u"'%1' does not contain '%2'"_s.arg(text, needle)));
    }
}

// A readable rendering of Qualifiers, so a failed comparison shows the difference.
QString describe(const ovf::Qualifiers &q)
{
    QStringList parts;
    if (q.minLen)
        parts << u"minLen=%1"_s.arg(*q.minLen);
    if (q.maxLen)
        parts << u"maxLen=%1"_s.arg(*q.maxLen);
    if (q.minValue)
        parts << u"minValue=[%1]"_s.arg(*q.minValue);
    if (q.maxValue)
        parts << u"maxValue=[%1]"_s.arg(*q.maxValue);
    if (q.valueMap) {
        QStringList entries;
        for (const ovf::ValueMapEntry &e : *q.valueMap) {
            entries << u"[%1]"_s.arg(e.value);
            if (e.isRange())
                entries.last() += u"(%1..%2)"_s.arg(
                    e.rangeLow.value_or(u"open"_s), e.rangeHigh.value_or(u"open"_s));
        }
        parts << u"valueMap={%1}"_s.arg(entries.join(u", "_s));
    }
    if (!q.unknown.isEmpty())
        parts << u"unknown=[%1]"_s.arg(q.unknown.join(u"|"_s));
    return parts.join(u"; "_s);
}

QList<ovf::ValueMapEntry> literals(const QStringList &values)
{
    QList<ovf::ValueMapEntry> entries;
    for (const QString &v : values)
        entries << ovf::ValueMapEntry { v, std::nullopt, std::nullopt };
    return entries;
}

} // namespace

class TestPropertyType : public QObject
{
    Q_OBJECT

private slots:
    void typeNames();
    void parseType_data();
    void parseType();
    void parseQualifiers_data();
    void parseQualifiers();
    void qualifierErrors_data();
    void qualifierErrors();
    void checkValue_data();
    void checkValue();
    void qualifiersForType_data();
    void qualifiersForType();
};

void TestPropertyType::typeNames()
{
    const QStringList names = ovf::allPropertyTypeNames();
    QCOMPARE(names.size(), 14);
    QCOMPARE(names.first(), u"string"_s);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 14);
    for (int i = 0; i <= int(T::DateTime); ++i) {
        const QString name = ovf::propertyTypeName(T(i));
        QVERIFY2(names.contains(name), qPrintable(name));
        const auto parsed = ovf::parsePropertyType(name);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->type, T(i));
        QVERIFY(parsed->warning.isEmpty());
    }
    QCOMPARE(ovf::propertyTypeName(T::UInt8), u"uint8"_s);
    QCOMPARE(ovf::propertyTypeName(T::SInt64), u"sint64"_s);
    QCOMPARE(ovf::propertyTypeName(T::DateTime), u"datetime"_s);
    QVERIFY(ovf::isIntegerType(T::SInt64) && !ovf::isIntegerType(T::Boolean));
    QVERIFY(ovf::isRealType(T::Real32) && !ovf::isRealType(T::UInt8));
}

void TestPropertyType::parseType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<QStringList>("needles"); // in the warning when ok, in the error otherwise

    QTest::addRow("uint8") << u"uint8"_s << true << T::UInt8 << QStringList();
    QTest::addRow("real64") << u"real64"_s << true << T::Real64 << QStringList();
    QTest::addRow("char16") << u"char16"_s << true << T::Char16 << QStringList();
    QTest::addRow("String") << u"String"_s << true << T::String
                            << QStringList { u"'String' should be written 'string'"_s };
    QTest::addRow("Boolean") << u"Boolean"_s << true << T::Boolean
                             << QStringList { u"'Boolean' should be written 'boolean'"_s };
    QTest::addRow("UINT16") << u"UINT16"_s << true << T::UInt16 << QStringList { u"'uint16'"_s };
    QTest::addRow("DateTime") << u"DateTime"_s << true << T::DateTime
                              << QStringList { u"'datetime'"_s };
    QTest::addRow("int") << u"int"_s << true << T::SInt32
                         << QStringList { u"'int'"_s, u"VMware"_s, u"sint32"_s };
    QTest::addRow("Int") << u"Int"_s << true << T::SInt32 << QStringList { u"'Int'"_s };
    QTest::addRow("spaces") << u" string "_s << true << T::String
                            << QStringList { u"surrounding spaces"_s };
    QTest::addRow("spaces and case") << u" Boolean"_s << true << T::Boolean
                                     << QStringList { u"surrounding spaces"_s, u"'boolean'"_s };

    QTest::addRow("empty") << QString() << false << T::String
                           << QStringList { u"a property type is required"_s };
    QTest::addRow("password") << u"password"_s << false << T::String
                              << QStringList { u"'password' is not a property type"_s,
                                     u"ovf:password=\"true\""_s };
    QTest::addRow("nosuchtype") << u"nosuchtype"_s << false << T::String
                                << QStringList { u"unknown property type 'nosuchtype'"_s,
                                       u"uint8"_s, u"real64"_s, u"datetime"_s };
    QTest::addRow("uint128") << u"uint128"_s << false << T::String
                             << QStringList { u"unknown property type 'uint128'"_s };
    QTest::addRow("ip") << u"ip"_s << false << T::String
                        << QStringList { u"'ip' is a VMware vApp type"_s, u"string"_s };
    QTest::addRow("ip:network") << u"ip:VM Network"_s << false << T::String
                                << QStringList { u"'ip:VM Network' is a VMware vApp type"_s };
    QTest::addRow("string[...]") << u"string[dhcp,static]"_s << false << T::String
                                 << QStringList { u"'string[dhcp,static]'"_s, u"ValueMap"_s };
    QTest::addRow("int(..)") << u"int(1..10)"_s << false << T::String
                             << QStringList { u"'int(1..10)'"_s, u"MinValue"_s };
    QTest::addRow("real") << u"real"_s << false << T::String
                          << QStringList { u"'real' is a VMware vApp type"_s, u"real64"_s };
    QTest::addRow("string(..)") << u"string(1..8)"_s << false << T::String
                                << QStringList { u"'string(1..8)'"_s, u"MinLen/MaxLen"_s };
    QTest::addRow("stringy") << u"strings"_s << false << T::String
                             << QStringList { u"unknown property type 'strings'"_s };
}

void TestPropertyType::parseType()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(PropertyType, type);
    QFETCH(QStringList, needles);

    const auto parsed = ovf::parsePropertyType(text);
    QVERIFY2(parsed.has_value() == ok, qPrintable(parsed ? parsed->warning : parsed.error()));
    if (ok) {
        QCOMPARE(parsed->type, type);
        QCOMPARE(parsed->warning.isEmpty(), needles.isEmpty());
        verifyMentions(parsed->warning, needles);
    } else {
        verifyMentions(parsed.error(), needles);
    }
}

void TestPropertyType::parseQualifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ovf::Qualifiers>("expected");

    const auto lengths = [](std::optional<quint64> min, std::optional<quint64> max) {
        ovf::Qualifiers q;
        q.minLen = min;
        q.maxLen = max;
        return q;
    };
    const auto values = [](std::optional<QString> min, std::optional<QString> max) {
        ovf::Qualifiers q;
        q.minValue = min;
        q.maxValue = max;
        return q;
    };
    const auto map = [](const QList<ovf::ValueMapEntry> &entries) {
        ovf::Qualifiers q;
        q.valueMap = entries;
        return q;
    };

    QTest::addRow("empty") << QString() << ovf::Qualifiers {};
    QTest::addRow("blank") << u"  "_s << ovf::Qualifiers {};
    QTest::addRow("MinLen(1),MaxLen(253)") << u"MinLen(1),MaxLen(253)"_s << lengths(1, 253);
    QTest::addRow("MaxLen(65535)") << u"MaxLen(65535)"_s << lengths(std::nullopt, 65535);
    QTest::addRow("MinLen(0),MaxLen(65535)") << u"MinLen(0),MaxLen(65535)"_s << lengths(0, 65535);
    QTest::addRow("spaces everywhere") << u"  MinLen ( 8 ) ,MaxLen(128)  "_s << lengths(8, 128);
    QTest::addRow("lower case") << u"minlen(2),MAXLEN(3)"_s << lengths(2, 3);
    QTest::addRow("MinValue(1),MaxValue(4)")
        << u"MinValue(1),MaxValue(4)"_s << values(u"1"_s, u"4"_s);
    QTest::addRow("spaced comma") << u"MinValue(0) , MaxValue(65535)"_s
                                  << values(u"0"_s, u"65535"_s);
    QTest::addRow("space separated")
        << u"MinValue(1) MaxValue(10000)"_s << values(u"1"_s, u"10000"_s);
    QTest::addRow("real bounds") << u"MinValue( -5 ),MaxValue(1.5e3)"_s
                                 << values(u"-5"_s, u"1.5e3"_s);
    QTest::addRow("quoted ValueMap")
        << uR"(ValueMap{"a", "b", "c"})"_s << map(literals({ u"a"_s, u"b"_s, u"c"_s }));
    QTest::addRow("unquoted ValueMap")
        << u"ValueMap{1, 2, 3, 5}"_s << map(literals({ u"1"_s, u"2"_s, u"3"_s, u"5"_s }));
    QTest::addRow("single entry") << uR"(ValueMap{"small"})"_s << map(literals({ u"small"_s }));
    QTest::addRow("entries with spaces")
        << uR"(ValueMap{"NSX Manager","NSX Global Manager"})"_s
        << map(literals({ u"NSX Manager"_s, u"NSX Global Manager"_s }));
    QTest::addRow("unquoted words")
        << u"ValueMap{ small , large size }"_s << map(literals({ u"small"_s, u"large size"_s }));
    QTest::addRow("commas, escapes and single quotes")
        << uR"(ValueMap{"a,b", "say \"hi\"", 'it\'s', "back\\slash", "keep\n"})"_s
        << map(literals(
               { u"a,b"_s, u"say \"hi\""_s, u"it's"_s, uR"(back\slash)"_s, uR"(keep\n)"_s }));
    QTest::addRow("brace inside string")
        << uR"(ValueMap{"}", "{"})"_s << map(literals({ u"}"_s, u"{"_s }));
    QTest::addRow("space before brace") << uR"(ValueMap {"x"})"_s << map(literals({ u"x"_s }));
    QTest::addRow("empty ValueMap") << u"ValueMap{}"_s << map({});
    QTest::addRow("empty ValueMap with space") << u"ValueMap{ }"_s << map({});
    QTest::addRow("CIM ranges") << uR"(ValueMap{"0", "10..32767", "..5", "7..", "-3..-1"})"_s
                                << map({ { u"0"_s, std::nullopt, std::nullopt },
                                       { u"10..32767"_s, u"10"_s, u"32767"_s },
                                       { u"..5"_s, std::nullopt, u"5"_s },
                                       { u"7.."_s, u"7"_s, std::nullopt },
                                       { u"-3..-1"_s, u"-3"_s, u"-1"_s } });
    QTest::addRow("not ranges") << uR"(ValueMap{"a..b", "..", "1...2"})"_s
                                << map(literals({ u"a..b"_s, u".."_s, u"1...2"_s }));
    ovf::Qualifiers netmask;
    netmask.unknown = QStringList { u"Netmask('Network 1')"_s };
    QTest::addRow("VMware Netmask") << u"Netmask('Network 1')"_s << netmask;
    ovf::Qualifiers mixed = lengths(std::nullopt, 5);
    mixed.unknown = QStringList { u"Gateway('a, b')"_s, u"Required"_s, u"Ip ('x)')"_s };
    QTest::addRow("known and unknown")
        << u"MaxLen(5),Gateway('a, b'),Required, Ip ('x)')"_s << mixed;
    ovf::Qualifiers all = lengths(1, 64);
    all.valueMap = literals({ u"x"_s });
    QTest::addRow("lengths and map") << uR"(MinLen(1),MaxLen(64),ValueMap{"x"})"_s << all;
}

void TestPropertyType::parseQualifiers()
{
    QFETCH(QString, text);
    QFETCH(ovf::Qualifiers, expected);

    const auto q = ovf::parseQualifiers(text);
    QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error()));
    QCOMPARE(describe(*q), describe(expected));
    QVERIFY(*q == expected);
}

void TestPropertyType::qualifierErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("needles");

    QTest::addRow("MaxLen(abc)") << u"MaxLen(abc)"_s
                                 << QStringList {
                                        u"MaxLen needs a non-negative integer, got 'abc'"_s
                                    };
    QTest::addRow("MaxLen(-1)") << u"MaxLen(-1)"_s << QStringList { u"got '-1'"_s };
    QTest::addRow("MinLen()") << u"MinLen()"_s
                              << QStringList { u"MinLen needs a non-negative integer, got ''"_s };
    QTest::addRow("MaxLen bare") << u"MaxLen"_s << QStringList { u"MaxLen needs a non-negative"_s };
    QTest::addRow("MaxLen braces")
        << u"MaxLen{5}"_s
        << QStringList { u"MaxLen needs a non-negative integer in parentheses"_s };
    QTest::addRow("MinLen too large") << u"MinLen(99999999999999999999999)"_s
                                      << QStringList { u"got '99999999999999999999999'"_s };
    QTest::addRow("unterminated ValueMap")
        << uR"(ValueMap{"a", "b")"_s << QStringList { u"unterminated ValueMap{...}"_s };
    QTest::addRow("unterminated string")
        << uR"(ValueMap{"a, "b"})"_s << QStringList { u"unterminated ValueMap{...}"_s };
    QTest::addRow("unterminated MaxLen")
        << u"MaxLen(5"_s << QStringList { u"unterminated MaxLen(...)"_s };
    QTest::addRow("unterminated unknown")
        << u"Ip('x'"_s << QStringList { u"unterminated Ip(...)"_s };
    QTest::addRow("missing comma in list")
        << uR"(ValueMap{"a" "b"})"_s << QStringList { u"expected ',' at position 14"_s };
    QTest::addRow("empty entry") << uR"(ValueMap{"a", , "b"})"_s
                                 << QStringList { u"empty ValueMap entry at position 15"_s };
    QTest::addRow("trailing comma in list")
        << uR"(ValueMap{"a",})"_s << QStringList { u"empty ValueMap entry"_s };
    QTest::addRow("ValueMap in parentheses")
        << uR"(ValueMap("a"))"_s << QStringList { u"ValueMap needs a list in braces"_s };
    QTest::addRow("MinValue()") << u"MinValue()"_s << QStringList { u"MinValue needs a value"_s };
    QTest::addRow("MaxValue bare") << u"MaxValue"_s << QStringList { u"MaxValue needs a value"_s };
    QTest::addRow("repeated") << u"MinLen(1),MinLen(2)"_s
                              << QStringList { u"MinLen is given more than once"_s };
    QTest::addRow("repeated ValueMap")
        << u"ValueMap{1},valuemap{2}"_s << QStringList { u"valuemap is given more than once"_s };
    QTest::addRow("repeated MaxValue")
        << u"MaxValue(1) MaxValue(2)"_s << QStringList { u"MaxValue is given more than once"_s };
    QTest::addRow("trailing comma")
        << u"MinLen(1),"_s << QStringList { u"expected a qualifier after the last ','"_s };
    QTest::addRow("leading comma")
        << u",MinLen(1)"_s
        << QStringList { u"expected a qualifier name at position 1, found ','"_s };
    QTest::addRow("no separator") << u"MinLen(1)MaxLen(2)"_s
                                  << QStringList { u"unexpected 'M' at position 10"_s };
    QTest::addRow("stray symbol") << u"MinLen(1) @"_s
                                  << QStringList {
                                         u"expected a qualifier name at position 11, found '@'"_s
                                     };
    QTest::addRow("digit first") << u"1MinLen(3)"_s
                                 << QStringList { u"expected a qualifier name at position 1"_s };
}

void TestPropertyType::qualifierErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, needles);

    const auto q = ovf::parseQualifiers(text);
    QVERIFY2(!q.has_value(), qPrintable(q ? describe(*q) : QString()));
    verifyMentions(q.error(), needles);
}

void TestPropertyType::checkValue_data()
{
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<QString>("qualifierText");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("needles"); // empty: the value is valid

    const QStringList ok;
    const auto row = [](const char *name, PropertyType type, const QString &q, const QString &v,
                         const QStringList &needles) {
        QTest::addRow("%s", name) << type << q << v << needles;
    };
    const QString none;

    // Integer boundaries.
    row("uint8 0", T::UInt8, none, u"0"_s, ok);
    row("uint8 255", T::UInt8, none, u"255"_s, ok);
    row("uint8 leading zeros", T::UInt8, none, u"007"_s, ok);
    row("uint8 256", T::UInt8, none, u"256"_s, { u"256 is above the largest uint8 value, 255"_s });
    row("uint8 -1", T::UInt8, none, u"-1"_s, { u"-1 is below the smallest uint8 value, 0"_s });
    row("uint8 -0", T::UInt8, none, u"-0"_s, { u"'-0'"_s, u"unsigned values take no sign"_s });
    row("uint8 +5", T::UInt8, none, u"+5"_s, { u"'+5'"_s, u"leave out the '+'"_s });
    row("uint8 leading space", T::UInt8, none, u" 5"_s, { u"' 5'"_s, u"contains spaces"_s });
    row("uint8 trailing space", T::UInt8, none, u"5 "_s, { u"contains spaces"_s });
    row("uint8 1.0", T::UInt8, none, u"1.0"_s, { u"'1.0' is not a whole number"_s });
    row("uint8 hex", T::UInt8, none, u"0x10"_s, { u"'0x10' is not a whole number"_s });
    row("uint8 empty", T::UInt8, none, QString(), { u"a value is required"_s });
    row("sint8 -128", T::SInt8, none, u"-128"_s, ok);
    row("sint8 127", T::SInt8, none, u"127"_s, ok);
    row("sint8 -0", T::SInt8, none, u"-0"_s, ok);
    row("sint8 -129", T::SInt8, none, u"-129"_s,
        { u"-129 is below the smallest sint8 value, -128"_s });
    row("sint8 128", T::SInt8, none, u"128"_s, { u"128 is above the largest sint8 value, 127"_s });
    row("sint8 minus only", T::SInt8, none, u"-"_s, { u"'-' is not a whole number"_s });
    row("sint8 double minus", T::SInt8, none, u"--1"_s, { u"'--1' is not a whole number"_s });
    row("uint16 65535", T::UInt16, none, u"65535"_s, ok);
    row("uint16 65536", T::UInt16, none, u"65536"_s,
        { u"65536 is above the largest uint16 value, 65535"_s });
    row("sint16 -32768", T::SInt16, none, u"-32768"_s, ok);
    row("sint16 -32769", T::SInt16, none, u"-32769"_s,
        { u"below the smallest sint16 value, -32768"_s });
    row("sint16 32768", T::SInt16, none, u"32768"_s,
        { u"above the largest sint16 value, 32767"_s });
    row("uint32 max", T::UInt32, none, u"4294967295"_s, ok);
    row("uint32 max + 1", T::UInt32, none, u"4294967296"_s,
        { u"4294967296 is above the largest uint32 value, 4294967295"_s });
    row("sint32 min", T::SInt32, none, u"-2147483648"_s, ok);
    row("sint32 max", T::SInt32, none, u"2147483647"_s, ok);
    row("sint32 min - 1", T::SInt32, none, u"-2147483649"_s,
        { u"-2147483649 is below the smallest sint32 value, -2147483648"_s });
    row("sint32 max + 1", T::SInt32, none, u"2147483648"_s,
        { u"2147483648 is above the largest sint32 value, 2147483647"_s });
    row("uint64 max", T::UInt64, none, u"18446744073709551615"_s, ok);
    row("uint64 max + 1", T::UInt64, none, u"18446744073709551616"_s,
        { u"18446744073709551616 is above the largest uint64 value, 18446744073709551615"_s });
    row("uint64 100 digits", T::UInt64, none, QString(100, u'9'),
        { u"is above the largest uint64 value"_s });
    row("sint64 min", T::SInt64, none, u"-9223372036854775808"_s, ok);
    row("sint64 max", T::SInt64, none, u"9223372036854775807"_s, ok);
    row("sint64 min - 1", T::SInt64, none, u"-9223372036854775809"_s,
        { u"-9223372036854775809 is below the smallest sint64 value, -9223372036854775808"_s });
    row("sint64 max + 1", T::SInt64, none, u"9223372036854775808"_s,
        { u"above the largest sint64 value, 9223372036854775807"_s });
    row("sint64 huge negative", T::SInt64, none, u"-"_s + QString(60, u'9'),
        { u"below the smallest sint64 value"_s });
    // Integer qualifiers.
    row("MinValue ok", T::UInt16, u"MinValue(1),MaxValue(65535)"_s, u"1"_s, ok);
    row("below MinValue", T::UInt16, u"MinValue(1),MaxValue(65535)"_s, u"0"_s,
        { u"0 is below the minimum, 1"_s });
    row("above MaxValue", T::SInt32, u"MinValue(1) MaxValue(10000)"_s, u"10001"_s,
        { u"10001 is above the maximum, 10000"_s });
    row("negative MinValue", T::SInt8, u"MinValue(-5)"_s, u"-6"_s,
        { u"-6 is below the minimum, -5"_s });
    row("malformed MinValue ignored", T::UInt8, u"MinValue(abc)"_s, u"5"_s, ok);
    row("MinLen ignored on integers", T::UInt8, u"MinLen(5)"_s, u"1"_s, ok);
    row("int ValueMap member", T::SInt32, u"ValueMap{1, 2, 3, 5}"_s, u"5"_s, ok);
    row("int ValueMap numeric match", T::SInt32, u"ValueMap{1, 2, 3, 5}"_s, u"05"_s, ok);
    row("int ValueMap miss", T::SInt32, u"ValueMap{1, 2, 3, 5}"_s, u"4"_s,
        { u"'4' is not allowed: it must be one of: 1, 2, 3, 5"_s });
    row("int ValueMap, bad value", T::SInt32, u"ValueMap{1, 2}"_s, u"x"_s,
        { u"'x' is not a whole number"_s });
    const QString cimRanges = uR"(ValueMap{"0", "2", "10..32767", "32768..65535"})"_s;
    row("range literal", T::UInt16, cimRanges, u"2"_s, ok);
    row("in first range", T::UInt16, cimRanges, u"100"_s, ok);
    row("in second range", T::UInt16, cimRanges, u"65535"_s, ok);
    row("between literals", T::UInt16, cimRanges, u"1"_s,
        { u"'1' is not allowed"_s, u"10..32767"_s });
    const QString openRanges = uR"(ValueMap{"..-5", "5.."})"_s;
    row("open low range", T::SInt16, openRanges, u"-32768"_s, ok);
    row("open high range", T::SInt16, openRanges, u"32767"_s, ok);
    row("between open ranges", T::SInt16, openRanges, u"0"_s, { u"'0' is not allowed"_s });
    // Booleans.
    row("true", T::Boolean, none, u"true"_s, ok);
    row("false", T::Boolean, none, u"false"_s, ok);
    row("True (VMware)", T::Boolean, none, u"True"_s, ok);
    row("FALSE", T::Boolean, none, u"FALSE"_s, ok);
    row("yes", T::Boolean, none, u"yes"_s, { u"'yes' is not a boolean: use true or false"_s });
    row("1", T::Boolean, none, u"1"_s, { u"'1' is not a boolean"_s });
    row("padded true", T::Boolean, none, u" true"_s, { u"' true' is not a boolean"_s });
    row("boolean empty", T::Boolean, none, QString(), { u"a value is required"_s });
    row("boolean ValueMap", T::Boolean, uR"(ValueMap{"true"})"_s, u"TRUE"_s, ok);
    row("boolean ValueMap miss", T::Boolean, uR"(ValueMap{"true"})"_s, u"false"_s,
        { u"'false' is not allowed"_s });
    // Reals.
    for (const QString &v :
        { u"1.5"_s, u"-1.5"_s, u"+1.5"_s, u".5"_s, u"5."_s, u"1e10"_s, u"1E-10"_s, u"-3.4e38"_s,
            u"INF"_s, u"-INF"_s, u"NaN"_s, u"3.4028235e38"_s, u"1e-50"_s, u"0"_s, u"007.50"_s }) {
        QTest::addRow("real32 %s", qPrintable(v)) << T::Real32 << none << v << ok;
    }
    for (const QString &v : { u"inf"_s, u"+INF"_s, u"nan"_s, u"1.5f"_s, u"e5"_s, u"."_s, u"1e"_s,
             u"1e+"_s, u"0x1p3"_s, u"1,5"_s, u" 1"_s, u"1..2"_s, u"--1"_s, u"1e5.5"_s }) {
        QTest::addRow("real32 not %s", qPrintable(v))
            << T::Real32 << none << v << QStringList { u"'%1' is not a real number"_s.arg(v) };
    }
    row("real32 1e39", T::Real32, none, u"1e39"_s, { u"1e39 is outside the real32 range"_s });
    row("real32 -1e39", T::Real32, none, u"-1e39"_s, { u"-1e39 is outside the real32 range"_s });
    row("real32 3.5e38", T::Real32, none, u"3.5e38"_s, { u"3.5e38 is outside the real32 range"_s });
    row("real32 empty", T::Real32, none, QString(), { u"a value is required"_s });
    row("real64 1e39", T::Real64, none, u"1e39"_s, ok);
    row("real64 1e308", T::Real64, none, u"1e308"_s, ok);
    row("real64 1e309", T::Real64, none, u"1e309"_s, { u"1e309 is outside the real64 range"_s });
    row("real64 huge mantissa", T::Real64, none, u"1"_s + QString(400, u'0'),
        { u"outside the real64 range"_s });
    row("real64 underflow", T::Real64, none, u"1e-400"_s, ok);
    row("real64 tiny fraction", T::Real64, none, u"0."_s + QString(400, u'0') + u"1e10"_s, ok);
    const QString realBounds = u"MinValue(0.5),MaxValue(2.5)"_s;
    row("real in bounds", T::Real64, realBounds, u"1"_s, ok);
    row("real below", T::Real64, realBounds, u"0.4"_s, { u"0.4 is below the minimum, 0.5"_s });
    row("real above", T::Real64, realBounds, u"2.6"_s, { u"2.6 is above the maximum, 2.5"_s });
    row("INF above", T::Real64, realBounds, u"INF"_s, { u"INF is above the maximum, 2.5"_s });
    row("NaN with bounds", T::Real64, realBounds, u"NaN"_s,
        { u"NaN is outside the allowed range"_s });
    row("real ValueMap", T::Real32, u"ValueMap{1.5, 2.5}"_s, u"1.50"_s, ok);
    row("real ValueMap miss", T::Real32, u"ValueMap{1.5, 2.5}"_s, u"2"_s,
        { u"'2' is not allowed: it must be one of: 1.5, 2.5"_s });
    // Strings count code points.
    const QString emoji = u"\U0001F600"_s;
    row("string empty", T::String, none, QString(), ok);
    row("string placeholder", T::String, none, u"${other.key}"_s, ok);
    row("MinLen(8) short", T::String, u"MinLen(8)"_s, u"abc"_s,
        { u"at least 8 characters are required (3 given)"_s });
    row("MinLen(8) ok", T::String, u"MinLen(8)"_s, u"secret12"_s, ok);
    row("MinLen(1) empty", T::String, u"MinLen(1)"_s, QString(),
        { u"at least 1 character is required (0 given)"_s });
    row("MaxLen(5) long", T::String, u"MaxLen(5)"_s, u"abcdef"_s,
        { u"at most 5 characters are allowed (6 given)"_s });
    row("MaxLen(1) long", T::String, u"MaxLen(1)"_s, u"ab"_s,
        { u"at most 1 character is allowed (2 given)"_s });
    row("MaxLen(2) astral", T::String, u"MaxLen(2)"_s, emoji + emoji, ok);
    row("MaxLen(1) astral", T::String, u"MaxLen(1)"_s, emoji + emoji, { u"(2 given)"_s });
    row("MinLen(3) astral", T::String, u"MinLen(3)"_s, emoji + emoji,
        { u"at least 3 characters are required (2 given)"_s });
    row("MinLen(2) mixed", T::String, u"MinLen(2),MaxLen(2)"_s, u"\u00e9"_s + emoji, ok);
    row("lone surrogate counts once", T::String, u"MaxLen(1)"_s, QString(QChar(0xD800)), ok);
    const QString abc = uR"(ValueMap{"a", "b", "c"})"_s;
    row("ValueMap member", T::String, abc, u"a"_s, ok);
    row("ValueMap miss", T::String, abc, u"d"_s,
        { u"'d' is not allowed: it must be one of: a, b, c"_s });
    row("ValueMap case", T::String, abc, u"A"_s, { u"'A' is not allowed"_s });
    row("ValueMap empty value", T::String, abc, QString(), { u"must be one of: a, b, c"_s });
    row("string range is literal", T::String, uR"(ValueMap{"1..5"})"_s, u"3"_s,
        { u"'3' is not allowed"_s });
    row("string range literal match", T::String, uR"(ValueMap{"1..5"})"_s, u"1..5"_s, ok);
    row("long ValueMap", T::String, u"ValueMap{a, b, c, d, e, f, g, h, i, j, k, l}"_s, u"z"_s,
        { u"a, b, c, d, e, f, g, h, i, j (and 2 more)"_s });
    row("MinValue ignored on strings", T::String, u"MinValue(5)"_s, u"1"_s, ok);
    // char16.
    row("char16 a", T::Char16, none, u"a"_s, ok);
    row("char16 e-acute", T::Char16, none, u"\u00e9"_s, ok);
    row("char16 empty", T::Char16, none, QString(), { u"a value is required"_s });
    row("char16 two", T::Char16, none, u"ab"_s, { u"'ab' is not a single character (2 given)"_s });
    row("char16 astral", T::Char16, none, emoji, { u"outside the Basic Multilingual Plane"_s });
    row("char16 lone surrogate", T::Char16, none, QString(QChar(0xDC00)),
        { u"is not a single character"_s });
    row("char16 ValueMap", T::Char16, uR"(ValueMap{"x", "y"})"_s, u"z"_s,
        { u"'z' is not allowed"_s });
    // CIM datetime.
    for (const QString &v : { u"20240131235959.000000+000"_s, u"20240229000000.000000-300"_s,
             u"20000229120000.123456+060"_s, u"20240131******.******+000"_s,
             u"2024**********.******+000"_s, u"00000001123456.000000:000"_s,
             u"99999999235959.999999:000"_s, u"00000001******.******:000"_s }) {
        QTest::addRow("datetime %s", qPrintable(v)) << T::DateTime << none << v << ok;
    }
    for (const QString &v : { u"2024-01-31T23:59:59Z"_s, u"20240131235959.000000+0000"_s,
             u"20240131235959.000000*000"_s, u"20240131235959,000000+000"_s,
             u"2024013123595a.000000+000"_s, u"2024013123*959.000000+000"_s,
             u"00000001123456.000000:001"_s, u"20240131235959.000000+0a0"_s,
             u"20240131235959.0000*0+000"_s }) {
        QTest::addRow("datetime not %s", qPrintable(v))
            << T::DateTime << none << v
            << QStringList { u"'%1' is not a CIM datetime"_s.arg(v), u"yyyymmddhhmmss"_s };
    }
    row("datetime month 13", T::DateTime, none, u"20241301000000.000000+000"_s,
        { u"the month 13 is out of range"_s });
    row("datetime month 00", T::DateTime, none, u"20240001000000.000000+000"_s,
        { u"the month 00 is out of range"_s });
    row("datetime day 00", T::DateTime, none, u"20240100000000.000000+000"_s,
        { u"the day 00 is out of range"_s });
    row("datetime Feb 29 2023", T::DateTime, none, u"20230229000000.000000+000"_s,
        { u"'20230229000000.000000+000'"_s, u"the day 29 is out of range"_s });
    row("datetime Feb 29 1900", T::DateTime, none, u"19000229000000.000000+000"_s,
        { u"the day 29"_s });
    row("datetime Apr 31", T::DateTime, none, u"20240431000000.000000+000"_s, { u"the day 31"_s });
    row("datetime hour 24", T::DateTime, none, u"20240131240000.000000+000"_s,
        { u"the hour 24 is out of range"_s });
    row("datetime minute 60", T::DateTime, none, u"20240131236000.000000+000"_s,
        { u"the minute 60"_s });
    row("datetime second 60", T::DateTime, none, u"20240131235960.000000+000"_s,
        { u"the second 60"_s });
    row("interval hour 24", T::DateTime, none, u"00000001240000.000000:000"_s,
        { u"the hour 24"_s });
    row("datetime empty", T::DateTime, none, QString(), { u"a value is required"_s });
    row("datetime ValueMap", T::DateTime, uR"(ValueMap{"20240131235959.000000+000"})"_s,
        u"20240131235958.000000+000"_s, { u"is not allowed"_s });
}

void TestPropertyType::checkValue()
{
    QFETCH(PropertyType, type);
    QFETCH(QString, qualifierText);
    QFETCH(QString, value);
    QFETCH(QStringList, needles);

    const auto q = ovf::parseQualifiers(qualifierText);
    QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error()));
    const ovf::ValueCheck check = ovf::checkPropertyValue(type, *q, value);
    QVERIFY2(check.valid == needles.isEmpty(), qPrintable(check.reason));
    QCOMPARE(check.reason.isEmpty(), check.valid);
    verifyMentions(check.reason, needles);
}

void TestPropertyType::qualifiersForType_data()
{
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<QString>("qualifierText");
    QTest::addColumn<QStringList>("problems"); // one needle per expected problem, in order

    const auto row
        = [](const char *name, PropertyType type, const QString &q, const QStringList &problems) {
              QTest::addRow("%s", name) << type << q << problems;
          };
    row("string lengths", T::String, u"MinLen(1),MaxLen(253)"_s, {});
    row("no qualifiers", T::UInt8, QString(), {});
    row("unknown not reported", T::String, u"Netmask('x')"_s, {});
    row("MinLen on uint8", T::UInt8, u"MinLen(1)"_s,
        { u"MinLen applies only to string properties, not to uint8"_s });
    row("MaxLen on boolean", T::Boolean, u"MaxLen(3)"_s,
        { u"MaxLen applies only to string properties, not to boolean"_s });
    row("both on char16", T::Char16, u"MinLen(1),MaxLen(1)"_s,
        { u"MinLen applies only"_s, u"MaxLen applies only"_s });
    row("MinLen above MaxLen", T::String, u"MinLen(10),MaxLen(5)"_s,
        { u"MinLen(10) is greater than MaxLen(5)"_s });
    row("MinLen equals MaxLen", T::String, u"MinLen(5),MaxLen(5)"_s, {});
    row("MinValue on string", T::String, u"MinValue(1)"_s,
        { u"MinValue applies only to numeric properties, not to string"_s });
    row("MaxValue on boolean", T::Boolean, u"MaxValue(1)"_s,
        { u"MaxValue applies only to numeric properties, not to boolean"_s });
    row("MinValue on datetime", T::DateTime, u"MinValue(1)"_s, { u"not to datetime"_s });
    row("uint16 bounds", T::UInt16, u"MinValue(1),MaxValue(65535)"_s, {});
    row("MaxValue too large", T::UInt8, u"MinValue(0),MaxValue(300)"_s,
        { u"MaxValue(300) is not a valid uint8 value: 300 is above the largest uint8 value, 255"_s });
    row("MinValue negative", T::UInt8, u"MinValue(-1)"_s,
        { u"MinValue(-1) is not a valid uint8 value: -1 is below"_s });
    row("MinValue not a number", T::SInt32, u"MinValue(abc)"_s,
        { u"MinValue(abc) is not a valid sint32 value"_s });
    row("MinValue above MaxValue", T::UInt16, u"MinValue(10),MaxValue(5)"_s,
        { u"MinValue(10) is greater than MaxValue(5)"_s });
    row("real bounds reversed", T::Real32, u"MinValue(0.5),MaxValue(0.25)"_s,
        { u"MinValue(0.5) is greater than MaxValue(0.25)"_s });
    row("real32 MaxValue range", T::Real32, u"MaxValue(1e39)"_s,
        { u"MaxValue(1e39) is not a valid real32 value: 1e39 is outside the real32 range"_s });
    row("NaN bound", T::Real64, u"MinValue(NaN)"_s,
        { u"MinValue(NaN) is not a valid real64 value: NaN cannot bound a range"_s });
    row("infinite bounds", T::Real64, u"MinValue(-INF),MaxValue(INF)"_s, {});
    row("empty ValueMap", T::String, u"ValueMap{}"_s, { u"ValueMap is empty"_s });
    row("int ValueMap", T::SInt32, u"ValueMap{1, 2, 3, 5}"_s, {});
    row("ValueMap entry too large", T::UInt8, u"ValueMap{1, 2, 300}"_s,
        { u"ValueMap entry '300' is not a valid uint8 value: 300 is above the largest uint8 value, 255"_s });
    row("duplicate string", T::String, uR"(ValueMap{"a", "b", "a"})"_s,
        { u"ValueMap lists 'a' more than once"_s });
    row("triplicate reported once", T::String, uR"(ValueMap{"a", "a", "a"})"_s,
        { u"ValueMap lists 'a' more than once"_s });
    row("numeric duplicate", T::SInt32, u"ValueMap{1, 01}"_s,
        { u"ValueMap lists '01' more than once"_s });
    row("CIM ranges", T::UInt16, uR"(ValueMap{"0", "2", "10..32767", "32768..65535"})"_s, {});
    row("reversed range", T::UInt16, uR"(ValueMap{"5..1"})"_s,
        { u"ValueMap range '5..1' is reversed"_s });
    row("range beyond type", T::UInt8, uR"(ValueMap{"1..300"})"_s,
        { u"ValueMap range '1..300' is not valid for uint8: 300 is above the largest uint8 value"_s });
    row("range below type", T::UInt8, uR"(ValueMap{"-1.."})"_s,
        { u"ValueMap range '-1..' is not valid for uint8"_s });
    row("duplicate range", T::UInt8, uR"(ValueMap{"1..5", "01..5"})"_s,
        { u"ValueMap lists '01..5' more than once"_s });
    row("string entry over MaxLen", T::String, uR"(MaxLen(3),ValueMap{"ab", "abcdef"})"_s,
        { u"ValueMap entry 'abcdef' can never be chosen: at most 3 characters are allowed (6 given)"_s });
    row("int entry over MaxValue", T::UInt8, u"ValueMap{1, 50},MaxValue(10)"_s,
        { u"ValueMap entry '50' can never be chosen: 50 is above the maximum, 10"_s });
    row("boolean entry", T::Boolean, uR"(ValueMap{"yes"})"_s,
        { u"ValueMap entry 'yes' is not a valid boolean value: 'yes' is not a boolean"_s });
    row("boolean duplicate", T::Boolean, uR"(ValueMap{"true", "TRUE"})"_s,
        { u"ValueMap lists 'TRUE' more than once"_s });
    row("real duplicate", T::Real64, u"ValueMap{1.5, 1.50}"_s,
        { u"ValueMap lists '1.50' more than once"_s });
    row("real range entry", T::Real64, uR"(ValueMap{"1..5"})"_s,
        { u"ValueMap entry '1..5' is not a valid real64 value"_s });
    row("string range is literal", T::String, uR"(ValueMap{"1..5"})"_s, {});
    row("char16 entry", T::Char16, uR"(ValueMap{"ab"})"_s,
        { u"ValueMap entry 'ab' is not a valid char16 value"_s });
}

void TestPropertyType::qualifiersForType()
{
    QFETCH(PropertyType, type);
    QFETCH(QString, qualifierText);
    QFETCH(QStringList, problems);

    const auto q = ovf::parseQualifiers(qualifierText);
    QVERIFY2(q.has_value(), qPrintable(q ? QString() : q.error()));
    const QStringList found = ovf::checkQualifiersForType(type, *q);
    QVERIFY2(found.size() == problems.size(), qPrintable(found.join(u" | "_s)));
    for (qsizetype i = 0; i < found.size(); ++i)
        verifyMentions(found[i], { problems[i] });
}

QTEST_GUILESS_MAIN(TestPropertyType)
#include "tst_propertytype.moc"
