#pragma once

#include "model/ovf/job.h"
#include "model/package/memberpolicy.h"
#include "model/package/trustoptions.h"

#include <QStringList>

#include <functional>

namespace ovf::package {


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
    // Members whose digest the caller checks itself, in-line, while it reads them (the
    // Deployer's DiskConverter): they are not hashed here. Only honoured for members a plain
    // OVA stores in place (at least 1 MiB) that the manifest lists; any other named member is
    // hashed as usual. A deferred member is reported as MemberCheck::Status::Deferred, never
    // as matched, and the result's verdict counts it as not checked (see VerifyResult).
    QStringList deferredMembers;
    // Also defer the single, uncompressed member of every File a Disk of the descriptor
    // references (the names are not known before the descriptor is read); same conditions.
    bool deferDiskFiles = false;
};

} // namespace ovf::package
