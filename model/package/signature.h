#pragma once

#include "model/package/trustoptions.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ovf::package {

class CertificateFile;

// What a user needs to recognise a certificate before trusting it.
struct CertificateInfo
{
    QString commonName; // the subject's CN, or the whole subject when it has none
    QString subject; // RFC 2253, UTF-8: "CN=Example Signing,O=Example Inc.,C=DE"
    QString issuer;
    QString serialNumber; // upper-case hex bytes separated by colons
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QString sha256Fingerprint; // upper-case hex bytes separated by colons
    QString keyType; // "RSA", "EC (prime256v1)", ...
    int keyBits = 0;
    QString signatureAlgorithm; // "sha256WithRSAEncryption", ...
    QString keyUsage; // "digitalSignature, keyCertSign"; empty without the extension
    QString extendedKeyUsage; // "codeSigning, serverAuth"; empty without the extension
    bool selfSigned = false;
    bool isCa = false;
};

// The outcome of verifySignature(): whether the signature matches the manifest, and whether
// the signer's certificate can be trusted for code signing, each with reasons in plain words.
struct SignatureCheck
{
    enum class ChainStatus {
        Trusted, // chains to a trusted anchor, valid now, fit for code signing
        SelfSigned, // the signer (or the chain's end) is self-signed and not an anchor
        UnknownIssuer, // an issuer is neither in the certificate file nor an anchor
        Expired,
        NotYetValid,
        WrongPurpose, // extended key usage without codeSigning, or key usage without
                      // digitalSignature
        WeakKey, // a key or a certificate signature below TrustOptions::securityLevel
        Other, // anything else OpenSSL refuses (a broken CA certificate, ...)
    };

    bool signatureValid = false;
    QString signatureProblem; // why the signature is not valid; empty when it is
    // The most telling chain finding (the first of chainFindings), Trusted when there is none.
    ChainStatus chain = ChainStatus::Other;
    // Every distinct finding, most telling first: SelfSigned, UnknownIssuer, Expired,
    // NotYetValid, WrongPurpose, WeakKey, Other.
    QList<ChainStatus> chainFindings;
    // Why the signature does not make the package Verified, one sentence each: every chain
    // finding, and a SHA-1 signature digest (weakDigest). Empty when isTrusted().
    QStringList reasons;
    // The signature line names SHA-1.
    bool weakDigest = false;
    // Trust anchor files that could not be used (unreadable, no certificate); informational,
    // they do not change the verdict by themselves.
    QStringList anchorProblems;
    CertificateInfo signer;
    // The chain as built, signer first, up to the anchor; when the chain could not be built,
    // the certificates of the file.
    QList<CertificateInfo> chainInfo;

    bool isTrusted() const
    {
        return signatureValid && chain == ChainStatus::Trusted && reasons.isEmpty();
    }
};

// "trusted", "self-signed", "unknown issuer", "expired", "not yet valid", "wrong purpose",
// "weak key", "other": stable names for output formats and tests (not translated).
QString chainStatusName(SignatureCheck::ChainStatus status);

// Verifies the signature of `file` over the exact bytes of the manifest it signs (DSP0243
// §5.2) and the signer's certificate chain:
//  - the signature with the signer's public key (the first certificate) and the digest of the
//    signature line: RSA PKCS#1 v1.5 or ECDSA; other key types are a signature problem;
//  - the chain with OpenSSL against the system store (options.useSystemStore) and
//    options.extraAnchors, the other certificates of the file as untrusted intermediates, at
//    options.at, at options.securityLevel;
//  - the code-signing purpose, which OpenSSL does not know: a signer or intermediate with an
//    extended key usage extension needs codeSigning (1.3.6.1.5.5.7.3.3) or
//    anyExtendedKeyUsage, and a signer with a key usage extension needs digitalSignature.
// Never fails: every problem is reported in the result. Threading: reentrant; it reads the
// anchor files and the system store, so run it off the GUI thread.
SignatureCheck verifySignature(
    const CertificateFile &file, QByteArrayView manifestBytes, const TrustOptions &options = {});

} // namespace ovf::package
