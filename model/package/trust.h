#pragma once

#include "model/package/certificatefile.h"
#include "model/package/manifest.h"
#include "model/package/manifestcoverage.h"
#include "model/package/signature.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ovf::package {

// How far a package can be trusted (DESIGN.md "Untrusted input"). Never a yes/no: the
// verdict always carries its reasons.
enum class TrustState {
    Verified, // signed, the signature valid and chaining to a trusted anchor for code signing,
              // every digest SHA-256 or better and matching, coverage complete
    Intact, // every digest matches and coverage is complete, but: unsigned, or the signer is
            // not trusted (self-signed, unknown, expired, not yet valid, weak, wrong
            // purpose), or SHA-1 is used somewhere
    Incomplete, // every digest the manifest lists matches, but its coverage has gaps: a file
                // of the package without a digest (the descriptor under OVF Tool 4.0's blank
                // padding line, a referenced file), or a listed file that is in the package
                // but not referenced. Nothing is known to be wrong; what has no digest is
                // unchecked, so like Unchecked it is deployed only with an acknowledgement.
    Unchecked, // no manifest at all
    Invalid, // a digest or signature mismatch, a listed file that is absent, a malformed
             // manifest or certificate file, a certificate for another manifest or without
             // a manifest
};

// True for the states a deployment accepts only with the operator's explicit
// acknowledgement (`ovfctl deploy --allow-unchecked`, the wizard's tick box).
bool needsAcknowledgement(TrustState state);

// "Verified", "Intact", "Incomplete", "Unchecked", "Invalid", translated.
QString trustStateName(TrustState state);

// The digest check of one manifest entry, done by the archive layer on the bytes it staged.
struct FileDigestResult
{
    QString fileName; // as in the manifest entry
    bool present = false; // the package has a member of that name
    bool matches = false; // present and its digest equals the entry's
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QString expectedHex; // the entry's digest
    QString actualHex; // the member's digest; empty when absent
};

// Everything evaluateTrust() needs, gathered by whoever read the package:
//  - hasManifest: the package has a manifest member (DSP0243 §5.1: same base name as the
//    descriptor, ".mf"). Then either `manifest` (Manifest::parse succeeded) or
//    `manifestError` (it failed).
//  - coverage: checkCoverage() of that manifest.
//  - results: one FileDigestResult per entry of manifest->entries(); an entry without a
//    result counts as a failed check.
//  - hasCertificate: the package has a certificate member (".cert"). Then either `cert`
//    (CertificateFile::parse with the manifest's name succeeded) and `signature`
//    (verifySignature over the manifest's exact bytes), or `certError`.
struct TrustInput
{
    bool hasManifest = false;
    std::optional<Manifest> manifest;
    std::optional<ManifestError> manifestError;
    CoverageReport coverage;
    QList<FileDigestResult> results;

    bool hasCertificate = false;
    std::optional<CertificateFile> cert;
    QString certError;
    std::optional<SignatureCheck> signature;
};

struct TrustVerdict
{
    TrustState state = TrustState::Invalid;
    // For Invalid: every reason for refusal. For Intact: every reason it is not Verified.
    // For Unchecked: that there is no manifest. For Verified: who signed and what was checked.
    QStringList reasons;
};

// Applies the rules of TrustState to `input`; the first matching row wins:
//  1. no manifest, but a certificate                                   -> Invalid
//  2. no manifest                                                      -> Unchecked
//  3. manifest unreadable, manifest error problems, an entry absent or not matching or not
//     checked, certificate file unreadable or for another manifest, signature not checked
//     or not valid                                                     -> Invalid
//  4. coverage gaps (each named: the file without a digest, the listed file the descriptor
//     does not reference), followed by the reasons of row 5            -> Incomplete
//  5. unsigned, signer not trusted (SignatureCheck::reasons), a SHA-1 signature, SHA-1
//     entries (named)                                                  -> Intact
//  6. otherwise                                                        -> Verified
// Pure function; reentrant.
TrustVerdict evaluateTrust(const TrustInput &input);

} // namespace ovf::package
