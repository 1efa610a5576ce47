#include "model/package/trust.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

struct TrustText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Trust)
};

// The reasons found so far, by the state they lead to.
struct Findings
{
    QStringList invalid;
    QStringList incomplete;
    QStringList intact;
};

void checkManifest(const TrustInput &input, Findings &findings, QStringList &sha1Files)
{
    if (!input.manifest) {
        findings.invalid.append(input.manifestError
                ? TrustText::tr("The manifest cannot be read: %1")
                      .arg(input.manifestError->toString())
                : TrustText::tr("The manifest was not read"));
        return;
    }
    const Manifest &manifest = *input.manifest;
    for (const ManifestProblem &problem : manifest.problems()) {
        if (problem.severity == ManifestProblem::Severity::Error)
            findings.invalid.append(problem.toString());
    }
    // A gap in coverage proves nothing wrong: the file without a digest is unchecked, and an
    // extra entry's file is still checked below (absent or not matching: Invalid).
    findings.incomplete.append(input.coverage.messages());

    QHash<QString, const FileDigestResult *> results;
    for (const FileDigestResult &result : input.results)
        results.insert(result.fileName, &result);
    for (const ManifestEntry &entry : manifest.entries()) {
        const FileDigestResult *result = results.value(entry.fileName);
        const QString algorithm = digestAlgorithmName(entry.algorithm);
        if (!result) {
            findings.invalid.append(TrustText::tr("%1 was not checked against its %2 digest in the "
                                                  "manifest")
                                        .arg(entry.fileName, algorithm));
        } else if (!result->present) {
            findings.invalid.append(TrustText::tr("%1 is listed in the manifest but is not in the "
                                                  "package")
                                        .arg(entry.fileName));
        } else if (!result->matches) {
            findings.invalid.append(
                TrustText::tr("%1 does not match its %2 digest: the manifest "
                              "says %3, the file has %4")
                    .arg(entry.fileName, algorithm, result->expectedHex, result->actualHex));
        } else if (!isStrongDigest(entry.algorithm)) {
            sha1Files.append(entry.fileName);
        }
    }
}

void checkSignature(const TrustInput &input, Findings &findings)
{
    if (!input.hasCertificate) {
        findings.intact.append(TrustText::tr("The package is not signed"));
        return;
    }
    if (!input.cert) {
        findings.invalid.append(
            TrustText::tr("The certificate file is malformed: %1")
                .arg(input.certError.isEmpty() ? TrustText::tr("it was not read")
                                               : input.certError));
        return;
    }
    if (input.manifest) {
        const QString manifestName = QFileInfo(input.manifest->fileName()).fileName();
        if (input.cert->manifestName().compare(manifestName, Qt::CaseInsensitive) != 0) {
            findings.invalid.append(TrustText::tr("The certificate file is for another manifest: "
                                                  "it signs \"%1\", the package's manifest is "
                                                  "\"%2\"")
                                        .arg(input.cert->manifestName(), manifestName));
            return;
        }
    }
    if (!input.signature) {
        findings.invalid.append(TrustText::tr("The signature was not checked"));
        return;
    }
    const SignatureCheck &signature = *input.signature;
    if (!signature.signatureValid) {
        findings.invalid.append(signature.signatureProblem.isEmpty()
                ? TrustText::tr("The signature is not valid")
                : signature.signatureProblem);
        return;
    }
    findings.intact.append(signature.reasons);
    if (signature.chain != SignatureCheck::ChainStatus::Trusted && signature.reasons.isEmpty()) {
        findings.intact.append(
            TrustText::tr("The signer's certificate \"%1\" is not trusted (%2)")
                .arg(signature.signer.commonName, chainStatusName(signature.chain)));
    }
    if (input.cert->algorithm() == DigestAlgorithm::Sha1 && !signature.weakDigest)
        findings.intact.append(TrustText::tr("The signature is made with SHA-1"));
}

} // namespace

bool needsAcknowledgement(TrustState state)
{
    return state == TrustState::Incomplete || state == TrustState::Unchecked;
}

QString trustStateName(TrustState state)
{
    switch (state) {
    case TrustState::Verified:
        return TrustText::tr("Verified");
    case TrustState::Intact:
        return TrustText::tr("Intact");
    case TrustState::Incomplete:
        return TrustText::tr("Incomplete");
    case TrustState::Unchecked:
        return TrustText::tr("Unchecked");
    case TrustState::Invalid:
        return TrustText::tr("Invalid");
    }
    return {};
}

TrustVerdict evaluateTrust(const TrustInput &input)
{
    if (!input.hasManifest) {
        if (input.hasCertificate) {
            return { TrustState::Invalid,
                { TrustText::tr("The package has a certificate file but no manifest: a "
                                "signature must sign a manifest (DSP0243 §5.2)") } };
        }
        return { TrustState::Unchecked,
            { TrustText::tr("The package has no manifest: no file was checked") } };
    }

    Findings findings;
    QStringList sha1Files;
    checkManifest(input, findings, sha1Files);
    checkSignature(input, findings);
    if (!sha1Files.isEmpty()) {
        findings.intact.append(TrustText::tr("SHA-1 digests, for which collisions can be "
                                             "computed, protect %1")
                                   .arg(sha1Files.join(u", "_s)));
    }

    if (!findings.invalid.isEmpty())
        return { TrustState::Invalid, findings.invalid };
    if (!findings.incomplete.isEmpty())
        return { TrustState::Incomplete, findings.incomplete + findings.intact };
    if (!findings.intact.isEmpty())
        return { TrustState::Intact, findings.intact };

    const Manifest &manifest = *input.manifest;
    const SignatureCheck &signature = *input.signature;
    const QString issuer = signature.chainInfo.isEmpty() ? signature.signer.issuer
                                                         : signature.chainInfo.last().commonName;
    return { TrustState::Verified,
        { TrustText::tr("Signed by \"%1\", whose certificate chains to the trusted anchor "
                        "\"%2\" and is valid for code signing")
                .arg(signature.signer.commonName, issuer),
            TrustText::tr("Every file the manifest lists (%1) matches its digest, all %2 or "
                          "stronger, and the manifest covers the descriptor and exactly the "
                          "files it references")
                .arg(manifest.entries().size())
                .arg(digestAlgorithmName(manifest.weakestAlgorithm())) } };
}

} // namespace ovf::package
