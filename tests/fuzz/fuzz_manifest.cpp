// Manifest parsing (DSP0243 §5.1). Oracle: what parses serializes in ovftool's spelling and
// parses again to the same entries.
#include "fuzzinput.h"

#include "model/package/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = ovf::fuzz::bytes(data, size);
    auto m = ovf::package::Manifest::parse(input, QStringLiteral("fuzz.mf"));
    if (!m)
        return 0;
    const auto &entries = m->entries();
    if (entries.isEmpty())
        return 0;
    const QByteArray text = ovf::package::Manifest::serialize(entries);
    auto again = ovf::package::Manifest::parse(text, QStringLiteral("fuzz.mf"));
    if (!again || again->entries().size() != entries.size())
        __builtin_trap();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (again->entries().at(i).fileName != entries.at(i).fileName
            || again->entries().at(i).digest != entries.at(i).digest)
            __builtin_trap();
    }
    return 0;
}
