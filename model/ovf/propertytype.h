#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <expected>
#include <optional>

namespace ovf {

// ProductSection Property ovf:type (DSP0243 §9.5, table "Property types"). Char16 and DateTime
// are the CIM intrinsic types (DSP0004) that OVF 2.x allows besides the OVF 1.x set; whether a
// document's version allows them is the validator's business, not this module's.
enum class PropertyType {
    UInt8,
    SInt8,
    UInt16,
    SInt16,
    UInt32,
    SInt32,
    UInt64,
    SInt64,
    Boolean,
    String,
    Real32,
    Real64,
    Char16,
    DateTime,
};

// Canonical OVF spelling: "uint8", "sint8", ..., "boolean", "string", "real32", "real64",
// "char16", "datetime".
QString propertyTypeName(PropertyType type);

// Every canonical name, ordered for a combo box: string, boolean, the integers from small to
// large (unsigned before signed), real32, real64, char16, datetime.
QStringList allPropertyTypeNames();

bool isIntegerType(PropertyType type);
bool isRealType(PropertyType type);

struct ParsedType
{
    PropertyType type = PropertyType::String;
    // Non-empty when the spelling was tolerated rather than canonical: another letter case
    // ("String", "Boolean" in VMware fixtures), VMware's "int" (read as sint32, the 32-bit
    // signed integer VMware documents), surrounding whitespace.
    QString warning;
};

// Reads an ovf:type value. Errors: empty text; "password" (a Property attribute, not a type);
// VMware vApp-only spellings ("ip", "ip:network", "string[...]", "int(..)", "real"), with a
// hint at the OVF equivalent; any other name, listing the valid ones.
std::expected<ParsedType, QString> parsePropertyType(QStringView text);

// One entry of a CIM ValueMap qualifier. `value` is the entry as written (unquoted, escapes
// resolved). When the entry has the CIM range form "low..high", "..high" or "low.." with
// integer bounds, the bounds are set too (an open side stays nullopt): checks against integer
// types then treat the entry as a range; other types compare `value` literally.
struct ValueMapEntry
{
    QString value;
    std::optional<QString> rangeLow;
    std::optional<QString> rangeHigh;

    bool isRange() const { return rangeLow.has_value() || rangeHigh.has_value(); }
    friend bool operator==(const ValueMapEntry &, const ValueMapEntry &) = default;
};

// The CIM qualifiers OVF allows in ovf:qualifiers (DSP0243 §9.5: MinLen, MaxLen, MinValue,
// MaxValue, ValueMap).
struct Qualifiers
{
    std::optional<quint64> minLen;
    std::optional<quint64> maxLen;
    std::optional<QString> minValue; // as written (trimmed); checkQualifiersForType judges it
    std::optional<QString> maxValue;
    std::optional<QList<ValueMapEntry>> valueMap;
    // Other qualifiers, each as written (e.g. "Netmask('Network 1')"), for warnings.
    QStringList unknown;

    bool isEmpty() const
    {
        return !minLen && !maxLen && !minValue && !maxValue && !valueMap && unknown.isEmpty();
    }
    friend bool operator==(const Qualifiers &, const Qualifiers &) = default;
};

// Parses an ovf:qualifiers attribute: qualifiers separated by commas or whitespace
// ("MinLen(1),MaxLen(253)", "MinValue(1) MaxValue(10000)"), each a name with an optional
// "(argument)" or "{list}". Names are case-insensitive (DSP0004). ValueMap entries are
// double- or single-quoted strings (with \" \' \\ escapes; other backslashes stay as written)
// or unquoted tokens ("ValueMap{1, 2, 3, 5}"). Blank text gives empty Qualifiers.
// Errors name the qualifier or position: a missing or malformed MinLen/MaxLen number, an empty
// MinValue/MaxValue, an unterminated "(...)" or "{...}" (an unclosed quote included), a
// missing ',' or an empty entry in a ValueMap, a repeated known qualifier, text that is not a
// qualifier.
std::expected<Qualifiers, QString> parseQualifiers(QStringView text);

// Problems in combining `q` with `type` (empty when consistent): MinLen/MaxLen on a non-string
// type, MinLen above MaxLen, MinValue/MaxValue on a non-numeric type or not a value of the
// type, MinValue above MaxValue, an empty ValueMap, ValueMap entries or range bounds that are
// not values of the type, reversed ranges, duplicate entries, entries that MinLen/MaxLen/
// MinValue/MaxValue would always reject. Unknown qualifiers are not reported here.
QStringList checkQualifiersForType(PropertyType type, const Qualifiers &q);

struct ValueCheck
{
    bool valid = true;
    // Empty when valid; otherwise one sentence for an end user that quotes the value, e.g.
    // "300 is above the largest uint8 value, 255".
    QString reason;
};

// The single answer to "may this property hold `value`?", shared by the CLI, the editors and
// the deploy wizard. Rules: an empty value is invalid for every type but string ("a value is
// required"). Integers: ASCII digits with a leading '-' for signed types only, within the
// type's range, MinValue/MaxValue, ValueMap (literal or range). Boolean: "true"/"false" in any
// letter case. Reals: the XML Schema float/double lexical space (decimal or exponent notation,
// INF, -INF, NaN) within the real32 or real64 range. String: MinLen/MaxLen count Unicode code
// points; ValueMap by exact match. Char16: one UTF-16 character outside the surrogate range.
// DateTime: a CIM timestamp yyyymmddhhmmss.mmmmmmsutc or interval ddddddddhhmmss.mmmmmm:000
// (DSP0004), trailing fields may be '*'. Qualifiers that do not apply to the type, or that
// are themselves malformed, are ignored here (checkQualifiersForType reports them). "${...}"
// has no special meaning.
ValueCheck checkPropertyValue(PropertyType type, const Qualifiers &q, QStringView value);

// The verdict on a value an author wrote into a descriptor (a Property's ovf:value or a
// per-option Value): the one rule the validator (invalid-property-value), the properties
// editor and `ovfctl edit set-property` share.
//  - "${name}" placeholders are resolved at deployment: fine here (property-reference checks
//    the name).
//  - An empty (or absent) value of a user-configurable property is fine: the deployer enters
//    one, and deployment checks it against the qualifiers (a password with MinLen(12) and no
//    default is the normal case, DSP0243 §9.5).
//  - An empty value of a fixed string is what the guest receives: an error when the
//    qualifiers reject it (MinLen above 0, a ValueMap without ""), else fine; of a fixed
//    non-string property, a warning (the guest receives an empty value).
//  - Anything else is checked with checkPropertyValue(): an error with its reason.
struct AuthoredValueCheck
{
    enum class Verdict { Fine, Warning, Error };
    Verdict verdict = Verdict::Fine;
    QString reason; // empty when fine
};
AuthoredValueCheck checkAuthoredValue(PropertyType type, const Qualifiers &q, QStringView value, bool userConfigurable);

} // namespace ovf
