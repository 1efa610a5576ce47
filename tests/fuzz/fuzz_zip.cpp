// The ZIP reader (layout check before minizip, then QuaZip's member iteration) with the member
// policy, on arbitrary bytes.
#include "archivewalk.h"
#include "fuzzinput.h"

#include "model/package/zipreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = ovf::fuzz::scratchFile(ovf::fuzz::bytes(data, size), ".zip");
    ovf::package::MemberPolicy::Limits limits;
    limits.maxMembers = 200;
    limits.maxDescriptorBytes = 1 << 20;
    auto reader = ovf::package::ZipReader::open(path, limits);
    if (reader)
        ovf::fuzz::walk(**reader);
    return 0;
}
