// Digests: algorithm names, known vectors, streaming, the multi-hasher and digestFile.
#include "model/package/digest.h"
#include "model/package/digesthasher.h"
#include "model/package/digestmultihasher.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;

Q_DECLARE_METATYPE(ovf::package::DigestAlgorithm)

namespace {

// Reproducible pseudo-random bytes.
QByteArray sampleBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240611);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

QString writeSample(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void unknownNames_data();
    void unknownNames();
    void vectors_data();
    void vectors();
    void streaming_data();
    void streaming();
    void finishIsFinal();
    void moveKeepsState();
    void multiHasher();
    void digestFileMatchesOpenssl_data();
    void digestFileMatchesOpenssl();
    void digestFileProgress();
    void digestFileCancel();
    void digestFileMissing();
};

void TestDigest::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addColumn<int>("length");
    QTest::addRow("SHA1") << u"SHA1"_s << DigestAlgorithm::Sha1 << 20;
    QTest::addRow("sha1") << u"sha1"_s << DigestAlgorithm::Sha1 << 20;
    QTest::addRow("SHA256") << u"SHA256"_s << DigestAlgorithm::Sha256 << 32;
    QTest::addRow("Sha256") << u"Sha256"_s << DigestAlgorithm::Sha256 << 32;
    QTest::addRow("SHA512") << u"SHA512"_s << DigestAlgorithm::Sha512 << 64;
    QTest::addRow("sha512") << u"sha512"_s << DigestAlgorithm::Sha512 << 64;
}

void TestDigest::names()
{
    QFETCH(QString, text);
    QFETCH(DigestAlgorithm, algorithm);
    QFETCH(int, length);
    QCOMPARE(ovf::package::parseDigestAlgorithm(QStringView(text)), algorithm);
    QCOMPARE(ovf::package::parseDigestAlgorithm(QByteArrayView(text.toLatin1())), algorithm);
    QCOMPARE(ovf::package::digestAlgorithmName(algorithm), text.toUpper());
    QCOMPARE(ovf::package::digestLength(algorithm), length);
    QCOMPARE(ovf::package::isStrongDigest(algorithm), algorithm != DigestAlgorithm::Sha1);
}

void TestDigest::unknownNames_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &name : { u"MD5"_s, u"SHA-256"_s, u"SHA384"_s, u"SHA224"_s, u"SHA3-256"_s,
             u""_s, u"SHA 1"_s, u"SHA1 "_s })
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestDigest::unknownNames()
{
    QFETCH(QString, text);
    QVERIFY(!ovf::package::parseDigestAlgorithm(QStringView(text)));
}

void TestDigest::vectors_data()
{
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("hex");
    // FIPS 180-2 test vectors.
    QTest::addRow("SHA1 empty") << DigestAlgorithm::Sha1 << QByteArray()
                                << u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s;
    QTest::addRow("SHA1 abc") << DigestAlgorithm::Sha1 << "abc"_ba
                              << u"a9993e364706816aba3e25717850c26c9cd0d89d"_s;
    QTest::addRow("SHA256 empty")
        << DigestAlgorithm::Sha256 << QByteArray()
        << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::addRow("SHA256 abc")
        << DigestAlgorithm::Sha256 << "abc"_ba
        << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    QTest::addRow("SHA512 empty")
        << DigestAlgorithm::Sha512 << QByteArray()
        << u"cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
           "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"_s;
    QTest::addRow("SHA512 abc")
        << DigestAlgorithm::Sha512 << "abc"_ba
        << u"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
           "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"_s;
}

void TestDigest::vectors()
{
    QFETCH(DigestAlgorithm, algorithm);
    QFETCH(QByteArray, input);
    QFETCH(QString, hex);

    ovf::package::DigestHasher hasher(algorithm);
    hasher.update(input);
    QCOMPARE(hasher.hexDigest(), hex);
    QCOMPARE(hasher.finish(), QByteArray::fromHex(hex.toLatin1()));
    QCOMPARE(ovf::package::DigestHasher::hash(algorithm, input).toHex(), hex.toLatin1());
    QCOMPARE(ovf::package::digestToHex(hasher.finish()), hex);
}

void TestDigest::streaming_data()
{
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addColumn<int>("chunk");
    for (const int chunk : { 1, 3, 63, 64, 65, 127, 4097, (1 << 20) + 3 }) {
        QTest::addRow("SHA1 chunk %d", chunk) << DigestAlgorithm::Sha1 << chunk;
        QTest::addRow("SHA256 chunk %d", chunk) << DigestAlgorithm::Sha256 << chunk;
        QTest::addRow("SHA512 chunk %d", chunk) << DigestAlgorithm::Sha512 << chunk;
    }
}

void TestDigest::streaming()
{
    QFETCH(DigestAlgorithm, algorithm);
    QFETCH(int, chunk);
    // Not a multiple of any block size, so the last update is a partial block.
    const QByteArray data = sampleBytes(chunk == 1 ? 10007 : 3 * (1 << 20) + 17);
    const QByteArray oneShot = ovf::package::DigestHasher::hash(algorithm, data);
    ovf::package::DigestHasher hasher(algorithm);
    for (qsizetype pos = 0; pos < data.size(); pos += chunk)
        hasher.update(data.constData() + pos, qMin(qsizetype(chunk), data.size() - pos));
    QCOMPARE(hasher.finish(), oneShot);
    QCOMPARE(oneShot.size(), ovf::package::digestLength(algorithm));
}

void TestDigest::finishIsFinal()
{
    ovf::package::DigestHasher hasher(DigestAlgorithm::Sha256);
    hasher.update("ab"_ba);
    hasher.update("c"_ba);
    const QByteArray first = hasher.finish();
    QCOMPARE(hasher.finish(), first);
    QCOMPARE(
        hasher.hexDigest(), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    hasher.reset();
    QCOMPARE(
        hasher.hexDigest(), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
}

void TestDigest::moveKeepsState()
{
    ovf::package::DigestHasher hasher(DigestAlgorithm::Sha1);
    hasher.update("a"_ba);
    ovf::package::DigestHasher moved(std::move(hasher));
    moved.update("bc"_ba);
    QCOMPARE(moved.algorithm(), DigestAlgorithm::Sha1);
    QCOMPARE(moved.hexDigest(), u"a9993e364706816aba3e25717850c26c9cd0d89d"_s);

    ovf::package::DigestHasher assigned(DigestAlgorithm::Sha512);
    ovf::package::DigestHasher source(DigestAlgorithm::Sha256);
    source.update("abc"_ba);
    assigned = std::move(source);
    QCOMPARE(assigned.algorithm(), DigestAlgorithm::Sha256);
    QCOMPARE(assigned.hexDigest(),
        u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

void TestDigest::multiHasher()
{
    const QByteArray data = sampleBytes(200'003);
    ovf::package::DigestMultiHasher multi(
        { DigestAlgorithm::Sha256, DigestAlgorithm::Sha1, DigestAlgorithm::Sha256 });
    QCOMPARE(multi.algorithms(),
        (QList<DigestAlgorithm> { DigestAlgorithm::Sha256, DigestAlgorithm::Sha1 }));
    for (qsizetype pos = 0; pos < data.size(); pos += 777)
        multi.update(data.mid(pos, 777));
    QCOMPARE(multi.finish(DigestAlgorithm::Sha256),
        ovf::package::DigestHasher::hash(DigestAlgorithm::Sha256, data));
    QCOMPARE(multi.finish(DigestAlgorithm::Sha1),
        ovf::package::DigestHasher::hash(DigestAlgorithm::Sha1, data));
    QVERIFY(multi.finish(DigestAlgorithm::Sha512).isEmpty());
    multi.reset();
    multi.update("abc"_ba);
    QCOMPARE(multi.hexDigest(DigestAlgorithm::Sha1), u"a9993e364706816aba3e25717850c26c9cd0d89d"_s);
}

void TestDigest::digestFileMatchesOpenssl_data()
{
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addColumn<QString>("option");
    QTest::addRow("SHA1") << DigestAlgorithm::Sha1 << u"-sha1"_s;
    QTest::addRow("SHA256") << DigestAlgorithm::Sha256 << u"-sha256"_s;
    QTest::addRow("SHA512") << DigestAlgorithm::Sha512 << u"-sha512"_s;
}

void TestDigest::digestFileMatchesOpenssl()
{
    QFETCH(DigestAlgorithm, algorithm);
    QFETCH(QString, option);
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Several 1 MiB blocks and a partial one.
    const QString path = writeSample(dir, u"disk.bin"_s, sampleBytes(5 * (1 << 20) + 1234));
    QVERIFY(!path.isEmpty());

    const auto digest = ovf::package::digestFile(path, algorithm);
    QVERIFY2(digest.has_value(), qPrintable(digest.error()));

    QProcess process;
    process.start(openssl, { u"dgst"_s, option, u"-r"_s, path });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray expected = process.readAllStandardOutput().split(' ').value(0);
    QCOMPARE(digest->toHex(), expected);
}

void TestDigest::digestFileProgress()
{
    QTemporaryDir dir;
    const qsizetype size = 3 * (1 << 20) + 5;
    const QString path = writeSample(dir, u"file.bin"_s, sampleBytes(size));
    QList<qint64> reports;
    const auto digest = ovf::package::digestFile(
        path, DigestAlgorithm::Sha256, [&](qint64 done) { reports.append(done); });
    QVERIFY(digest.has_value());
    QCOMPARE(reports, (QList<qint64> { 1 << 20, 2 << 20, 3 << 20, size }));

    const QString empty = writeSample(dir, u"empty.bin"_s, {});
    const auto emptyDigest = ovf::package::digestFile(empty, DigestAlgorithm::Sha1);
    QVERIFY(emptyDigest.has_value());
    QCOMPARE(emptyDigest->toHex(), "da39a3ee5e6b4b0d3255bfef95601890afd80709"_ba);
}

void TestDigest::digestFileCancel()
{
    QTemporaryDir dir;
    const QString path = writeSample(dir, u"big.bin"_s, sampleBytes(4 * (1 << 20)));

    // Cancelled before it starts.
    std::atomic<bool> cancel { true };
    auto digest = ovf::package::digestFile(path, DigestAlgorithm::Sha256, {}, &cancel);
    QVERIFY(!digest.has_value());
    QVERIFY(digest.error().contains(u"cancel"_s));

    // Cancelled from the progress report after the first block: no further block is read.
    cancel = false;
    QList<qint64> reports;
    digest = ovf::package::digestFile(
        path, DigestAlgorithm::Sha256,
        [&](qint64 done) {
            reports.append(done);
            cancel = true;
        },
        &cancel);
    QVERIFY(!digest.has_value());
    QVERIFY(digest.error().contains(path));
    QCOMPARE(reports, QList<qint64> { 1 << 20 });
}

void TestDigest::digestFileMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.vmdk"_s);
    const auto digest = ovf::package::digestFile(path, DigestAlgorithm::Sha256);
    QVERIFY(!digest.has_value());
    QVERIFY2(digest.error().contains(path), qPrintable(digest.error()));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
