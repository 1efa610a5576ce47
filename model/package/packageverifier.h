#pragma once

#include "model/ovf/job.h"
#include "model/package/verifyoptions.h"
#include "model/package/verifyresult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>

#include <atomic>

namespace ovf::package {

// Verifies an OVF package (OVA, gzip-compressed OVA, ZIP or OVF folder), reading every byte once
// (but see below) and says how far it can be trusted (DESIGN.md "Untrusted input"; DSP0243
// §5.1-§5.3):
//  - every member passes the safety policy (ArchiveReader); the first refusal stops the
//    reading and makes the package Invalid;
//  - the descriptor (the first "*.ovf" member, at most limits.maxDescriptorBytes) is parsed
//    (no DOCTYPE, capped depth); its File hrefs are resolved with HrefPolicy, chunked files
//    checked with ChunkReassembler, stored sizes compared with ovf:size;
//  - in a plain OVA, members of 1 MiB or more are skipped by the walk over the headers (the
//    tar stores them as is, at offsets the headers give) and hashed after it, in parallel,
//    straight from the file (RangeHasher), with the algorithm of their manifest entry wherever
//    the manifest was: every byte is read once;
//  - every other member (gzip OVA, ZIP, folder, small members) is hashed while it streams, on
//    a pool of workers (HashPipeline), with the algorithm of its manifest entry when the
//    manifest came first (DSP0243 order), or with SHA-256 when it has not been seen yet;
//    when the manifest then lists such a member with another algorithm (SHA-1, SHA-512),
//    those members are read a second time and their SHA-256 must come out the same
//    ("package-changed" otherwise); compressed files are hashed as stored (DSP0243 §7.1:
//    digests cover the stored bytes);
//  - the manifest's coverage and digests and the certificate's signature and chain are
//    judged by evaluateTrust().
// Writes nothing, anywhere. Peak memory: the descriptor, the manifest and certificate,
// options.maxBytesInFlight and one 1 MiB buffer per hashing thread, whatever the package size.
//
// Threading: blocking and reentrant; run it off the GUI thread (verifyAsync, or
// QtConcurrent::run with a QPromise). `progress` is called on the calling thread; `done` never
// decreases, and `total` (the package size) grows by the package size once when a second pass
// is needed. `cancel`, when set, is polled in every read loop; the result then has
// cancelled = true.
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)

public:
    static VerifyResult verify(const QString &path, const VerifyOptions &options = {},
                               const ByteProgress &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

    // For QtConcurrent::run(&PackageVerifier::verifyWithPromise, path, options): progress in
    // bytes through the promise (range 0..package size), cancellation from the future.
    static void verifyWithPromise(QPromise<VerifyResult> &promise, const QString &path,
                                  const VerifyOptions &options);
    static QFuture<VerifyResult> verifyAsync(const QString &path, const VerifyOptions &options = {});
};

} // namespace ovf::package
