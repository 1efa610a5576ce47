#include "model/package/digesthasher.h"

#include <openssl/evp.h>

#include <utility>

namespace ovf::package {

namespace {

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
