// Repacking packages whose Files are chunked (ovf:chunkSize) and gzip-compressed
// (ovf:compression): carried through byte for byte by default, rechunked, joined, inflated or
// compressed on request; the References follow, `ovfctl verify` accepts the result and the
// disks' content is unchanged. The source packages are built by hand (raw ustar, zlib), the
// output is checked with an independent XML reader and zlib, not with the writer's own code.

#include "tests/kit/packagetestkit.h"

#include "model/package/archivereader.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

struct FileAttrs
{
    QString href;
    QString size;
    QString chunkSize;
    QString compression;
};

constexpr auto kOvfNs = "http://schemas.dmtf.org/ovf/envelope/1";

QMap<QString, FileAttrs> references(const QByteArray &descriptor)
{
    QMap<QString, FileAttrs> files;
    QXmlStreamReader xml(descriptor);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"File")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString ns = QString::fromLatin1(kOvfNs);
        FileAttrs f{a.value(ns, u"href"_s).toString(), a.value(ns, u"size"_s).toString(),
                    a.value(ns, u"chunkSize"_s).toString(), a.value(ns, u"compression"_s).toString()};
        files.insert(f.href, f);
    }
    return files;
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray("<corrupt gzip>");
}

// Every member of an OVA (read with ArchiveReader), or every file of a folder, by name.
QList<std::pair<QString, QByteArray>> members(const QString &path)
{
    QList<std::pair<QString, QByteArray>> list;
    if (QFileInfo(path).isDir()) {
        const QStringList names = QDir(path).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            list.append({name, testkit::readFile(QDir(path).filePath(name))});
        return list;
    }
    auto reader = ArchiveReader::open(path);
    if (!reader)
        return list;
    for (;;) {
        auto header = (*reader)->next();
        if (!header || !*header)
            break;
        auto data = (*reader)->readAll(qint64(1) << 28);
        list.append({(*header)->name, data ? *data : QByteArray()});
    }
    return list;
}

QByteArray member(const QList<std::pair<QString, QByteArray>> &list, const QString &name)
{
    for (const auto &[n, data] : list) {
        if (n == name)
            return data;
    }
    return {};
}

// The content of File `href` as a consumer rebuilds it from `attrs`: chunks joined in order,
// then inflated. Returns "<size mismatch>" when ovf:size does not describe the stored bytes.
QByteArray content(const QList<std::pair<QString, QByteArray>> &list, const FileAttrs &attrs)
{
    QByteArray stored;
    if (attrs.chunkSize.isEmpty()) {
        stored = member(list, attrs.href);
    } else {
        for (int k = 0;; ++k) {
            const QString name = attrs.href + u'.' + QString::number(k).rightJustified(9, u'0');
            if (!std::any_of(list.begin(), list.end(), [&](const auto &m) { return m.first == name; }))
                break;
            const QByteArray chunk = member(list, name);
            stored += chunk;
        }
    }
    if (!attrs.size.isEmpty() && attrs.size.toLongLong() != stored.size())
        return "<size mismatch>";
    return attrs.compression == u"gzip" ? gunzip(stored) : stored;
}

QList<std::pair<QByteArray, QByteArray>> chunks(const QByteArray &href, const QByteArray &data, qsizetype size)
{
    QList<std::pair<QByteArray, QByteArray>> list;
    for (qsizetype k = 0; k * size < data.size(); ++k)
        list.append({href + '.' + QByteArray::number(k).rightJustified(9, '0'), data.mid(k * size, size)});
    return list;
}

struct Ovfctl
{
    int code = -1;
    QString err;
};

Ovfctl ovfctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(OVFCTL_PATH), args);
    Ovfctl r;
    if (p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit) {
        r.code = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    }
    return r;
}

} // namespace

class TestPackageRepack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void carriedThrough();
    void folderSourceSameBytes();
    void inflatedAndJoined();
    void rechunked();
    void compressedAll();
    void commandLine();
    void signChunkedInPlace();
    void corruptGzipLeavesDestination();
    void brokenChunksRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::expected<PackageWriterResult, PackageWriteError> pack(const QString &source, const QString &destination,
                                                               const PackageWriterOptions &options = {});
    // Checks `package`'s References against the expected layout of a, b and c, its content
    // against the originals, and that `ovfctl verify` finds every digest right.
    void checkPackage(const QString &package, const QString &chunkA, const QString &chunkB,
                      const QString &chunkC, bool gzipA, bool gzipB, bool gzipC);

    QTemporaryDir m_dir;
    QByteArray m_a, m_b, m_c;     // the disks' content
    QByteArray m_gzA, m_gzB;      // as the source stores them
    testkit::Members m_members;   // the source's members (descriptor, manifest, files)
    QByteArray m_descriptor;
};

void TestPackageRepack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Half compressible, half not: compressed sizes differ clearly from the originals.
    m_a = QByteArray(60'000, 'a') + testkit::payload(40'000, 1);
    m_b = QByteArray(30'000, 'b') + testkit::payload(40'000, 2);
    m_c = testkit::payload(90'000, 3);
    m_gzA = testkit::gzip(m_a);
    m_gzB = testkit::gzip(m_b);
    m_descriptor = testkit::descriptor({{u"fa"_s, u"a.img"_s, m_gzA.size(), 30'000, true},
                                        {u"fb"_s, u"b.img"_s, m_gzB.size(), std::nullopt, true},
                                        {u"fc"_s, u"c.img"_s, m_c.size(), 40'000, false}});
    testkit::Members files = chunks("a.img", m_gzA, 30'000);
    files.append({"b.img", m_gzB});
    files += chunks("c.img", m_c, 40'000);
    m_members = {{"app.ovf", m_descriptor}};
    m_members.append({"app.mf", testkit::manifest(testkit::Members{{"app.ovf", m_descriptor}} + files)});
    m_members += files;
    QVERIFY(testkit::writeFile(path(u"source.ova"_s), testkit::tar(m_members)));
    QVERIFY(QDir().mkpath(path(u"source"_s)));
    for (const auto &[name, data] : std::as_const(m_members))
        QVERIFY(testkit::writeFile(path(u"source/"_s + QString::fromUtf8(name)), data));
    // The hand-made source is itself a valid package.
    const Ovfctl verified = ovfctl({u"verify"_s, u"--require"_s, u"intact"_s, path(u"source.ova"_s)});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
}

std::expected<PackageWriterResult, PackageWriteError> TestPackageRepack::pack(const QString &source, const QString &destination,
                                                                              const PackageWriterOptions &options)
{
    auto input = PackInput::open(source);
    if (!input)
        return std::unexpected(PackageWriteError::make(PackageWriteError::Cause::MissingSource, {}, input.error(), source));
    PackageWriterOptions o = options;
    o.format = PackageWriter::formatForPath(destination);
    return PackageWriter(*input, o).write(destination);
}

void TestPackageRepack::checkPackage(const QString &package, const QString &chunkA, const QString &chunkB,
                                     const QString &chunkC, bool gzipA, bool gzipB, bool gzipC)
{
    const auto list = members(package);
    const auto refs = references(member(list, u"app.ovf"_s));
    QCOMPARE(refs.size(), 3);
    QCOMPARE(refs.value(u"a.img"_s).chunkSize, chunkA);
    QCOMPARE(refs.value(u"b.img"_s).chunkSize, chunkB);
    QCOMPARE(refs.value(u"c.img"_s).chunkSize, chunkC);
    QCOMPARE(refs.value(u"a.img"_s).compression, gzipA ? u"gzip"_s : QString());
    QCOMPARE(refs.value(u"b.img"_s).compression, gzipB ? u"gzip"_s : QString());
    QCOMPARE(refs.value(u"c.img"_s).compression, gzipC ? u"gzip"_s : QString());
    QCOMPARE(content(list, refs.value(u"a.img"_s)), m_a);
    QCOMPARE(content(list, refs.value(u"b.img"_s)), m_b);
    QCOMPARE(content(list, refs.value(u"c.img"_s)), m_c);
    // Exactly the members the References call for (plus descriptor, manifest, certificate).
    for (const auto &[name, data] : list) {
        const bool expected = name == u"app.ovf" || name == u"app.mf" || name == u"app.cert"
            || std::any_of(refs.begin(), refs.end(), [&](const FileAttrs &f) {
                   return f.chunkSize.isEmpty() ? name == f.href : name.startsWith(f.href + u'.');
               });
        QVERIFY2(expected, qPrintable(name));
    }
    const Ovfctl verified = ovfctl({u"verify"_s, u"--require"_s, u"intact"_s, package});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
}

void TestPackageRepack::carriedThrough()
{
    const auto result = pack(path(u"source.ova"_s), path(u"carried.ova"_s));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->warnings.isEmpty());
    // Every member byte for byte, in the same order; the descriptor untouched.
    const auto list = members(path(u"carried.ova"_s));
    QCOMPARE(list.size(), m_members.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).first, QString::fromUtf8(m_members.at(i).first));
        if (list.at(i).first != u"app.mf")
            QCOMPARE(list.at(i).second, m_members.at(i).second);
    }
    // The manifest lists the same digests (our serialization may differ in spacing).
    QCOMPARE(result->manifestEntries.size(), m_members.size() - 1);
    checkPackage(path(u"carried.ova"_s), u"30000"_s, QString(), u"40000"_s, true, true, false);
}

void TestPackageRepack::folderSourceSameBytes()
{
    // A folder holding the same chunks packs to the same OVA as the OVA source.
    QVERIFY(pack(path(u"source"_s), path(u"fromfolder.ova"_s)));
    QVERIFY(pack(path(u"source.ova"_s), path(u"fromova.ova"_s)));
    QCOMPARE(testkit::readFile(path(u"fromfolder.ova"_s)), testkit::readFile(path(u"fromova.ova"_s)));
    // And to a folder, carried through as well.
    QVERIFY(pack(path(u"source.ova"_s), path(u"outfolder"_s)));
    QCOMPARE(QDir(path(u"outfolder"_s)).entryList(QDir::Files, QDir::Name).size(), m_members.size());
    checkPackage(path(u"outfolder"_s), u"30000"_s, QString(), u"40000"_s, true, true, false);
}

void TestPackageRepack::inflatedAndJoined()
{
    PackageWriterOptions options;
    options.decompress = true;
    options.joinChunks = true;
    const auto result = pack(path(u"source.ova"_s), path(u"plain.ova"_s), options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto list = members(path(u"plain.ova"_s));
    QCOMPARE(member(list, u"a.img"_s), m_a);
    QCOMPARE(member(list, u"b.img"_s), m_b);
    QCOMPARE(member(list, u"c.img"_s), m_c);
    const auto refs = references(member(list, u"app.ovf"_s));
    QCOMPARE(refs.value(u"a.img"_s).size, QString::number(m_a.size()));
    QCOMPARE(refs.value(u"b.img"_s).size, QString::number(m_b.size()));
    checkPackage(path(u"plain.ova"_s), QString(), QString(), QString(), false, false, false);
    // No spool is left beside the destination.
    QCOMPARE(QDir(m_dir.path()).entryList({u".plain.ova*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TestPackageRepack::rechunked()
{
    PackageWriterOptions options;
    options.chunkSize = 25'000;
    QVERIFY(pack(path(u"source.ova"_s), path(u"rechunked.ova"_s), options));
    const auto list = members(path(u"rechunked.ova"_s));
    // A's gzip stream is carried through, only cut differently.
    QCOMPARE(member(list, u"a.img.000000000"_s), m_gzA.left(25'000));
    QCOMPARE(member(list, u"b.img.000000001"_s), m_gzB.mid(25'000, 25'000));
    checkPackage(path(u"rechunked.ova"_s), u"25000"_s, u"25000"_s, u"25000"_s, true, true, false);
}

void TestPackageRepack::compressedAll()
{
    PackageWriterOptions options;
    options.compress = true;
    QVERIFY(pack(path(u"source.ova"_s), path(u"gz.zip"_s), options));
    checkPackage(path(u"gz.zip"_s), u"30000"_s, QString(), u"40000"_s, true, true, true);
    // gzip files of the source are not compressed twice.
    const auto list = members(path(u"gz.zip"_s));
    QCOMPARE(member(list, u"b.img"_s), m_gzB);
}

void TestPackageRepack::commandLine()
{
    Ovfctl r = ovfctl({u"pack"_s, path(u"source.ova"_s), path(u"cli.ova"_s), u"--no-compress"_s, u"--chunk-size"_s, u"0"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkPackage(path(u"cli.ova"_s), QString(), QString(), QString(), false, false, false);
    r = ovfctl({u"pack"_s, path(u"source"_s), path(u"cli2.ova"_s), u"--chunk-size"_s, u"50000"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkPackage(path(u"cli2.ova"_s), u"50000"_s, u"50000"_s, u"50000"_s, true, true, false);
    r = ovfctl({u"pack"_s, path(u"source"_s), path(u"cli3.ova"_s), u"--compress"_s, u"--no-compress"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--no-compress"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"cli3.ova"_s)));
}

void TestPackageRepack::signChunkedInPlace()
{
    // `ovfctl sign` rewrites a chunked, compressed OVA with its members carried through.
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QProcess req;
    req.setWorkingDirectory(m_dir.path());
    req.start(openssl, {u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                        u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-subj"_s, u"/CN=OVFW repack test"_s});
    QVERIFY(req.waitForFinished(60'000) && req.exitCode() == 0);
    QVERIFY(QFile::copy(path(u"source.ova"_s), path(u"tosign.ova"_s)));
    const Ovfctl r = ovfctl({u"sign"_s, path(u"tosign.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s,
                             path(u"cert.pem"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto list = members(path(u"tosign.ova"_s));
    QCOMPARE(list.size(), m_members.size() + 1);
    QCOMPARE(list.at(2).first, u"app.cert"_s);
    for (qsizetype i = 0; i < m_members.size(); ++i) { // the manifest kept byte for byte, too
        const qsizetype at = i < 2 ? i : i + 1;
        QCOMPARE(list.at(at).first, QString::fromUtf8(m_members.at(i).first));
        QCOMPARE(list.at(at).second, m_members.at(i).second);
    }
    checkPackage(path(u"tosign.ova"_s), u"30000"_s, QString(), u"40000"_s, true, true, false);
}

void TestPackageRepack::corruptGzipLeavesDestination()
{
    // b.img's deflate data damaged: inflating it fails, naming it; the existing file stays.
    QVERIFY(QDir().mkpath(path(u"corrupt"_s)));
    for (const auto &[name, data] : std::as_const(m_members)) {
        QByteArray bytes = data;
        if (name == "b.img")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
        QVERIFY(testkit::writeFile(path(u"corrupt/"_s + QString::fromUtf8(name)), bytes));
    }
    QVERIFY(testkit::writeFile(path(u"kept.ova"_s), "the user's package"));
    PackageWriterOptions options;
    options.decompress = true;
    const auto result = pack(path(u"corrupt"_s), path(u"kept.ova"_s), options);
    QVERIFY(!result);
    QCOMPARE(result.error().member, u"b.img"_s);
    QCOMPARE(result.error().rule, PackageError::Rule::GzipCorrupt);
    QCOMPARE(result.error().cause, PackageWriteError::Cause::InvalidMember);
    QCOMPARE(testkit::readFile(path(u"kept.ova"_s)), "the user's package"_ba);
    QCOMPARE(QDir(m_dir.path()).entryList({u".kept.ova*"_s, u"kept.ova.*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TestPackageRepack::brokenChunksRefused()
{
    // A chunk missing, and the whole file beside its chunks: refused when opening, naming it.
    QVERIFY(QDir().mkpath(path(u"gap"_s)));
    for (const auto &[name, data] : std::as_const(m_members)) {
        if (name != "a.img.000000001")
            QVERIFY(testkit::writeFile(path(u"gap/"_s + QString::fromUtf8(name)), data));
    }
    auto input = PackInput::open(path(u"gap"_s));
    QVERIFY(!input);
    QVERIFY2(input.error().contains(u"a.img.000000001"_s), qPrintable(input.error()));

    testkit::Members whole = m_members;
    whole.append({"c.img", m_c});
    QVERIFY(testkit::writeFile(path(u"whole.ova"_s), testkit::tar(whole)));
    input = PackInput::open(path(u"whole.ova"_s));
    QVERIFY(!input);
    QVERIFY2(input.error().contains(u"c.img"_s), qPrintable(input.error()));
}

QTEST_GUILESS_MAIN(TestPackageRepack)
#include "tst_packagerepack.moc"
