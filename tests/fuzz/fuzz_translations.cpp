// A translator's file (XLIFF 1.2/1.1/1.0, XLIFF 2.0 or gettext PO, recognized from the content)
// as `ovfctl strings import` and the Strings editor's Import read it. Oracle besides the
// sanitizers: a file that is read, written again in its own format and read back gives the
// same languages and the same units (id, source, translation, whether it has one and whether
// it is final); every refusal says why.
#include "fuzzinput.h"

#include "model/l10n/translationfile.h"

namespace {

bool sameUnits(const ovf::l10n::TranslationFile &a, const ovf::l10n::TranslationFile &b)
{
    if (a.format != b.format || a.sourceLanguage != b.sourceLanguage || a.targetLanguage != b.targetLanguage
        || a.units.size() != b.units.size())
        return false;
    for (qsizetype i = 0; i < a.units.size(); ++i) {
        const auto &x = a.units.at(i);
        const auto &y = b.units.at(i);
        if (x.msgid != y.msgid || x.source != y.source || x.hasTarget != y.hasTarget
            || (x.hasTarget && (x.target != y.target || x.final != y.final)))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ovf::l10n::TranslationFile;
    auto read = TranslationFile::read(ovf::fuzz::bytes(data, size), QStringLiteral("fuzz.xlf"));
    if (!read) {
        if (read.error().message.isEmpty() || read.error().toString().isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const QByteArray written = read->write();
    auto again = TranslationFile::read(written, QStringLiteral("again.xlf"));
    if (!again || !sameUnits(*read, *again))
        __builtin_trap();
    return 0;
}
