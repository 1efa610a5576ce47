#pragma once

#include "model/package/digesthasher.h"

#include <QList>

#include <vector>

namespace ovf::package {

// Feeds the same bytes to several digests at once, so a writer can produce the SHA-256 and
// SHA-512 (or a legacy SHA-1) of a member in the single pass that writes it. Same contract as
// DigestHasher: update() never allocates, finish() is final until reset(). Move-only.
class DigestMultiHasher
{
public:
    // Duplicates in `algorithms` are ignored.
    explicit DigestMultiHasher(const QList<DigestAlgorithm> &algorithms);

    QList<DigestAlgorithm> algorithms() const;

    void update(const char *data, qsizetype size);
    void update(QByteArrayView bytes) { update(bytes.data(), bytes.size()); }

    // The raw digest for `algorithm`, finishing every digest on the first call; an empty array
    // when `algorithm` was not requested.
    QByteArray finish(DigestAlgorithm algorithm);
    QString hexDigest(DigestAlgorithm algorithm);
    void reset();

private:
    std::vector<DigestHasher> m_hashers;
};

} // namespace ovf::package
