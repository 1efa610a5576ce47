#pragma once

#include "model/package/digest.h"

struct evp_md_ctx_st;

namespace ovf::package {

// Incremental digest over OpenSSL's EVP interface, so it runs the same assembly-optimised
// code as `openssl dgst` (SHA-NI, AVX2). The OpenSSL context is allocated once, in the
// constructor; update() never allocates.
//
// Usage: update() any number of times, then finish() once. finish() may be called again and
// returns the same digest; update() after finish() is a programming error (asserted, ignored in
// release builds) until reset(). Move-only; a moved-from hasher may only be destroyed or
// assigned to. Not thread-safe: one hasher per thread.
class DigestHasher
{
public:
    explicit DigestHasher(DigestAlgorithm algorithm);
    ~DigestHasher();
    DigestHasher(DigestHasher &&other) noexcept;
    DigestHasher &operator=(DigestHasher &&other) noexcept;
    DigestHasher(const DigestHasher &) = delete;
    DigestHasher &operator=(const DigestHasher &) = delete;

    DigestAlgorithm algorithm() const { return m_algorithm; }

    void update(const char *data, qsizetype size);
    void update(QByteArrayView bytes) { update(bytes.data(), bytes.size()); }

    // The raw digest (digestLength(algorithm()) bytes).
    QByteArray finish();
    // finish() in lower-case hexadecimal.
    QString hexDigest();
    // Starts a new digest with the same algorithm.
    void reset();

    // One-shot raw digest of `bytes`.
    static QByteArray hash(DigestAlgorithm algorithm, QByteArrayView bytes);

private:
    evp_md_ctx_st *m_ctx = nullptr;
    DigestAlgorithm m_algorithm;
    bool m_finished = false;
    QByteArray m_result;
};

} // namespace ovf::package
