// The streamOptimized VMDK writer against qemu-img as the independent reader: every output
// passes `qemu-img check` and `qemu-img compare` equal to its source (raw read in place; qcow2,
// VDI and VHDX through qemu-nbd), for sparse, all-zero and odd-sized images and images that
// span several grain tables with an empty one between. The stream is what the sink and the
// hasher saw, deterministic whatever the thread count, ends with footer and end-of-stream
// marker; cancel leaves no file; images with a backing file are refused before any byte.
#include "model/package/digesthasher.h"
#include "model/package/diskimagereader.h"
#include "model/package/rawimagesource.h"
#include "model/package/sequentialimagesource.h"
#include "model/package/streamoptimizedwriter.h"
#include "model/package/vmdklayout.h"

#include "packagetestkit.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

bool qemuImg(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"qemu-img"_s, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

// Writes `bytes` at `offset` of `path` (created sparse at `size` first when asked).
void put(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

void sparse(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.resize(size));
}

QByteArray text(qsizetype size)
{
    static const char *const words[] = {"appliance ", "virtual ", "grain ", "table ", "stream ", "disk ", "\n"};
    QByteArray t;
    t.reserve(size + 16);
    for (quint32 i = 0; t.size() < size; ++i)
        t += words[(i * 2654435761u >> 7) % 7];
    t.truncate(size);
    return t;
}

} // namespace

class TestStreamOptimizedWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The image `name` as raw (and converted to `format` when not raw): its path.
    QString image(const QString &name, const QString &format)
    {
        if (format == u"raw")
            return path(name);
        const QString converted = path(name + u"."_s + format);
        QString out;
        if (!QFile::exists(converted))
            [&] { QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, format, path(name), converted}, &out),
                           qPrintable(out)); }();
        return converted;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 3 MiB + 1000 bytes: random, text, zeros written out (allocated, not a hole).
        put(path(u"mixed.raw"_s), 0, testkit::payload(1 << 20, 1) + text(1 << 20) + QByteArray((1 << 20) + 1000, '\0'));
        // 100 001 bytes: neither grains nor sectors divide it.
        put(path(u"odd.raw"_s), 0, testkit::payload(100001, 2));
        // 64 MiB, sparse: nothing at all.
        sparse(path(u"zero.raw"_s), 64 << 20);
        // 100 MiB over four grain tables: data in the first, nothing in the second (no table
        // written), data straddling the third and fourth, and a last partial grain.
        sparse(path(u"tables.raw"_s), (100 << 20) + 4096);
        put(path(u"tables.raw"_s), 4096, text(200000));
        put(path(u"tables.raw"_s), (96 << 20) - 70000, testkit::payload(140000, 3));
        put(path(u"tables.raw"_s), (100 << 20), testkit::payload(4096, 4));
    }

    void matchesSource_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("grains");
        for (const QString &format : {u"raw"_s, u"qcow2"_s}) {
            QTest::newRow(qPrintable(u"mixed "_s + format)) << u"mixed.raw"_s << format << qint64(32);
            QTest::newRow(qPrintable(u"odd size "_s + format)) << u"odd.raw"_s << format << qint64(2);
            QTest::newRow(qPrintable(u"all zero "_s + format)) << u"zero.raw"_s << format << qint64(0);
            QTest::newRow(qPrintable(u"tables "_s + format)) << u"tables.raw"_s << format << qint64(4 + 4 + 1);
        }
        QTest::newRow("mixed vdi") << u"mixed.raw"_s << u"vdi"_s << qint64(32);
        QTest::newRow("tables vhdx") << u"tables.raw"_s << u"vhdx"_s << qint64(9);
        QTest::newRow("mixed vmdk") << u"mixed.raw"_s << u"vmdk"_s << qint64(32);
    }

    void matchesSource()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(qint64, grains);
        const QString source = image(name, format);
        auto opened = DiskImageReader::open(source, format);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));

        StreamOptimizedOptions options;
        options.extentName = u"disk1.vmdk"_s;
        StreamOptimizedWriter writer(*opened->source, options);
        DigestHasher hasher(DigestAlgorithm::Sha256);
        writer.setHasher(&hasher);
        qint64 last = -1;
        qint64 total = 0;
        writer.setProgress([&](qint64 done, qint64 all) {
            QVERIFY(done >= last);
            last = done;
            total = all;
        });
        const QString out = path(name + u"-"_s + format + u".vmdk"_s);
        auto result = writer.writeFile(out);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->grains, grains);
        QCOMPARE(last, opened->source->size());
        QCOMPARE(total, opened->source->size());

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(result->streamBytes, bytes.size());
        QCOMPARE(hasher.finish(), DigestHasher::hash(DigestAlgorithm::Sha256, bytes));
        QVERIFY(result->streamBytes <= StreamOptimizedWriter::maxStreamBytes(opened->source->size()));
        // Header: magic, version 3, flags newline test | compressed | markers, GD at the end.
        QCOMPARE(bytes.left(4), "KDMV"_ba);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 4), 3u);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 8), 0x30001u);
        QCOMPARE(qFromLittleEndian<quint64>(bytes.constData() + 56), ~quint64(0));
        QVERIFY(bytes.mid(512, 1024).contains("createType=\"streamOptimized\""));
        QVERIFY(bytes.mid(512, 1024).contains("SPARSE \"disk1.vmdk\""));
        // Footer marker, footer (a header with the GD's sector), end-of-stream marker.
        const qsizetype end = bytes.size();
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + end - 1536 + 12), 3u);
        QCOMPARE(bytes.mid(end - 1024, 4), "KDMV"_ba);
        QVERIFY(qFromLittleEndian<quint64>(bytes.constData() + end - 1024 + 56) < quint64(end / 512));
        QCOMPARE(bytes.right(512), QByteArray(512, '\0'));

        QString output;
        QVERIFY2(qemuImg({u"check"_s, u"-f"_s, u"vmdk"_s, out}, &output), qPrintable(output));
        QVERIFY2(qemuImg({u"compare"_s, u"-f"_s, format, u"-F"_s, u"vmdk"_s, source, out}, &output), qPrintable(output));
        QVERIFY2(qemuImg({u"info"_s, u"-f"_s, u"vmdk"_s, out}, &output), qPrintable(output));
        QVERIFY2(output.contains(u"create type: streamOptimized"_s), qPrintable(output));
    }

    // The same stream whatever the number of compression threads, and run after run.
    void deterministic()
    {
        QByteArray first;
        for (int threads : {1, 2, 5}) {
            auto source = RawImageSource::open(path(u"tables.raw"_s));
            QVERIFY(source);
            StreamOptimizedOptions options;
            options.extentName = u"x.vmdk"_s;
            options.threads = threads;
            QByteArray stream;
            auto r = StreamOptimizedWriter(**source, options).write([&stream](const char *d, qint64 n) {
                stream.append(d, n);
                return std::expected<void, QString>();
            });
            QVERIFY(r);
            if (first.isEmpty())
                first = stream;
            QCOMPARE(stream, first);
        }
    }

    // A stream of the guest bytes (a libvirt volume download) gives the very same VMDK as the
    // file read in place: holes and zero grains are both left out.
    void sequentialSourceMatches()
    {
        for (const QString &name : {u"tables.raw"_s, u"odd.raw"_s}) {
            StreamOptimizedOptions options;
            options.extentName = u"s.vmdk"_s;
            QByteArray direct, streamed;
            auto collect = [](QByteArray &into) {
                return [&into](const char *d, qint64 n) {
                    into.append(d, n);
                    return std::expected<void, QString>();
                };
            };
            auto raw = RawImageSource::open(path(name));
            QVERIFY(raw);
            QVERIFY(StreamOptimizedWriter(**raw, options).write(collect(direct)));
            QFile file(path(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            SequentialImageSource stream(name, file.size(), [&file](char *buffer, qint64 max) -> std::expected<qint64, QString> {
                return file.read(buffer, qMin<qint64>(max, 12345)); // short reads on purpose
            });
            QVERIFY(StreamOptimizedWriter(stream, options).write(collect(streamed)));
            QCOMPARE(streamed, direct);
        }
        // A stream that ends early is an error naming it.
        SequentialImageSource shortStream(u"short"_s, 1 << 20, [](char *, qint64) -> std::expected<qint64, QString> { return 0; });
        StreamOptimizedOptions options;
        options.extentName = u"s.vmdk"_s;
        auto r = StreamOptimizedWriter(shortStream, options).write([](const char *, qint64) { return std::expected<void, QString>(); });
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"short: the stream ended"_s), qPrintable(r.error()));
    }

    void cancelLeavesNothing()
    {
        auto source = RawImageSource::open(path(u"tables.raw"_s));
        QVERIFY(source);
        StreamOptimizedOptions options;
        options.extentName = u"c.vmdk"_s;
        StreamOptimizedWriter writer(**source, options);
        std::atomic<bool> cancel = false;
        writer.setCancelFlag(&cancel);
        writer.setProgress([&cancel](qint64 done, qint64) { cancel = done > 0; });
        auto r = writer.writeFile(path(u"cancelled.vmdk"_s));
        QVERIFY(!r);
        QCOMPARE(r.error(), StreamOptimizedWriter::cancelledMessage());
        QVERIFY(!QFile::exists(path(u"cancelled.vmdk"_s)));
    }

    void sinkErrorStops()
    {
        auto source = RawImageSource::open(path(u"mixed.raw"_s));
        QVERIFY(source);
        StreamOptimizedOptions options;
        options.extentName = u"e.vmdk"_s;
        qint64 written = 0;
        auto r = StreamOptimizedWriter(**source, options).write([&written](const char *, qint64 n) -> std::expected<void, QString> {
            if (written > 100000)
                return std::unexpected(u"disk full"_s);
            written += n;
            return {};
        });
        QVERIFY(!r);
        QCOMPARE(r.error(), u"disk full"_s);
    }

    void refusesBadNames()
    {
        auto source = RawImageSource::open(path(u"odd.raw"_s));
        QVERIFY(source);
        StreamOptimizedOptions options;
        options.extentName = u"a\"b.vmdk"_s;
        auto r = StreamOptimizedWriter(**source, options).write([](const char *, qint64) { return std::expected<void, QString>(); });
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"extent name"_s), qPrintable(r.error()));
    }

    // The safety rules of deploy hold for authoring: no backing file, no external data file,
    // format given and checked.
    void refusesUnsafeImages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("reason");
        QTest::newRow("backing file") << u"overlay.qcow2"_s << u"qcow2"_s << u"backing file"_s;
        QTest::newRow("data file") << u"datafile.qcow2"_s << u"qcow2"_s << u"external file"_s;
        QTest::newRow("wrong format") << u"mixed.raw.qcow2"_s << u"vdi"_s << u"cannot read it as vdi"_s;
        QTest::newRow("unknown format") << u"odd.raw"_s << u"bochs"_s << u"not supported"_s;
    }

    void refusesUnsafeImages()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, reason);
        QString out;
        image(u"mixed.raw"_s, u"qcow2"_s);
        if (!QFile::exists(path(u"overlay.qcow2"_s)))
            QVERIFY2(qemuImg({u"create"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"qcow2"_s, u"-b"_s, path(u"mixed.raw.qcow2"_s),
                              path(u"overlay.qcow2"_s)}, &out), qPrintable(out));
        if (!QFile::exists(path(u"datafile.qcow2"_s)))
            QVERIFY2(qemuImg({u"create"_s, u"-f"_s, u"qcow2"_s, u"-o"_s, u"data_file="_s + path(u"data.bin"_s),
                              path(u"datafile.qcow2"_s), u"1M"_s}, &out), qPrintable(out));
        auto opened = DiskImageReader::open(path(file), format);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestStreamOptimizedWriter)
#include "tst_streamoptimizedwriter.moc"
