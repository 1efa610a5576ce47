#pragma once

// Walks every member of an archive reader the way the verifier does: header, then the data in
// small reads, skipping some members, so both paths are exercised.

#include "model/package/archivereader.h"

namespace ovf::fuzz {

inline void walk(package::ArchiveReader &reader)
{
    char buffer[4096];
    for (int n = 0; n < 100'000; ++n) {
        auto header = reader.next();
        if (!header || !*header)
            return;
        if (n % 3 == 2) {
            if (!reader.skip())
                return;
            continue;
        }
        for (;;) {
            auto got = reader.read(buffer, sizeof buffer);
            if (!got || *got == 0)
                break;
        }
    }
}

} // namespace ovf::fuzz
