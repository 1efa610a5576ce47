#pragma once

// Internal to model/package: the certificate chain half of verifySignature().

#include "model/package/signature.h"
#include "model/package/signatureopenssl.h"

#include <QCoreApplication>

#include <vector>

namespace ovf::package {

// Verifies a signer's certificate chain with an X509_STORE built from TrustOptions and checks
// the code-signing purpose, which OpenSSL has no X509_PURPOSE for. Every failure OpenSSL
// meets is collected (the verify callback records it and lets verification go on), so the
// reasons list all problems, not only the first one.
class SignatureChain
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::SignatureChain)

public:
    explicit SignatureChain(const TrustOptions &options)
        : m_options(options)
    { }

    // `certificates` are the file's certificates, the signer first (never empty). Fills
    // check.chain, chainFindings, reasons, anchorProblems and chainInfo.
    void verify(const std::vector<ssl::X509Ptr> &certificates, SignatureCheck &check);

    // One failure reported by X509_verify_cert, with the certificate it concerns.
    struct Failure
    {
        int error = 0;
        int depth = 0;
        CertificateInfo certificate;
    };

private:
    // The store of m_options: the cached one when nothing it is loaded from has changed.
    ssl::StorePtr store(QStringList &anchorProblems) const;
    ssl::StorePtr buildStore(QStringList &anchorProblems) const;
    void addFinding(SignatureCheck::ChainStatus status, const QString &reason);
    void mapFailure(const Failure &failure);
    void checkPurpose(X509 *certificate, bool isSigner);
    int requiredSecurityBits() const;

    const TrustOptions &m_options;
    QList<std::pair<SignatureCheck::ChainStatus, QString>> m_findings;
};

} // namespace ovf::package
