// Descriptor load + validate on arbitrary bytes. Oracle besides the sanitizers: a document
// that loads is saved back byte for byte (the lossless promise of model/ovf).
#include "fuzzinput.h"

#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = ovf::fuzz::bytes(data, size);
    auto d = ovf::Descriptor::fromBytes(input, QStringLiteral("fuzz.ovf"));
    if (!d) {
        if (d.error().toString().isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    if ((*d)->xml().save() != input)
        __builtin_trap();
    ovf::validation::Options options;
    options.resolveBundle = [](const QString &) -> std::expected<QByteArray, QString> {
        return std::unexpected(QStringLiteral("no bundles while fuzzing"));
    };
    (void)ovf::validation::validate(**d, options);
    return 0;
}
