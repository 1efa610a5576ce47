#pragma once

#include "model/package/memberpolicy.h"
#include "model/package/trustoptions.h"

#include <functional>

namespace ovf::package {

// Receives the bytes of the package consumed so far and its total size (for a progress bar
// in bytes). Called on the verifying thread, after every block (about 1 MiB).
using VerifyProgress = std::function<void(qint64 done, qint64 total)>;

// How PackageVerifier reads and judges a package.
struct VerifyOptions
{
    // Anchors, time and security level for the signature's certificate chain.
    TrustOptions trust;
    // The safety policy's limits (members, name and header sizes, descriptor cap).
    MemberPolicy::Limits limits;
    // Hashing workers; 0 picks min(4, ideal thread count). The reading thread is extra.
    int hashThreads = 0;
    // Bytes read but not yet hashed, at most (the bound on peak memory besides the
    // descriptor and the manifest).
    qint64 maxBytesInFlight = qint64(32) << 20;
};

} // namespace ovf::package
