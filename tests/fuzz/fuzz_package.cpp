// The whole verification of an OVA (member policy, descriptor, manifest, certificate, digests)
// on arbitrary bytes: what an operator's first click on a downloaded file runs.
#include "fuzzinput.h"

#include "model/package/packageverifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ovf::fuzz::scratchFile(ovf::fuzz::bytes(data, size), ".ova");
    ovf::package::VerifyOptions options;
    options.limits.maxMembers = 200;
    options.limits.maxDescriptorBytes = 1 << 20;
    options.hashThreads = 1;
    (void)ovf::package::PackageVerifier::verify(path, options);
    return 0;
}
