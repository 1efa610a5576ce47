#include "model/package/signatureopenssl.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <ctime>

using namespace Qt::StringLiterals;

namespace ovf::package::ssl {

namespace {

// "AB:CD:..." for raw bytes.
QString colonHex(QByteArrayView raw)
{
    return QString::fromLatin1(raw.toByteArray().toHex(':').toUpper());
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 passes through instead of \XX escapes.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString serialText(const ASN1_INTEGER *serial)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
    if (!bn)
        return {};
    QByteArray raw(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(raw.data()));
    BN_free(bn);
    return raw.isEmpty() ? u"00"_s : colonHex(raw);
}

QString keyUsageText(X509 *certificate)
{
    if (!(X509_get_extension_flags(certificate) & EXFLAG_KUSAGE))
        return {};
    const uint32_t usage = X509_get_key_usage(certificate);
    static const struct
    {
        uint32_t bit;
        const char *name;
    } kBits[] = {
        { KU_DIGITAL_SIGNATURE, "digitalSignature" },
        { KU_NON_REPUDIATION, "nonRepudiation" },
        { KU_KEY_ENCIPHERMENT, "keyEncipherment" },
        { KU_DATA_ENCIPHERMENT, "dataEncipherment" },
        { KU_KEY_AGREEMENT, "keyAgreement" },
        { KU_KEY_CERT_SIGN, "keyCertSign" },
        { KU_CRL_SIGN, "cRLSign" },
        { KU_ENCIPHER_ONLY, "encipherOnly" },
        { KU_DECIPHER_ONLY, "decipherOnly" },
    };
    QStringList names;
    for (const auto &bit : kBits) {
        if (usage & bit.bit)
            names.append(QString::fromLatin1(bit.name));
    }
    return names.join(u", "_s);
}

QString extendedKeyUsageText(X509 *certificate)
{
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return {};
    QStringList names;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(usages, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            names.append(QString::fromLatin1(OBJ_nid2sn(nid)));
        } else {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            names.append(QString::fromLatin1(oid));
        }
    }
    EXTENDED_KEY_USAGE_free(usages);
    return names.join(u", "_s);
}

} // namespace

QString takeErrors()
{
    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        QString text
            = reason ? QString::fromLatin1(reason) : u"OpenSSL error %1"_s.arg(code, 0, 16);
        if (!messages.contains(text))
            messages.append(text);
    }
    return messages.join(u"; "_s);
}

void clearErrors()
{
    ERR_clear_error();
}

BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

const char *digestName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return "SHA1";
    case DigestAlgorithm::Sha256:
        return "SHA256";
    case DigestAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

QList<QByteArray> pemCertificates(QByteArrayView pem)
{
    QList<QByteArray> result;
    BioPtr bio = memoryBio(pem);
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        result.append(certificateToDer(certificate));
        X509_free(certificate);
    }
    clearErrors(); // the loop ends with a "no start line" error
    return result;
}

X509Ptr certificateFromDer(QByteArrayView der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    return X509Ptr(d2i_X509(nullptr, &cursor, long(der.size())));
}

QByteArray certificateToDer(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

QString keyType(const EVP_PKEY *key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return u"RSA"_s;
    case EVP_PKEY_RSA_PSS:
        return u"RSA-PSS"_s;
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1)
            return u"EC (%1)"_s.arg(QString::fromUtf8(group, qsizetype(length)));
        return u"EC"_s;
    }
    case EVP_PKEY_DSA:
        return u"DSA"_s;
    case EVP_PKEY_ED25519:
        return u"Ed25519"_s;
    case EVP_PKEY_ED448:
        return u"Ed448"_s;
    default:
        break;
    }
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : u"unknown"_s;
}

CertificateInfo describeCertificate(X509 *certificate)
{
    CertificateInfo info;
    if (!certificate)
        return info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.commonName = commonNameOf(X509_get_subject_name(certificate));
    if (info.commonName.isEmpty())
        info.commonName = info.subject;
    info.serialNumber = serialText(X509_get0_serialNumber(certificate));
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));

    unsigned char fingerprint[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), fingerprint, &length) == 1) {
        info.sha256Fingerprint = colonHex(
            QByteArrayView(reinterpret_cast<const char *>(fingerprint), qsizetype(length)));
    }
    const EVP_PKEY *key = X509_get0_pubkey(certificate);
    info.keyType = keyType(key);
    info.keyBits = key ? EVP_PKEY_get_bits(key) : 0;
    const int signatureNid = X509_get_signature_nid(certificate);
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(signatureNid));
    info.keyUsage = keyUsageText(certificate);
    info.extendedKeyUsage = extendedKeyUsageText(certificate);
    info.selfSigned = X509_self_signed(certificate, 0) == 1;
    info.isCa = X509_check_ca(certificate) > 0;
    clearErrors();
    return info;
}

} // namespace ovf::package::ssl
