#include "model/package/digesthasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <utility>

namespace ovf::package {

namespace {

// OpenSSL frees its global state from an exit handler unless it is told not to at its first
// initialisation, which this static initializer is in every program that hashes with OpenSSL.
// A worker thread of Qt's pool can still be finishing when exit handlers run (QThread::wait()
// returns before the thread's thread-local destructors have run); after OpenSSL's handler the
// thread can no longer free its OpenSSL state (LeakSanitizer reported its error queue as
// leaked in about one test run in six), or may use state the handler already freed. The
// process is ending: the system reclaims the memory, and each thread still frees its own.
[[maybe_unused]] const bool openSslWithoutExitHandler = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

// The message digest implementations, fetched once per process from the default provider.
// An explicit fetch spares EVP_DigestInit_ex2 the implicit lookup it would do on every
// reset(). If the fetch fails (an unusual provider configuration), fall back to the legacy
// handles, which OpenSSL resolves on initialisation.
const EVP_MD *messageDigest(DigestAlgorithm algorithm)
{
    static const EVP_MD *const sha1 = [] {
        const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
        return md ? md : EVP_sha1();
    }();
    static const EVP_MD *const sha256 = [] {
        const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return md ? md : EVP_sha256();
    }();
    static const EVP_MD *const sha512 = [] {
        const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA512", nullptr);
        return md ? md : EVP_sha512();
    }();
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return sha1;
    case DigestAlgorithm::Sha256:
        return sha256;
    case DigestAlgorithm::Sha512:
        return sha512;
    }
    return sha256;
}

} // namespace

DigestHasher::DigestHasher(DigestAlgorithm algorithm)
    : m_ctx(EVP_MD_CTX_new())
    , m_algorithm(algorithm)
{
    Q_CHECK_PTR(m_ctx);
    reset();
}

DigestHasher::~DigestHasher()
{
    EVP_MD_CTX_free(m_ctx);
}

DigestHasher::DigestHasher(DigestHasher &&other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_algorithm(other.m_algorithm)
    , m_finished(other.m_finished)
    , m_result(std::move(other.m_result))
{ }

DigestHasher &DigestHasher::operator=(DigestHasher &&other) noexcept
{
    if (this != &other) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_algorithm = other.m_algorithm;
        m_finished = other.m_finished;
        m_result = std::move(other.m_result);
    }
    return *this;
}

void DigestHasher::update(const char *data, qsizetype size)
{
    Q_ASSERT_X(m_ctx && !m_finished, "DigestHasher::update", "update after finish or move");
    if (!m_ctx || m_finished || size <= 0)
        return;
    EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray DigestHasher::finish()
{
    Q_ASSERT_X(m_ctx, "DigestHasher::finish", "use after move");
    if (!m_finished && m_ctx) {
        unsigned char raw[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(m_ctx, raw, &length) == 1)
            m_result = QByteArray(reinterpret_cast<const char *>(raw), qsizetype(length));
        m_finished = true;
    }
    return m_result;
}

QString DigestHasher::hexDigest()
{
    return digestToHex(finish());
}

void DigestHasher::reset()
{
    if (!m_ctx)
        return;
    EVP_DigestInit_ex2(m_ctx, messageDigest(m_algorithm), nullptr);
    m_finished = false;
    m_result.clear();
}

QByteArray DigestHasher::hash(DigestAlgorithm algorithm, QByteArrayView bytes)
{
    DigestHasher hasher(algorithm);
    hasher.update(bytes);
    return hasher.finish();
}

} // namespace ovf::package
