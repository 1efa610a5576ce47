#include "model/package/signer.h"

#include "model/package/certificatefile.h"
#include "model/package/signatureopenssl.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

constexpr qint64 kMaxKeyFileSize = qint64(1) << 20;

std::expected<QByteArray, QString> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Signer::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxKeyFileSize)
        return std::unexpected(
            Signer::tr("%1 is too large for a key or certificate file").arg(path));
    return file.readAll();
}

// Hands the passphrase to OpenSSL, and notes that the key was encrypted. Returning -1 for an
// empty passphrase keeps OpenSSL from prompting on a terminal.
struct PassphraseRequest
{
    const QByteArray *passphrase = nullptr;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int /*writing*/, void *userData)
{
    auto *request = static_cast<PassphraseRequest *>(userData);
    request->asked = true;
    if (request->passphrase->isEmpty())
        return -1;
    const int length = int(qMin(qsizetype(size), request->passphrase->size()));
    std::memcpy(buffer, request->passphrase->constData(), size_t(length));
    return length;
}

} // namespace

std::expected<Signer, QString> Signer::assemble(
    evp_pkey_st *rawKey, QList<QByteArray> certificates, const QString &source)
{
    ssl::PkeyPtr key(rawKey);
    const int type = EVP_PKEY_get_base_id(key.get());
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_EC) {
        return std::unexpected(tr("The private key in %1 is a %2 key; OVF signatures need an RSA "
                                  "or EC key")
                                   .arg(source, ssl::keyType(key.get())));
    }
    if (certificates.isEmpty())
        return std::unexpected(tr("%1 contains no certificate").arg(source));

    std::vector<ssl::X509Ptr> remaining;
    for (const QByteArray &der : std::as_const(certificates))
        remaining.push_back(ssl::certificateFromDer(der));
    std::vector<ssl::X509Ptr> chain;
    for (auto it = remaining.begin(); it != remaining.end(); ++it) {
        if (*it && EVP_PKEY_eq(X509_get0_pubkey(it->get()), key.get()) == 1) {
            chain.push_back(std::move(*it));
            remaining.erase(it);
            break;
        }
    }
    ssl::clearErrors();
    if (chain.empty()) {
        return std::unexpected(
            tr("The private key does not belong to the certificate (%1)").arg(source));
    }
    // The issuers in order, as far as the given certificates reach.
    for (bool found = true; found && X509_self_signed(chain.back().get(), 0) != 1;) {
        found = false;
        for (auto it = remaining.begin(); it != remaining.end(); ++it) {
            if (*it && X509_check_issued(it->get(), chain.back().get()) == X509_V_OK) {
                chain.push_back(std::move(*it));
                remaining.erase(it);
                found = true;
                break;
            }
        }
    }

    Signer signer;
    signer.m_key = key.release();
    for (const ssl::X509Ptr &certificate : chain)
        signer.m_chain.append(ssl::certificateToDer(certificate.get()));
    return signer;
}

std::expected<Signer, QString> Signer::fromPem(
    const QString &keyPath, const QString &certificatePath, const QByteArray &passphrase)
{
    const auto keyPem = readSmallFile(keyPath);
    if (!keyPem)
        return std::unexpected(keyPem.error());
    const auto certificatePem = readSmallFile(certificatePath);
    if (!certificatePem)
        return std::unexpected(certificatePem.error());

    ssl::clearErrors();
    PassphraseRequest request { &passphrase };
    ssl::BioPtr bio = ssl::memoryBio(*keyPem);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &request);
    const QString details = ssl::takeErrors();
    if (!key) {
        if (request.asked && passphrase.isEmpty())
            return std::unexpected(
                tr("The private key %1 is encrypted: a passphrase is needed").arg(keyPath));
        if (request.asked)
            return std::unexpected(tr("Wrong passphrase for the private key %1").arg(keyPath));
        return std::unexpected(
            tr("%1 does not contain a PEM private key (%2)").arg(keyPath, details));
    }
    return assemble(key, ssl::pemCertificates(*certificatePem), certificatePath);
}

std::expected<Signer, QString> Signer::fromPkcs12(const QString &path, const QByteArray &passphrase)
{
    const auto bytes = readSmallFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());

    ssl::clearErrors();
    ssl::BioPtr bio = ssl::memoryBio(*bytes);
    PKCS12 *p12 = d2i_PKCS12_bio(bio.get(), nullptr);
    if (!p12) {
        return std::unexpected(tr("%1 is not a PKCS#12 file (%2)").arg(path, ssl::takeErrors()));
    }
    // An empty passphrase may mean "none" or "the empty string": PKCS#12 tools differ.
    const char *password = passphrase.constData();
    if (PKCS12_mac_present(p12)) {
        if (PKCS12_verify_mac(p12, password, int(passphrase.size())) != 1) {
            if (passphrase.isEmpty() && PKCS12_verify_mac(p12, nullptr, 0) == 1) {
                password = nullptr;
            } else {
                PKCS12_free(p12);
                ssl::clearErrors();
                return std::unexpected(passphrase.isEmpty()
                        ? tr("%1 is protected: a passphrase is needed").arg(path)
                        : tr("Wrong passphrase for %1").arg(path));
            }
        }
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *authorities = nullptr;
    const int parsed = PKCS12_parse(p12, password, &key, &certificate, &authorities);
    PKCS12_free(p12);
    ssl::X509Ptr ownedCertificate(certificate);
    ssl::X509StackPtr ownedAuthorities(authorities);
    if (parsed != 1) {
        const QString details = ssl::takeErrors();
        EVP_PKEY_free(key);
        if (details.contains(u"unsupported"_s, Qt::CaseInsensitive)) {
            return std::unexpected(tr("%1 is encrypted with an algorithm this OpenSSL does not "
                                      "enable (RC2 or 3DES from an old tool); export it again with "
                                      "AES (%2)")
                                       .arg(path, details));
        }
        return std::unexpected(tr("%1 cannot be read (%2)").arg(path, details));
    }
    if (!key) {
        return std::unexpected(tr("%1 contains no private key").arg(path));
    }
    QList<QByteArray> certificates;
    if (certificate)
        certificates.append(ssl::certificateToDer(certificate));
    for (int i = 0; authorities && i < sk_X509_num(authorities); ++i)
        certificates.append(ssl::certificateToDer(sk_X509_value(authorities, i)));
    return assemble(key, certificates, path);
}

Signer::Signer(Signer &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_chain(std::move(other.m_chain))
{ }

Signer &Signer::operator=(Signer &&other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_chain = std::move(other.m_chain);
    }
    return *this;
}

Signer::~Signer()
{
    EVP_PKEY_free(m_key);
}

CertificateInfo Signer::certificate() const
{
    if (m_chain.isEmpty())
        return {};
    const ssl::X509Ptr certificate = ssl::certificateFromDer(m_chain.first());
    return ssl::describeCertificate(certificate.get());
}

std::expected<QByteArray, QString> Signer::sign(
    QByteArrayView data, DigestAlgorithm algorithm) const
{
    if (!m_key)
        return std::unexpected(tr("No signing key"));
    ssl::clearErrors();
    ssl::MdCtxPtr context(EVP_MD_CTX_new());
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    size_t length = 0;
    if (!context
        || EVP_DigestSignInit_ex(
               context.get(), nullptr, ssl::digestName(algorithm), nullptr, nullptr, m_key, nullptr)
            != 1
        || EVP_DigestSign(context.get(), nullptr, &length, bytes, size_t(data.size())) != 1) {
        return std::unexpected(
            tr("Cannot sign with %1: %2").arg(digestAlgorithmName(algorithm), ssl::takeErrors()));
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            bytes, size_t(data.size()))
        != 1) {
        return std::unexpected(
            tr("Cannot sign with %1: %2").arg(digestAlgorithmName(algorithm), ssl::takeErrors()));
    }
    signature.resize(qsizetype(length));
    return signature;
}

std::expected<QByteArray, QString> signManifest(QByteArrayView manifestBytes,
    const QString &manifestFileName, const Signer &signer, DigestAlgorithm algorithm)
{
    if (!isStrongDigest(algorithm)) {
        return std::unexpected(Signer::tr("%1 signatures are not made any more: use SHA256 or "
                                          "SHA512")
                                   .arg(digestAlgorithmName(algorithm)));
    }
    const auto signature = signer.sign(manifestBytes, algorithm);
    if (!signature)
        return std::unexpected(signature.error());
    return CertificateFile::serialize(
        algorithm, manifestFileName, *signature, signer.certificateChain());
}

} // namespace ovf::package
