#include "model/package/digestmultihasher.h"

namespace ovf::package {

DigestMultiHasher::DigestMultiHasher(const QList<DigestAlgorithm> &algorithms)
{
    for (const DigestAlgorithm algorithm : algorithms) {
        if (!this->algorithms().contains(algorithm))
            m_hashers.emplace_back(algorithm);
    }
}

QList<DigestAlgorithm> DigestMultiHasher::algorithms() const
{
    QList<DigestAlgorithm> result;
    for (const DigestHasher &hasher : m_hashers)
        result.append(hasher.algorithm());
    return result;
}

void DigestMultiHasher::update(const char *data, qsizetype size)
{
    for (DigestHasher &hasher : m_hashers)
        hasher.update(data, size);
}

QByteArray DigestMultiHasher::finish(DigestAlgorithm algorithm)
{
    QByteArray result;
    for (DigestHasher &hasher : m_hashers) {
        const QByteArray digest = hasher.finish();
        if (hasher.algorithm() == algorithm)
            result = digest;
    }
    return result;
}

QString DigestMultiHasher::hexDigest(DigestAlgorithm algorithm)
{
    return digestToHex(finish(algorithm));
}

void DigestMultiHasher::reset()
{
    for (DigestHasher &hasher : m_hashers)
        hasher.reset();
}

} // namespace ovf::package
