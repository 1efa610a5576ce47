// BlockCopier: the read/hash/write pipeline gives exactly the source's bytes, in order, and
// their digest, for sizes around the block size; every failure of a stage (source error,
// short source, writer error, cancel) ends the copy with that error instead of hanging.

#include "model/package/blockcopier.h"
#include "model/package/digesthasher.h"
#include "model/package/packinputstream.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

// An in-memory source that hands out odd-sized reads (so blocks are filled from several),
// and can fail or end early at a given offset.
class MemoryStream final : public PackInputStream
{
public:
    explicit MemoryStream(QByteArray data, qint64 failAt = -1) : m_data(std::move(data)), m_failAt(failAt) { }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt)
            return std::unexpected(u"disk.img: read error"_s);
        const qint64 n = std::min({max, qint64(m_data.size()) - m_pos, qint64(77'777)});
        std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_failAt;
    qint64 m_pos = 0;
};

QByteArray pattern(qsizetype size)
{
    QByteArray d(size, Qt::Uninitialized);
    quint32 x = 12345;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        d[i] = char(x >> 24);
    }
    return d;
}

constexpr qint64 kBlock = 64 << 10;

} // namespace

class TestBlockCopier : public QObject
{
    Q_OBJECT

private slots:
    void copiesAndHashes_data();
    void copiesAndHashes();
    void sourceEndsEarly();
    void sourceFails();
    void writerFails();
    void cancelled();
};

void TestBlockCopier::copiesAndHashes_data()
{
    QTest::addColumn<qint64>("size");
    for (qint64 size : {qint64(0), qint64(1), kBlock - 1, kBlock, kBlock + 1, 3 * kBlock, 37 * kBlock + 7})
        QTest::addRow("%lld", static_cast<long long>(size)) << size;
}

void TestBlockCopier::copiesAndHashes()
{
    QFETCH(qint64, size);
    const QByteArray data = pattern(size);
    BlockCopier copier(kBlock, 4);
    MemoryStream stream(data);
    QByteArray out;
    qint64 progress = 0;
    DigestHasher hasher(DigestAlgorithm::Sha256);
    const auto r = copier.copy(
        stream, u"disk.img"_s, size,
        [&](const char *d, qint64 n) -> std::expected<void, QString> {
            out.append(d, n);
            return {};
        },
        &hasher, [&](qint64 n) { progress += n; });
    QVERIFY2(r, qPrintable(r ? QString() : r.error()));
    QCOMPARE(out, data);
    QCOMPARE(progress, size);
    QCOMPARE(hasher.finish(), DigestHasher::hash(DigestAlgorithm::Sha256, data));
}

void TestBlockCopier::sourceEndsEarly()
{
    BlockCopier copier(kBlock, 4);
    for (qint64 have : {qint64(100), 5 * kBlock + 3}) {
        MemoryStream stream(pattern(have));
        const auto r = copier.copy(stream, u"disk.img"_s, have + 1000,
                                   [](const char *, qint64) -> std::expected<void, QString> { return {}; },
                                   nullptr, {});
        QVERIFY(!r);
        QCOMPARE(r.error(), u"disk.img: the source ended 1000 bytes early"_s);
    }
}

void TestBlockCopier::sourceFails()
{
    BlockCopier copier(kBlock, 4);
    MemoryStream stream(pattern(20 * kBlock), 7 * kBlock);
    DigestHasher hasher(DigestAlgorithm::Sha256);
    qint64 written = 0;
    const auto r = copier.copy(
        stream, u"disk.img"_s, 20 * kBlock,
        [&](const char *, qint64 n) -> std::expected<void, QString> {
            written += n;
            return {};
        },
        &hasher, {});
    QVERIFY(!r);
    QCOMPARE(r.error(), u"disk.img: read error"_s);
    QVERIFY(written <= 7 * kBlock);
}

void TestBlockCopier::writerFails()
{
    BlockCopier copier(kBlock, 4);
    MemoryStream stream(pattern(50 * kBlock));
    DigestHasher hasher(DigestAlgorithm::Sha512);
    int calls = 0;
    const auto r = copier.copy(
        stream, u"disk.img"_s, 50 * kBlock,
        [&](const char *, qint64) -> std::expected<void, QString> {
            if (++calls == 3)
                return std::unexpected(u"out.ova: No space left on device"_s);
            return {};
        },
        &hasher, {});
    QVERIFY(!r);
    QCOMPARE(r.error(), u"out.ova: No space left on device"_s);
    QCOMPARE(calls, 3);
    // The copier is usable again after a failure.
    MemoryStream again(pattern(3 * kBlock));
    QVERIFY(copier.copy(again, u"disk.img"_s, 3 * kBlock,
                        [](const char *, qint64) -> std::expected<void, QString> { return {}; }, nullptr, {}));
}

void TestBlockCopier::cancelled()
{
    BlockCopier copier(kBlock, 4);
    std::atomic<bool> cancel = false;
    copier.setCancel(&cancel, u"cancelled"_s);
    MemoryStream stream(pattern(40 * kBlock));
    qint64 progress = 0;
    const auto r = copier.copy(
        stream, u"disk.img"_s, 40 * kBlock,
        [](const char *, qint64) -> std::expected<void, QString> { return {}; }, nullptr,
        [&](qint64 n) {
            progress += n;
            if (progress >= 2 * kBlock)
                cancel = true;
        });
    QVERIFY(!r);
    QCOMPARE(r.error(), u"cancelled"_s);
    QVERIFY(progress < 40 * kBlock);
}

QTEST_GUILESS_MAIN(TestBlockCopier)
#include "tst_blockcopier.moc"
