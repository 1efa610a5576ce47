// Certificate file parsing (DSP0243 §5.2: the signature line and PEM certificates). Oracle:
// what parses serializes and parses again to the same signature and certificates.
#include "fuzzinput.h"

#include "model/package/certificatefile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ovf::package::CertificateFile;
    const QByteArray input = ovf::fuzz::bytes(data, size);
    auto c = CertificateFile::parse(input, QStringLiteral("fuzz.cert"), QStringLiteral("fuzz.mf"));
    if (!c)
        return 0;
    const QByteArray text = CertificateFile::serialize(c->algorithm(), c->manifestName(), c->signature(),
                                                       c->certificates());
    auto again = CertificateFile::parse(text, QStringLiteral("fuzz.cert"), QStringLiteral("fuzz.mf"));
    if (!again || again->signature() != c->signature() || again->certificates() != c->certificates()
        || again->algorithm() != c->algorithm())
        __builtin_trap();
    return 0;
}
