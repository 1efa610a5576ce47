#include "model/package/signature.h"

#include "model/package/certificatefile.h"
#include "model/package/signaturechain.h"
#include "model/package/signatureopenssl.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

struct SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Signature)
};

// Checks the signature bytes against the manifest bytes with the signer's public key.
// Returns an empty string when the signature is valid, otherwise why not.
QString checkSignatureBytes(const CertificateFile &file, QByteArrayView manifestBytes, X509 *signer)
{
    EVP_PKEY *key = X509_get0_pubkey(signer);
    if (!key) {
        return SignatureText::tr("The signer's certificate has a public key that cannot be read: "
                                 "%1")
            .arg(ssl::takeErrors());
    }
    const int type = EVP_PKEY_get_base_id(key);
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_EC) {
        return SignatureText::tr("The signer's certificate has a %1 key; OVF signatures are made "
                                 "with RSA (PKCS#1 v1.5) or ECDSA keys")
            .arg(ssl::keyType(key));
    }
    const QByteArray &signature = file.signature();
    const int bits = EVP_PKEY_get_bits(key);
    if (type == EVP_PKEY_RSA && signature.size() != EVP_PKEY_get_size(key)) {
        return SignatureText::tr("The signature is %1 bytes long, but the signer's %2-bit RSA key "
                                 "makes signatures of %3 bytes: the signature is truncated, "
                                 "damaged or made with another key")
            .arg(signature.size())
            .arg(bits)
            .arg(EVP_PKEY_get_size(key));
    }

    ssl::clearErrors();
    ssl::MdCtxPtr context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestVerifyInit_ex(context.get(), nullptr, ssl::digestName(file.algorithm()),
               nullptr, nullptr, key, nullptr)
            != 1) {
        return SignatureText::tr("The signature cannot be checked with the signer's %1 key and %2: "
                                 "%3")
            .arg(ssl::keyType(key), digestAlgorithmName(file.algorithm()), ssl::takeErrors());
    }
    const int result = EVP_DigestVerify(context.get(),
        reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(manifestBytes.data()),
        size_t(manifestBytes.size()));
    const QString details = ssl::takeErrors();
    if (result == 1)
        return {};
    if (result == 0 || type == EVP_PKEY_RSA) {
        return SignatureText::tr("The signature does not match the manifest %1: the manifest was "
                                 "changed after it was signed, or the signature was made with "
                                 "another key than the certificate's")
            .arg(file.manifestName());
    }
    const QString problem = SignatureText::tr("The signature is malformed: it is not a valid %1 "
                                              "signature")
                                .arg(type == EVP_PKEY_EC ? u"ECDSA"_s : ssl::keyType(key));
    return details.isEmpty() ? problem : problem + u" ("_s + details + u')';
}

} // namespace

QString chainStatusName(SignatureCheck::ChainStatus status)
{
    switch (status) {
    case SignatureCheck::ChainStatus::Trusted:
        return u"trusted"_s;
    case SignatureCheck::ChainStatus::SelfSigned:
        return u"self-signed"_s;
    case SignatureCheck::ChainStatus::UnknownIssuer:
        return u"unknown issuer"_s;
    case SignatureCheck::ChainStatus::Expired:
        return u"expired"_s;
    case SignatureCheck::ChainStatus::NotYetValid:
        return u"not yet valid"_s;
    case SignatureCheck::ChainStatus::WrongPurpose:
        return u"wrong purpose"_s;
    case SignatureCheck::ChainStatus::WeakKey:
        return u"weak key"_s;
    case SignatureCheck::ChainStatus::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

SignatureCheck verifySignature(
    const CertificateFile &file, QByteArrayView manifestBytes, const TrustOptions &options)
{
    SignatureCheck check;
    std::vector<ssl::X509Ptr> certificates;
    for (const QByteArray &der : file.certificates()) {
        ssl::X509Ptr certificate = ssl::certificateFromDer(der);
        if (certificate)
            certificates.push_back(std::move(certificate));
    }
    ssl::clearErrors();
    if (certificates.empty() || certificates.size() != size_t(file.certificates().size())) {
        check.signatureProblem = SignatureText::tr("The certificate file %1 holds a certificate "
                                                   "that cannot be decoded")
                                     .arg(file.fileName());
        check.chain = SignatureCheck::ChainStatus::Other;
        check.chainFindings = { SignatureCheck::ChainStatus::Other };
        check.reasons.append(check.signatureProblem);
        return check;
    }
    X509 *signer = certificates.front().get();
    check.signer = ssl::describeCertificate(signer);

    check.signatureProblem = checkSignatureBytes(file, manifestBytes, signer);
    check.signatureValid = check.signatureProblem.isEmpty();

    SignatureChain chain(options);
    chain.verify(certificates, check);

    if (file.algorithm() == DigestAlgorithm::Sha1) {
        check.weakDigest = true;
        check.reasons.append(SignatureText::tr("The signature is made with SHA-1, for which "
                                               "collisions can be computed: use SHA-256 or "
                                               "SHA-512"));
    }
    ssl::clearErrors();
    return check;
}

} // namespace ovf::package
