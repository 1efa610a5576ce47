#pragma once

#include "model/package/digest.h"
#include "model/package/signature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

struct evp_pkey_st;

namespace ovf::package {

// A private key with its certificate chain, able to sign manifests (DSP0243 §5.2).
// Move-only; the key never leaves the object. Reentrant: sign() may run on any thread, one
// call at a time per Signer.
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Signer)

public:
    // A PEM private key (PKCS#8 or traditional, encrypted or not) and a PEM file with the
    // signer's certificate, optionally followed by its intermediates (both may be one file).
    // `passphrase` decrypts an encrypted key and is never asked for on a terminal.
    // Errors, each naming the file: unreadable; not a private key; encrypted but no
    // passphrase; wrong passphrase; no certificate; "the private key does not belong to the
    // certificate"; a key type other than RSA or EC.
    static std::expected<Signer, QString> fromPem(
        const QString &keyPath, const QString &certificatePath, const QByteArray &passphrase = {});
    // A PKCS#12 (.p12, .pfx) file with the key, its certificate and optionally the chain.
    // Errors: unreadable; not PKCS#12; wrong passphrase; no key or no certificate; an
    // encryption this OpenSSL cannot decrypt (RC2 or 3DES files from old tools need the legacy
    // provider: re-export with AES); the key does not belong to the certificate.
    static std::expected<Signer, QString> fromPkcs12(
        const QString &path, const QByteArray &passphrase);

    Signer(Signer &&other) noexcept;
    Signer &operator=(Signer &&other) noexcept;
    Signer(const Signer &) = delete;
    Signer &operator=(const Signer &) = delete;
    ~Signer();

    // The signer's certificate.
    CertificateInfo certificate() const;
    // DER certificates: the signer first, then its issuers in order as far as they were given.
    const QList<QByteArray> &certificateChain() const { return m_chain; }

    // The raw signature of `data` with `algorithm`: RSA PKCS#1 v1.5 or DER ECDSA.
    std::expected<QByteArray, QString> sign(QByteArrayView data, DigestAlgorithm algorithm) const;

private:
    Signer() = default;
    static std::expected<Signer, QString> assemble(
        evp_pkey_st *key, QList<QByteArray> certificates, const QString &source);

    evp_pkey_st *m_key = nullptr;
    QList<QByteArray> m_chain;
};

// The bytes of the certificate file for a manifest (DSP0243 §5.2): the signature line
// `SHA256(manifestFileName)= hex` over the exact `manifestBytes`, then the signer's chain in
// PEM. `algorithm` is SHA-256 by default or SHA-512; SHA-1 is refused.
std::expected<QByteArray, QString> signManifest(QByteArrayView manifestBytes,
    const QString &manifestFileName, const Signer &signer,
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256);

} // namespace ovf::package
