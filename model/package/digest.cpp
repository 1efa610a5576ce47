#include "model/package/digest.h"

#include "model/ovf/job.h"
#include "model/package/digesthasher.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

struct DigestText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Digest)
};

// 1 MiB: large enough that the per-call overhead of read() vanishes, small enough to stay in
// the L2/L3 cache while it is hashed.
constexpr qint64 kBlockSize = qint64(1) << 20;

} // namespace

QString digestAlgorithmName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return u"SHA1"_s;
    case DigestAlgorithm::Sha256:
        return u"SHA256"_s;
    case DigestAlgorithm::Sha512:
        return u"SHA512"_s;
    }
    return {};
}

std::optional<DigestAlgorithm> parseDigestAlgorithm(QStringView name)
{
    if (name.compare(u"SHA1", Qt::CaseInsensitive) == 0)
        return DigestAlgorithm::Sha1;
    if (name.compare(u"SHA256", Qt::CaseInsensitive) == 0)
        return DigestAlgorithm::Sha256;
    if (name.compare(u"SHA512", Qt::CaseInsensitive) == 0)
        return DigestAlgorithm::Sha512;
    return std::nullopt;
}

std::optional<DigestAlgorithm> parseDigestAlgorithm(QByteArrayView name)
{
    return parseDigestAlgorithm(QStringView(QString::fromLatin1(name)));
}

qsizetype digestLength(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Sha1:
        return 20;
    case DigestAlgorithm::Sha256:
        return 32;
    case DigestAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

bool isStrongDigest(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha256 || algorithm == DigestAlgorithm::Sha512;
}

QString digestToHex(QByteArrayView raw)
{
    return QString::fromLatin1(raw.toByteArray().toHex());
}

std::expected<QByteArray, QString> digestFile(const QString &path, DigestAlgorithm algorithm,
    const DigestProgress &progress, const std::atomic<bool> *cancel)
{
    QFile file(path);
    // Unbuffered: read() goes straight into our block, without QIODevice's internal copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(DigestText::tr("Cannot open %1: %2").arg(path, file.errorString()));

    DigestHasher hasher(algorithm);
    const std::unique_ptr<char[]> block(new char[kBlockSize]);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::unexpected(DigestText::tr("Hashing %1: %2").arg(path, Job::cancelledMessage()));
        const qint64 n = file.read(block.get(), kBlockSize);
        if (n < 0) {
            return std::unexpected(
                DigestText::tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (n == 0)
            break;
        hasher.update(block.get(), n);
        done += n;
        if (progress)
            progress(done);
    }
    return hasher.finish();
}

} // namespace ovf::package
