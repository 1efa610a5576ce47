// The OVA reader (tar: ustar, pax, GNU; plain or gzip-compressed) with the member policy, on
// arbitrary bytes. The first byte picks plain (even) or gzip (odd) framing of the rest.
#include "archivewalk.h"
#include "fuzzinput.h"

#include "model/package/tarreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool gzip = data[0] & 1;
    const QString path = ovf::fuzz::scratchFile(ovf::fuzz::bytes(data + 1, size - 1), gzip ? ".ova.gz" : ".ova");
    ovf::package::MemberPolicy::Limits limits;
    limits.maxMembers = 200;
    limits.maxDescriptorBytes = 1 << 20;
    auto reader = ovf::package::TarReader::open(path, gzip, limits);
    if (reader)
        ovf::fuzz::walk(**reader);
    return 0;
}
