#include "model/package/signaturechain.h"

#include "model/package/anchorfile.h"
#include "model/package/filestamp.h"

#include <QFile>
#include <QMutex>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

using Status = SignatureCheck::ChainStatus;

constexpr qint64 kMaxAnchorFileSize = AnchorFile::MaxSize;

int recordFailure(int ok, X509_STORE_CTX *context)
{
    if (ok == 1)
        return ok;
    auto *failures
        = static_cast<QList<SignatureChain::Failure> *>(X509_STORE_CTX_get_app_data(context));
    const int error = X509_STORE_CTX_get_error(context);
    const int depth = X509_STORE_CTX_get_error_depth(context);
    for (const SignatureChain::Failure &seen : std::as_const(*failures)) {
        if (seen.error == error && seen.depth == depth)
            return 1;
    }
    failures->append(
        { error, depth, ssl::describeCertificate(X509_STORE_CTX_get_current_cert(context)) });
    // Go on: the other problems of the chain are worth reporting too. The verdict is taken
    // from the recorded failures, not from X509_verify_cert's return value.
    return 1;
}

QString dateText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

// "TLS servers (serverAuth)" for the extended key usages a code-signing certificate lacks.
QString purposeText(const QString &extendedKeyUsage)
{
    static constexpr struct
    {
        const char *name;
        const char *text;
    } kPurposes[] = {
        { "serverAuth", QT_TRANSLATE_NOOP("ovf::package::SignatureChain", "TLS servers") },
        { "clientAuth", QT_TRANSLATE_NOOP("ovf::package::SignatureChain", "TLS clients") },
        { "emailProtection", QT_TRANSLATE_NOOP("ovf::package::SignatureChain", "e-mail") },
        { "timeStamping", QT_TRANSLATE_NOOP("ovf::package::SignatureChain", "time stamping") },
        { "OCSPSigning", QT_TRANSLATE_NOOP("ovf::package::SignatureChain", "OCSP responses") },
    };
    QStringList parts;
    for (const QString &usage : extendedKeyUsage.split(u", "_s, Qt::SkipEmptyParts)) {
        QString description;
        for (const auto &purpose : kPurposes) {
            if (usage == QLatin1String(purpose.name))
                description
                    = QCoreApplication::translate("ovf::package::SignatureChain", purpose.text);
        }
        parts.append(description.isEmpty() ? usage : u"%1 (%2)"_s.arg(description, usage));
    }
    return parts.join(u", "_s);
}

// One of OpenSSL's default locations: its environment variable when set, else the built-in
// path (what X509_STORE_set_default_paths reads).
QString defaultLocation(const char *variable, const char *builtIn)
{
    return QFile::decodeName(qEnvironmentVariableIsSet(variable) ? qgetenv(variable) : QByteArray(builtIn));
}

// Everything the store of `options` is loaded from, each with its stamp (ctime moves with
// chmod, chown and ACLs too; a folder's is its listing): they change when the system's
// certificate file or the listing of its folders does (ca-certificates updated while the
// application runs: it replaces the file and its links), or an anchor file does.
using StoreSources = std::vector<std::pair<QString, std::optional<FileStamp>>>;

StoreSources storeSources(const TrustOptions &options)
{
    StoreSources sources;
    const auto add = [&sources](const QString &path) { sources.emplace_back(path, FileStamp::ofEntry(path)); };
    if (options.useSystemStore) {
        add(defaultLocation(X509_get_default_cert_file_env(), X509_get_default_cert_file()));
        const QString folders = defaultLocation(X509_get_default_cert_dir_env(), X509_get_default_cert_dir());
        for (const QString &folder : folders.split(u':'))
            add(folder);
    }
    // Anchors after an empty entry: a system location and an anchor of the same path differ.
    sources.emplace_back(QString(), std::nullopt);
    for (const QString &path : options.extraAnchors)
        add(path);
    return sources;
}

// The last store built, shared by the verifications that ask for the same sources. Loading
// the system store parses its whole certificate file (about 140 certificates on Debian),
// which took more time than the rest of verifying a small signed package. We add nothing to a
// store once it is cached (the verification's parameters are set on its X509_STORE_CTX), but
// OpenSSL's lookups add the certificates they load from the system's folders to it. Those
// additions take the store's lock; OpenSSL 3.0's store-URI lookup also looks the store up
// without it, so the verifications that share a store are serialized (`verifying`): a chain
// takes well under a millisecond to check.
struct StoreCache
{
    QMutex verifying;
    QMutex mutex;
    StoreSources sources;
    X509_STORE *store = nullptr;
};

StoreCache &storeCache()
{
    // Never freed: OpenSSL may already be cleaned up when static destructors run at exit.
    static StoreCache *const cache = new StoreCache;
    return *cache;
}

} // namespace

int SignatureChain::requiredSecurityBits() const
{
    static constexpr int kBits[] = { 0, 80, 112, 128, 192, 256 };
    return kBits[std::clamp(m_options.securityLevel, 0, 5)];
}

void SignatureChain::addFinding(Status status, const QString &reason)
{
    for (const auto &finding : std::as_const(m_findings)) {
        if (finding.second == reason)
            return;
    }
    m_findings.append({ status, reason });
}

ssl::StorePtr SignatureChain::store(QStringList &anchorProblems) const
{
    StoreCache &cache = storeCache();
    const StoreSources sources = storeSources(m_options);
    {
        QMutexLocker lock(&cache.mutex);
        if (cache.store && cache.sources == sources && X509_STORE_up_ref(cache.store) == 1)
            return ssl::StorePtr(cache.store);
    }
    const qsizetype problemsBefore = anchorProblems.size();
    ssl::StorePtr store = buildStore(anchorProblems);
    // A store with anchor problems is built again next time: the unreadable file may be
    // readable then, and its problems are reported each time.
    if (anchorProblems.size() == problemsBefore && X509_STORE_up_ref(store.get()) == 1) {
        QMutexLocker lock(&cache.mutex);
        X509_STORE_free(cache.store);
        cache.store = store.get();
        cache.sources = sources;
    }
    return store;
}

ssl::StorePtr SignatureChain::buildStore(QStringList &anchorProblems) const
{
    ssl::StorePtr store(X509_STORE_new());
    if (m_options.useSystemStore)
        X509_STORE_set_default_paths(store.get());
    for (const QString &path : m_options.extraAnchors) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            anchorProblems.append(
                tr("The trust anchor file %1 cannot be read: %2").arg(path, file.errorString()));
            continue;
        }
        const QByteArray pem = file.read(kMaxAnchorFileSize);
        int added = 0;
        for (const QByteArray &der : ssl::pemCertificates(pem)) {
            const ssl::X509Ptr anchor = ssl::certificateFromDer(der);
            if (anchor && X509_STORE_add_cert(store.get(), anchor.get()) == 1)
                ++added;
        }
        if (added == 0)
            anchorProblems.append(
                tr("The trust anchor file %1 holds no PEM certificate").arg(path));
    }
    return store;
}

void SignatureChain::mapFailure(const Failure &failure)
{
    const CertificateInfo &certificate = failure.certificate;
    const QString name = certificate.commonName;
    switch (failure.error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        addFinding(Status::SelfSigned,
            tr("The signer's certificate \"%1\" is self-signed and is not a trusted anchor: "
               "anyone can make such a certificate")
                .arg(name));
        return;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        addFinding(Status::SelfSigned,
            tr("The chain ends in the self-signed certificate \"%1\", "
               "which is not a trusted anchor")
                .arg(name));
        return;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        addFinding(Status::UnknownIssuer,
            tr("The issuer of \"%1\" (%2) is unknown: it is neither in the certificate file "
               "nor a trusted anchor")
                .arg(name, certificate.issuer));
        return;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        addFinding(Status::Expired,
            tr("The certificate \"%1\" expired on %2").arg(name, dateText(certificate.notAfter)));
        return;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        addFinding(Status::NotYetValid,
            tr("The certificate \"%1\" is not valid before %2")
                .arg(name, dateText(certificate.notBefore)));
        return;
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
        addFinding(Status::WeakKey,
            tr("The certificate \"%1\" has a %2-bit %3 key, which is too "
               "weak (below %4-bit security)")
                .arg(name)
                .arg(certificate.keyBits)
                .arg(certificate.keyType)
                .arg(requiredSecurityBits()));
        return;
    case X509_V_ERR_CA_MD_TOO_WEAK:
        addFinding(Status::WeakKey,
            tr("The certificate \"%1\" is signed with %2, which is too weak")
                .arg(name, certificate.signatureAlgorithm));
        return;
    default:
        break;
    }
    addFinding(Status::Other,
        tr("The certificate \"%1\" is not acceptable: %2")
            .arg(name, QString::fromLatin1(X509_verify_cert_error_string(failure.error))));
}

void SignatureChain::checkPurpose(X509 *certificate, bool isSigner)
{
    const CertificateInfo info = ssl::describeCertificate(certificate);
    const uint32_t flags = X509_get_extension_flags(certificate);
    if (flags & EXFLAG_XKUSAGE) {
        const uint32_t usage = X509_get_extended_key_usage(certificate);
        if (!(usage & (XKU_CODE_SIGN | XKU_ANYEKU))) {
            addFinding(Status::WrongPurpose,
                isSigner ? tr("The certificate \"%1\" is for %2, not for code signing "
                              "(its extended key usage lacks codeSigning)")
                               .arg(info.commonName, purposeText(info.extendedKeyUsage))
                         : tr("The intermediate certificate \"%1\" may only issue "
                              "certificates for %2, not for code signing")
                               .arg(info.commonName, purposeText(info.extendedKeyUsage)));
        }
    }
    if (isSigner && (flags & EXFLAG_KUSAGE)
        && !(X509_get_key_usage(certificate) & KU_DIGITAL_SIGNATURE)) {
        addFinding(Status::WrongPurpose,
            tr("The certificate \"%1\" does not allow digital signatures (its key usage is "
               "%2)")
                .arg(info.commonName, info.keyUsage));
    }
}

void SignatureChain::verify(const std::vector<ssl::X509Ptr> &certificates, SignatureCheck &check)
{
    X509 *signer = certificates.front().get();
    ssl::StorePtr store = this->store(check.anchorProblems);
    ssl::X509StackPtr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < certificates.size(); ++i) {
        X509_up_ref(certificates[i].get());
        sk_X509_push(untrusted.get(), certificates[i].get());
    }

    ssl::StoreCtxPtr context(X509_STORE_CTX_new());
    QList<Failure> failures;
    X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted.get());
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_auth_level(param, m_options.securityLevel);
    if (m_options.at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(m_options.at.toSecsSinceEpoch()));
    X509_STORE_CTX_set_verify_cb(context.get(), recordFailure);
    X509_STORE_CTX_set_app_data(context.get(), &failures);
    int verified = 0;
    {
        QMutexLocker lock(&storeCache().verifying);
        verified = X509_verify_cert(context.get());
    }
    if (verified != 1 && failures.isEmpty()) {
        failures.append({ X509_STORE_CTX_get_error(context.get()),
            X509_STORE_CTX_get_error_depth(context.get()), ssl::describeCertificate(signer) });
    }

    // The chain as built; on failure it may stop short of an anchor.
    QList<X509 *> chain;
    if (STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context.get())) {
        for (int i = 0; i < sk_X509_num(built); ++i)
            chain.append(sk_X509_value(built, i));
    }
    // Whether the chain ends in an anchor, found independently of the callback: OpenSSL 3.0
    // reports a leaf key below the security level (EE_KEY_TOO_SMALL) instead of, not in
    // addition to, DEPTH_ZERO_SELF_SIGNED_CERT, so a weak self-signed signer would otherwise
    // look merely weak. The first num_untrusted certificates of the chain are untrusted.
    if (!chain.isEmpty() && X509_STORE_CTX_get_num_untrusted(context.get()) >= chain.size()) {
        X509 *last = chain.last();
        const int depth = int(chain.size() - 1);
        const int error = X509_self_signed(last, 0) != 1
            ? X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
            : depth == 0 ? X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
                         : X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
        failures.prepend({ error, depth, ssl::describeCertificate(last) });
    }
    for (const Failure &failure : std::as_const(failures))
        mapFailure(failure);
    if (chain.isEmpty()) {
        for (const ssl::X509Ptr &certificate : certificates)
            chain.append(certificate.get());
    }
    for (X509 *certificate : std::as_const(chain))
        check.chainInfo.append(ssl::describeCertificate(certificate));

    checkPurpose(signer, true);
    for (qsizetype i = 1; i + 1 < chain.size(); ++i)
        checkPurpose(chain.at(i), false);

    // OpenSSL does not check the key and the self-signature of a self-signed signer against
    // the security level (it is the end of its own chain); an untrusted one must still not
    // count as strong.
    const bool untrustedSelfSigned = X509_self_signed(signer, 0) == 1
        && std::any_of(m_findings.cbegin(), m_findings.cend(),
            [](const auto &finding) { return finding.first == Status::SelfSigned; });
    if (untrustedSelfSigned) {
        int bits = 0;
        if (X509_get_signature_info(signer, nullptr, nullptr, &bits, nullptr) == 1
            && bits < requiredSecurityBits()) {
            addFinding(Status::WeakKey,
                tr("The certificate \"%1\" is signed with %2, which is too "
                   "weak")
                    .arg(check.signer.commonName, check.signer.signatureAlgorithm));
        }
    }
    if (EVP_PKEY *key = X509_get0_pubkey(signer);
        key && EVP_PKEY_get_security_bits(key) < requiredSecurityBits()) {
        addFinding(Status::WeakKey,
            tr("The certificate \"%1\" has a %2-bit %3 key, which is too "
               "weak (below %4-bit security)")
                .arg(check.signer.commonName)
                .arg(check.signer.keyBits)
                .arg(check.signer.keyType)
                .arg(requiredSecurityBits()));
    }
    ssl::clearErrors();

    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    check.chainFindings.clear();
    for (const auto &[status, reason] : std::as_const(m_findings)) {
        if (!check.chainFindings.contains(status))
            check.chainFindings.append(status);
        check.reasons.append(reason);
    }
    check.chain = check.chainFindings.isEmpty() ? Status::Trusted : check.chainFindings.first();
}

} // namespace ovf::package
