// Chunked files (ChunkReassembler) and gzip-compressed files (GzipInflater): naming, every
// chunk error, inflation of good, truncated, corrupt and bomb streams.
#include "model/package/chunkreassembler.h"
#include "model/package/gzipinflater.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace ovf::package;

using Rule = PackageError::Rule;
using Members = QList<std::pair<QString, qint64>>;

namespace {

// gzip (RFC 1952) of `data`, with zlib's deflate (windowBits 15 + 16).
QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int ret = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return ret == Z_STREAM_END ? out : QByteArray();
}

// gzip of `count` zero bytes, deflated in slices so memory stays small.
QByteArray gzipZeros(qint64 count)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    qint64 left = count;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 slice = std::min<qint64>(left, zeros.size());
        left -= slice;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(slice);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

// A source serving `bytes` in slices of at most `step` (to exercise refills).
GzipInflater::Source sourceOf(const QByteArray &bytes, qint64 step = 1 << 20)
{
    auto offset = std::make_shared<qint64>(0);
    return [bytes, offset, step](char *buffer, qint64 max) -> std::expected<qint64, PackageError> {
        const qint64 n = std::min({max, step, bytes.size() - *offset});
        memcpy(buffer, bytes.constData() + *offset, size_t(n));
        *offset += n;
        return n;
    };
}

// Inflates everything; returns the data or the error.
std::expected<QByteArray, PackageError> inflateAll(GzipInflater &inflater, qint64 chunk = 4096)
{
    QByteArray out;
    QByteArray buffer(chunk, '\0');
    for (;;) {
        auto got = inflater.read(buffer.data(), buffer.size());
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0)
            return out;
        out.append(buffer.constData(), *got);
    }
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    for (auto &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

} // namespace

class TestChunks : public QObject
{
    Q_OBJECT

private slots:
    void naming();
    void expected();
    void streaming_data();
    void streaming();
    void unknownSize();
    void listing_data();
    void listing();
    void declaration();
    void gzipGood();
    void gzipConcatenated();
    void gzipPadding();
    void gzipErrors_data();
    void gzipErrors();
    void gzipCap();
    void gzipBomb();
    void gzipCancel();
};

void TestChunks::naming()
{
    QCOMPARE(ChunkReassembler::chunkName(u"disk.vmdk"_s, 0), u"disk.vmdk.000000000"_s);
    QCOMPARE(ChunkReassembler::chunkName(u"d/disk.vmdk"_s, 123), u"d/disk.vmdk.000000123"_s);
    QCOMPARE(ChunkReassembler::chunkName(u"x"_s, 999'999'999), u"x.999999999"_s);
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk.000000042", u"disk.vmdk"), std::optional<qint64>(42));
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk.00000042", u"disk.vmdk"), std::nullopt);   // 8 digits
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk.0000000042", u"disk.vmdk"), std::nullopt); // 10 digits
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk.00000004a", u"disk.vmdk"), std::nullopt);
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk_000000001", u"disk.vmdk"), std::nullopt);
    QCOMPARE(ChunkReassembler::chunkIndex(u"other.vmdk.000000001", u"disk.vmdk"), std::nullopt);
    QCOMPARE(ChunkReassembler::chunkIndex(u"disk.vmdk", u"disk.vmdk"), std::nullopt);
}

void TestChunks::expected()
{
    ChunkReassembler exact(u"d"_s, 300, 100);
    QCOMPARE(exact.expectedChunkCount(), std::optional<qint64>(3));
    QCOMPARE(exact.expectedNames(), (QStringList{u"d.000000000"_s, u"d.000000001"_s, u"d.000000002"_s}));
    QCOMPARE(ChunkReassembler(u"d"_s, 301, 100).expectedChunkCount(), std::optional<qint64>(4));
    QCOMPARE(ChunkReassembler(u"d"_s, 0, 100).expectedChunkCount(), std::optional<qint64>(1));
    QCOMPARE(ChunkReassembler(u"d"_s, std::nullopt, 100).expectedChunkCount(), std::nullopt);
    // The corpus file open-ovf/ourOVF.ovf: 4882023564 bytes in chunks of 2147483648.
    QCOMPARE(ChunkReassembler(u"Ubuntu1.vmdk"_s, 4882023564LL, 2147483648LL).expectedChunkCount(), std::optional<qint64>(3));
}

void TestChunks::streaming_data()
{
    QTest::addColumn<Members>("members");
    QTest::addColumn<QString>("rule");   // empty: complete and fine
    QTest::addColumn<QString>("member"); // the chunk the error names

    // File "d" of 250 bytes in chunks of 100: 100 + 100 + 50.
    const auto c = [](int i, qint64 size) { return std::pair{ChunkReassembler::chunkName(u"d"_s, i), size}; };
    QTest::newRow("good") << Members{c(0, 100), c(1, 100), c(2, 50)} << QString() << QString();
    QTest::newRow("gap") << Members{c(0, 100), c(2, 50)} << u"chunk-missing"_s << u"d.000000001"_s;
    QTest::newRow("too few") << Members{c(0, 100), c(1, 100)} << u"chunk-missing"_s << u"d.000000002"_s;
    QTest::newRow("none") << Members{} << u"chunk-missing"_s << u"d.000000000"_s;
    QTest::newRow("extra") << Members{c(0, 100), c(1, 100), c(2, 50), c(3, 10)} << u"chunk-extra"_s << u"d.000000003"_s;
    QTest::newRow("repeated") << Members{c(0, 100), c(1, 100), c(1, 100)} << u"chunk-order"_s << u"d.000000001"_s;
    QTest::newRow("backwards") << Members{c(0, 100), c(1, 100), c(0, 100)} << u"chunk-order"_s << u"d.000000000"_s;
    QTest::newRow("short middle") << Members{c(0, 100), c(1, 99), c(2, 51)} << u"chunk-size"_s << u"d.000000001"_s;
    QTest::newRow("long first") << Members{c(0, 101)} << u"chunk-size"_s << u"d.000000000"_s;
    QTest::newRow("short total") << Members{c(0, 100), c(1, 100), c(2, 49)} << u"chunk-size"_s << u"d.000000002"_s;
    QTest::newRow("long total") << Members{c(0, 100), c(1, 100), c(2, 51)} << u"chunk-size"_s << u"d.000000002"_s;
}

void TestChunks::streaming()
{
    QFETCH(Members, members);
    QFETCH(QString, rule);
    QFETCH(QString, member);
    ChunkReassembler chunks(u"d"_s, 250, 100);
    std::optional<PackageError> error;
    for (const auto &[name, size] : members) {
        error = chunks.addChunk(name, size);
        if (error)
            break;
    }
    if (!error)
        error = chunks.finish();
    if (rule.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(chunks.bytesSeen(), qint64(250));
        QCOMPARE(chunks.chunksSeen(), qint64(3));
        return;
    }
    QVERIFY(error);
    QCOMPARE(ruleId(error->rule), rule);
    QCOMPARE(error->member, member);
    QVERIFY(error->toString().startsWith(member + u": "_s));
}

void TestChunks::unknownSize()
{
    ChunkReassembler good(u"d"_s, std::nullopt, 100);
    QVERIFY(!good.addChunk(u"d.000000000"_s, 100));
    QVERIFY(!good.addChunk(u"d.000000001"_s, 7));
    QVERIFY(!good.finish());
    QCOMPARE(good.bytesSeen(), qint64(107));

    ChunkReassembler afterShort(u"d"_s, std::nullopt, 100);
    QVERIFY(!afterShort.addChunk(u"d.000000000"_s, 60));
    const auto extra = afterShort.addChunk(u"d.000000001"_s, 100);
    QVERIFY(extra);
    QCOMPARE(extra->rule, Rule::ExtraChunk);
    QVERIFY(extra->message.contains(u"d.000000000"_s));

    ChunkReassembler tooBig(u"d"_s, std::nullopt, 100);
    QCOMPARE(tooBig.addChunk(u"d.000000000"_s, 101)->rule, Rule::ChunkSize);

    ChunkReassembler none(u"d"_s, std::nullopt, 100);
    QCOMPARE(none.finish()->rule, Rule::MissingChunk);
}

void TestChunks::listing_data()
{
    QTest::addColumn<Members>("members");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("member");
    const auto c = [](int i, qint64 size) { return std::pair{ChunkReassembler::chunkName(u"d"_s, i), size}; };
    const std::pair<QString, qint64> other{u"x.ovf"_s, 5};
    QTest::newRow("good, interleaved") << Members{other, c(0, 100), other, c(1, 100), c(2, 50)} << QString() << QString();
    QTest::newRow("out of order") << Members{c(0, 100), c(2, 50), c(1, 100)} << u"chunk-order"_s << u"d.000000001"_s;
    QTest::newRow("gap") << Members{c(0, 100), c(2, 50)} << u"chunk-missing"_s << u"d.000000001"_s;
    QTest::newRow("whole file too") << Members{std::pair{u"d"_s, qint64(250)}, c(0, 100), c(1, 100), c(2, 50)}
                                    << u"chunk-extra"_s << u"d"_s;
}

void TestChunks::listing()
{
    QFETCH(Members, members);
    QFETCH(QString, rule);
    QFETCH(QString, member);
    const auto error = ChunkReassembler(u"d"_s, 250, 100).checkMembers(members);
    if (rule.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        return;
    }
    QVERIFY(error);
    QCOMPARE(ruleId(error->rule), rule);
    QCOMPARE(error->member, member);
}

void TestChunks::declaration()
{
    QCOMPARE(ChunkReassembler(u"d"_s, 10, 0).checkDeclaration()->rule, Rule::ChunkSize);
    QCOMPARE(ChunkReassembler(u"d"_s, -1, 10).checkDeclaration()->rule, Rule::ChunkSize);
    QCOMPARE(ChunkReassembler(u"d"_s, qint64(1) << 40, 1).checkDeclaration()->rule, Rule::ChunkSize);
    QVERIFY(!ChunkReassembler(u"d"_s, 10, 3).checkDeclaration());
    QCOMPARE(ChunkReassembler(u"d"_s, 10, 0).addChunk(u"d.000000000"_s, 0)->rule, Rule::ChunkSize);
}

void TestChunks::gzipGood()
{
    const QByteArray data = randomBytes(300'000) + QByteArray(200'000, 'z');
    const QByteArray compressed = gzip(data);
    QVERIFY(!compressed.isEmpty());
    for (qint64 step : {qint64(1), qint64(7), qint64(1 << 20)}) {
        if (step == 1 && compressed.size() > 400'000)
            continue;
        GzipInflater inflater(sourceOf(compressed, step), u"disk.vmdk.gz"_s, data.size());
        const auto out = inflateAll(inflater, 1000);
        QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
        QCOMPARE(*out, data);
        QCOMPARE(inflater.bytesOut(), qint64(data.size()));
        QCOMPARE(inflater.bytesIn(), qint64(compressed.size()));
    }
    GzipInflater empty(sourceOf(gzip(QByteArray())), u"e"_s, 0);
    QCOMPARE(inflateAll(empty)->size(), 0);
}

void TestChunks::gzipConcatenated()
{
    // RFC 1952 §2.2: members one after the other form one file (also how chunks of a
    // compressed file can look when a writer restarts the stream).
    const QByteArray a = randomBytes(70'000);
    const QByteArray b = "second member";
    GzipInflater inflater(sourceOf(gzip(a) + gzip(b)), u"x"_s);
    const auto out = inflateAll(inflater);
    QVERIFY(out);
    QCOMPARE(*out, a + b);
}

void TestChunks::gzipPadding()
{
    GzipInflater padded(sourceOf(gzip("data") + QByteArray(1000, '\0')), u"x"_s);
    QCOMPARE(*inflateAll(padded), QByteArray("data"));

    GzipInflater garbage(sourceOf(gzip("data") + "garbage"), u"x.gz"_s);
    const auto out = inflateAll(garbage);
    QVERIFY(!out);
    QCOMPARE(out.error().rule, Rule::TrailingData);
    QCOMPARE(out.error().member, u"x.gz"_s);
}

void TestChunks::gzipErrors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("rule");
    const QByteArray good = gzip(randomBytes(50'000));
    QByteArray corrupt = good;
    for (qsizetype i = 100; i < 200; ++i)
        corrupt[i] = char(corrupt[i] ^ 0x5a);
    QByteArray badCrc = good;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 1); // CRC-32 in the trailer
    QByteArray badMagic = good;
    badMagic[1] = 'x';
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"gzip-truncated"_s;
    QTest::newRow("truncated trailer") << good.chopped(3) << u"gzip-truncated"_s;
    QTest::newRow("empty input") << QByteArray() << u"gzip-truncated"_s;
    QTest::newRow("corrupt data") << corrupt << u"gzip-corrupt"_s;
    QTest::newRow("bad crc") << badCrc << u"gzip-corrupt"_s;
    QTest::newRow("not gzip") << QByteArray("plain text, not gzip at all") << u"gzip-corrupt"_s;
    QTest::newRow("bad magic") << badMagic << u"gzip-corrupt"_s;
}

void TestChunks::gzipErrors()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, rule);
    GzipInflater inflater(sourceOf(stream, 999), u"disk1.vmdk.gz"_s);
    const auto out = inflateAll(inflater);
    QVERIFY(!out);
    QCOMPARE(ruleId(out.error().rule), rule);
    QCOMPARE(out.error().member, u"disk1.vmdk.gz"_s);
    // Sticky: asking again gives the same error.
    char byte;
    const auto again = inflater.read(&byte, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().rule, out.error().rule);
}

void TestChunks::gzipCap()
{
    const QByteArray data(10'000, 'a');
    GzipInflater exact(sourceOf(gzip(data)), u"x"_s, data.size());
    QVERIFY(inflateAll(exact));
    GzipInflater under(sourceOf(gzip(data)), u"x"_s, data.size() - 1);
    const auto out = inflateAll(under, 10'000);
    QVERIFY(!out);
    QCOMPARE(out.error().rule, Rule::GzipTooLarge);
    QVERIFY(out.error().message.contains(u"9999"_s));
    QCOMPARE(under.bytesOut(), qint64(data.size())); // stopped one byte past the cap
}

void TestChunks::gzipBomb()
{
    // 100 MB of zeros (about 100 KB compressed) declared as 1 MB: refused right after the
    // first megabyte, without ever holding more than one read buffer.
    const qint64 bomb = 100LL << 20;
    const qint64 declared = 1LL << 20;
    const QByteArray compressed = gzipZeros(bomb);
    QVERIFY(compressed.size() < 200'000);
    QElapsedTimer timer;
    timer.start();
    GzipInflater inflater(sourceOf(compressed, 16 * 1024), u"bomb.vmdk"_s, declared);
    QByteArray buffer(64 * 1024, '\0');
    std::optional<PackageError> error;
    for (;;) {
        auto got = inflater.read(buffer.data(), buffer.size());
        if (!got) {
            error = got.error();
            break;
        }
        if (*got == 0)
            break;
    }
    QVERIFY(error);
    QCOMPARE(error->rule, Rule::GzipTooLarge);
    QCOMPARE(error->member, u"bomb.vmdk"_s);
    QVERIFY(error->message.contains(QString::number(declared)));
    QVERIFY(inflater.bytesOut() <= declared + 1);
    QVERIFY2(inflater.bytesIn() <= 64 * 1024, qPrintable(QString::number(inflater.bytesIn()))); // of ~100 KB
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestChunks::gzipCancel()
{
    std::atomic<bool> cancel{false};
    GzipInflater inflater(sourceOf(gzipZeros(10 << 20), 4096), u"x"_s);
    inflater.setCancelFlag(&cancel);
    char buffer[4096];
    QVERIFY(inflater.read(buffer, sizeof buffer));
    cancel = true;
    const auto out = inflater.read(buffer, sizeof buffer);
    QVERIFY(!out);
    QCOMPARE(out.error().rule, Rule::Cancelled);
}

QTEST_GUILESS_MAIN(TestChunks)
#include "tst_chunks.moc"
