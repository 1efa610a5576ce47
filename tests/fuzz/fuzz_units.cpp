// Programmatic units (DSP0004 Annex C), byte quantities, property types and qualifiers
// (DSP0243 §9.5), and value checks against them. The input is split on newlines:
// unit, quantity, type, qualifiers, value.
#include "fuzzinput.h"

#include "model/ovf/propertytype.h"
#include "model/ovf/units.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(ovf::fuzz::bytes(data, size));
    const QStringList parts = text.split(u'\n');
    auto part = [&](int i) { return i < parts.size() ? parts.at(i) : QString(); };

    (void)ovf::parseProgrammaticUnit(part(0));
    (void)ovf::parseByteQuantity(part(1), part(0));
    (void)ovf::parseUnsignedDecimal(part(1));
    auto type = ovf::parsePropertyType(part(2));
    auto qualifiers = ovf::parseQualifiers(part(3));
    if (type && qualifiers)
        (void)ovf::checkPropertyValue(type->type, *qualifiers, part(4));
    return 0;
}
