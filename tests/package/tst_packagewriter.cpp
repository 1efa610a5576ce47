// PackageWriter, TarWriter and PackInput: packs a small appliance into OVA, folder and ZIP and
// reads it back with our ArchiveReader and with independent readers (tar, Python's tarfile,
// sha256sum, qemu-img, openssl); determinism, order, chunking, compression, atomicity, pax.

#include "model/package/archivereader.h"
#include "model/ovf/descriptor.h"
#include "model/package/chunkreassembler.h"
#include "model/package/digesthasher.h"
#include "model/package/manifest.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"
#include "model/package/signer.h"
#include "model/package/tarwriter.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

// The error of a failed result, empty for a success (QVERIFY2 evaluates its message always).
template <typename T>
QString errorText(const std::expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

template <typename T>
QString errorText(const std::expected<T, PackageWriteError> &result)
{
    return result ? QString() : result.error().toString();
}

using Cause = PackageWriteError::Cause;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(gen.generate() & 0xff);
    return bytes;
}

const char kDescriptor[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References>\n"
    "    <File ovf:id=\"file1\" ovf:href=\"disk1.qcow2\" ovf:size=\"%1\"/>\n"
    "    <File ovf:id=\"file2\" ovf:href=\"data/disk2.img\"/>\n"
    "  </References>\n"
    "  <VirtualSystem ovf:id=\"vm\">\n"
    "    <Info>A test appliance</Info>\n"
    "  </VirtualSystem>\n"
    "</Envelope>\n";

struct Member
{
    QString name;
    QByteArray data;
};

// Every member of a package, read with our ArchiveReader (policy included).
std::expected<QList<Member>, QString> readBack(const QString &path)
{
    auto reader = ArchiveReader::open(path);
    if (!reader)
        return std::unexpected(reader.error().toString());
    QList<Member> members;
    for (;;) {
        auto header = (*reader)->next();
        if (!header)
            return std::unexpected(header.error().toString());
        if (!*header)
            return members;
        auto data = (*reader)->readAll(qint64(1) << 30);
        if (!data)
            return std::unexpected(data.error().toString());
        members << Member{(*header)->name, *data};
    }
}

} // namespace

class TestPackageWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tarHeaderLayout();
    void tarPaxOnlyWhenNeeded();
    void tarLongNames();
    void endOfArchivePadding();
    void ovaReadBackAndOrder();
    void ovaIndependentReaders();
    void deterministic();
    void folderAndZip();
    void manifestAlgorithms_data();
    void manifestAlgorithms();
    void chunking();
    void compression();
    void signedPackage();
    void cancelLeavesNothing();
    void missingSourceLeavesDestination();
    void promiseRun();
    void repackFromOva();
    void everyFileGetsSize_data();
    void everyFileGetsSize();
    void expectedDigestsRefuseChangedFiles();
    void typedErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::expected<PackageWriterResult, PackageWriteError> pack(const QString &source, const QString &dest,
                                                               PackageWriterOptions options = {});

    QTemporaryDir m_dir;
    QString m_source; // the appliance's descriptor
    QByteArray m_disk1, m_disk2;
    bool m_qcow2 = false;
};

void TestPackageWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString src = path(u"src"_s);
    QVERIFY(QDir().mkpath(src + u"/data"_s));
    const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (!qemuImg.isEmpty()) {
        const Run r = run(qemuImg, {u"create"_s, u"-f"_s, u"qcow2"_s, src + u"/disk1.qcow2"_s, u"64M"_s});
        m_qcow2 = r.code == 0;
    }
    if (!m_qcow2)
        QVERIFY(writeFile(src + u"/disk1.qcow2"_s, randomBytes(5000, 1)));
    m_disk1 = readFile(src + u"/disk1.qcow2"_s);
    m_disk2 = randomBytes(300'000, 2);
    QVERIFY(writeFile(src + u"/data/disk2.img"_s, m_disk2));
    m_source = src + u"/appliance.ovf"_s;
    QVERIFY(writeFile(m_source, QString::fromLatin1(kDescriptor).arg(m_disk1.size()).toUtf8()));
}

std::expected<PackageWriterResult, PackageWriteError> TestPackageWriter::pack(const QString &source, const QString &dest,
                                                                               PackageWriterOptions options)
{
    auto input = PackInput::open(source);
    if (!input)
        return std::unexpected(PackageWriteError::make(Cause::MissingSource, {}, input.error(), source));
    if (options.format == PackageWriterOptions::Format::Ova)
        options.format = PackageWriter::formatForPath(dest);
    PackageWriter writer(*input, options);
    return writer.write(dest);
}

void TestPackageWriter::tarHeaderLayout()
{
    const auto h = TarWriter::header(u"disk.vmdk"_s, 1234, 0);
    QVERIFY(h);
    QCOMPARE(h->size(), 512);
    QCOMPARE(h->left(9), QByteArray("disk.vmdk"));
    QCOMPARE(h->mid(100, 8), QByteArray("0000644\0", 8));
    QCOMPARE(h->mid(124, 12), QByteArray("00000002322\0", 12)); // 1234 in octal
    QCOMPARE(h->at(156), '0');
    QCOMPARE(h->mid(257, 8), QByteArray("ustar\0" "00", 8));
    QCOMPARE(h->mid(265, 4), QByteArray("root"));
    // The checksum: the sum of the bytes with the field as spaces, octal, NUL, space.
    QByteArray copy = *h;
    copy.replace(148, 8, "        ");
    quint32 sum = 0;
    for (char c : std::as_const(copy))
        sum += quint8(c);
    QCOMPARE(h->mid(148, 8), QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    QVERIFY(!TarWriter::header(QString(), 1));
    QVERIFY(!TarWriter::header(u"x"_s, -1));
}

void TestPackageWriter::tarPaxOnlyWhenNeeded()
{
    QVERIFY(!TarWriter::paxNeeded(u"disk.vmdk"_s, TarWriter::kMaxUstarSize));
    QVERIFY(TarWriter::paxNeeded(u"disk.vmdk"_s, TarWriter::kMaxUstarSize + 1));
    const qint64 big = qint64(9) << 30; // 9 GiB: over the eleven octal digits
    const auto h = TarWriter::header(u"big.vmdk"_s, big, 0);
    QVERIFY(h);
    QCOMPARE(h->size(), 3 * 512); // pax header block, its records block, the ustar block
    QCOMPARE(h->at(156), 'x');
    const QByteArray record = "19 size=" + QByteArray::number(big) + "\n";
    QCOMPARE(h->mid(512, record.size()), record);
    QCOMPARE(h->mid(1024 + 124, 12), QByteArray("00000000000\0", 12));
    QCOMPARE(h->at(1024 + 156), '0');
    QCOMPARE(TarWriter::memberBytes(u"big.vmdk"_s, big), 3 * 512 + big);

    // Python's tarfile reads our pax header back with the right size (header only: the data
    // is not there, so it is opened as a stream of headers).
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY(writeFile(path(u"pax-header.bin"_s), *h));
    const Run r = run(python, {u"-c"_s,
                               u"import tarfile,sys\n"
                               "m=tarfile.open(sys.argv[1],mode='r|').next()\n"
                               "print(m.name, m.size)\n"_s, path(u"pax-header.bin"_s)});
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), u"big.vmdk %1"_s.arg(big));
}

void TestPackageWriter::tarLongNames()
{
    const QString split = QString(120, u'a') + u"/disk.vmdk"_s; // fits prefix + name
    QVERIFY(!TarWriter::paxNeeded(split, 10));
    const auto h = TarWriter::header(split, 10);
    QCOMPARE(h->size(), 512);
    QCOMPARE(h->mid(345, 120), QByteArray(120, 'a'));
    const QString tooLong = QString(300, u'b');
    QVERIFY(TarWriter::paxNeeded(tooLong, 10));
    QCOMPARE(TarWriter::header(tooLong, 10)->at(156), 'x');
}

void TestPackageWriter::endOfArchivePadding()
{
    QCOMPARE(TarWriter::endOfArchive(0).size(), TarWriter::kRecordSize);
    QCOMPARE(TarWriter::endOfArchive(9216).size(), 1024); // exactly fills the record
    QCOMPARE(TarWriter::endOfArchive(9728).size(), 1024 + TarWriter::kRecordSize - 512);
    QVERIFY(TarWriter::endOfArchive(1536).count('\0') == TarWriter::endOfArchive(1536).size());
}

void TestPackageWriter::ovaReadBackAndOrder()
{
    const QString ova = path(u"order.ova"_s);
    const auto result = pack(m_source, ova);
    QVERIFY2(result, qPrintable(errorText(result)));
    const QStringList expected{u"appliance.ovf"_s, u"appliance.mf"_s, u"disk1.qcow2"_s, u"data/disk2.img"_s};
    QCOMPARE(result->members, expected);
    const auto members = readBack(ova);
    QVERIFY2(members, qPrintable(errorText(members)));
    QCOMPARE(members->size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(members->at(i).name, expected.at(i));
    // The one edit: file2 had no ovf:size and gets one; every other byte is the source's.
    QByteArray expectedDescriptor = readFile(m_source);
    expectedDescriptor.replace("ovf:href=\"data/disk2.img\"/>", "ovf:href=\"data/disk2.img\" ovf:size=\"300000\"/>");
    QCOMPARE(members->at(0).data, expectedDescriptor);
    QCOMPARE(members->at(2).data, m_disk1);
    QCOMPARE(members->at(3).data, m_disk2);
    // The manifest covers the descriptor and exactly the referenced files.
    auto manifest = Manifest::parse(members->at(1).data, u"appliance.mf"_s);
    QVERIFY(manifest);
    QCOMPARE(manifest->entries().size(), 3);
    QCOMPARE(manifest->entry(u"disk1.qcow2"_s)->digest, DigestHasher::hash(DigestAlgorithm::Sha256, m_disk1));
    QCOMPARE(QFileInfo(ova).size() % TarWriter::kRecordSize, 0);
}

void TestPackageWriter::ovaIndependentReaders()
{
    const QString ova = path(u"readers.ova"_s);
    QVERIFY(pack(m_source, ova));
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (tar.isEmpty())
        QSKIP("tar is not installed");
    const Run list = run(tar, {u"-tvf"_s, ova});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains("root/root"));
    const QString out = path(u"extracted"_s);
    QVERIFY(QDir().mkpath(out));
    QCOMPARE(run(tar, {u"-xf"_s, ova, u"-C"_s, out}).code, 0);
    QCOMPARE(readFile(out + u"/data/disk2.img"_s), m_disk2);

    // sha256sum agrees with every manifest line (ovftool spelling turned into coreutils').
    const QString sha = QStandardPaths::findExecutable(u"sha256sum"_s);
    if (!sha.isEmpty()) {
        QStringList lines;
        for (const QByteArray &line : readFile(out + u"/appliance.mf"_s).split('\n')) {
            if (line.isEmpty())
                continue;
            const qsizetype open = line.indexOf('('), close = line.lastIndexOf(")= ");
            lines << QString::fromUtf8(line.mid(close + 3) + "  " + line.mid(open + 1, close - open - 1));
        }
        QVERIFY(writeFile(out + u"/check.sha256"_s, lines.join(u'\n').toUtf8() + '\n'));
        const Run check = run(sha, {u"-c"_s, u"check.sha256"_s}, out);
        QVERIFY2(check.code == 0, check.out.constData());
    }

    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (!python.isEmpty()) {
        const Run py = run(python, {u"-c"_s,
                                    u"import tarfile,sys\n"
                                    "t=tarfile.open(sys.argv[1],'r:')\n"
                                    "for m in t.getmembers():\n"
                                    "    assert m.isreg() and m.mode==0o644 and m.uid==0 and m.mtime==0, m.name\n"
                                    "    print(m.name, m.size)\n"_s, ova});
        QCOMPARE(py.code, 0);
        QCOMPARE(py.out, "appliance.ovf %1\nappliance.mf %2\ndisk1.qcow2 %3\ndata/disk2.img 300000\n"_ba
                             .replace("%1", QByteArray::number(readFile(out + u"/appliance.ovf"_s).size()))
                             .replace("%2", QByteArray::number(readFile(out + u"/appliance.mf"_s).size()))
                             .replace("%3", QByteArray::number(m_disk1.size())));
    }
    const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (m_qcow2 && !qemuImg.isEmpty()) {
        const Run info = run(qemuImg, {u"info"_s, u"-f"_s, u"qcow2"_s, out + u"/disk1.qcow2"_s});
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains("virtual size: 64 MiB"));
    }
}

void TestPackageWriter::deterministic()
{
    QVERIFY(pack(m_source, path(u"a.ova"_s)));
    QTest::qSleep(1100); // a different wall-clock second must not matter
    QVERIFY(pack(path(u"src"_s), path(u"b.ova"_s)));
    QCOMPARE(readFile(path(u"a.ova"_s)), readFile(path(u"b.ova"_s)));
    QVERIFY(pack(m_source, path(u"a.zip"_s)));
    QVERIFY(pack(m_source, path(u"b.zip"_s)));
    QCOMPARE(readFile(path(u"a.zip"_s)), readFile(path(u"b.zip"_s)));
}

void TestPackageWriter::folderAndZip()
{
    PackageWriterOptions folder;
    folder.format = PackageWriterOptions::Format::Folder;
    QVERIFY(pack(m_source, path(u"outdir"_s), folder));
    QCOMPARE(readFile(path(u"outdir/data/disk2.img"_s)), m_disk2);
    QVERIFY(QFile::exists(path(u"outdir/appliance.mf"_s)));
    const auto fromFolder = readBack(path(u"outdir"_s));
    QVERIFY2(fromFolder, qPrintable(errorText(fromFolder)));
    QCOMPARE(fromFolder->size(), 4);

    QVERIFY(pack(m_source, path(u"out.zip"_s)));
    const auto fromZip = readBack(path(u"out.zip"_s));
    QVERIFY2(fromZip, qPrintable(errorText(fromZip)));
    QCOMPARE(fromZip->size(), 4);
    for (const Member &m : *fromZip) {
        if (m.name == u"data/disk2.img")
            QCOMPARE(m.data, m_disk2);
    }
    // No temporary leftovers beside the outputs.
    QCOMPARE(QDir(m_dir.path()).entryList({u".*-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestPackageWriter::manifestAlgorithms_data()
{
    QTest::addColumn<std::optional<DigestAlgorithm>>("algorithm");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("sha256") << std::optional(DigestAlgorithm::Sha256) << "SHA256("_ba;
    QTest::newRow("sha512") << std::optional(DigestAlgorithm::Sha512) << "SHA512("_ba;
    QTest::newRow("sha1") << std::optional(DigestAlgorithm::Sha1) << "SHA1("_ba;
    QTest::newRow("none") << std::optional<DigestAlgorithm>() << QByteArray();
}

void TestPackageWriter::manifestAlgorithms()
{
    QFETCH(std::optional<DigestAlgorithm>, algorithm);
    QFETCH(QByteArray, prefix);
    PackageWriterOptions options;
    options.manifest = algorithm;
    const QString ova = path(u"alg-%1.ova"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const auto result = pack(m_source, ova, options);
    QVERIFY(result);
    const auto members = readBack(ova);
    QVERIFY(members);
    if (!algorithm) {
        QCOMPARE(members->size(), 3);
        QVERIFY(result->manifest.isEmpty());
        return;
    }
    QCOMPARE(members->at(1).name, u"appliance.mf"_s);
    QVERIFY(members->at(1).data.startsWith(QByteArray(prefix + "appliance.ovf)= ")));
    QCOMPARE(members->at(1).data.count('\n'), 3);
}

void TestPackageWriter::chunking()
{
    PackageWriterOptions options;
    options.chunkSize = 100'000;
    const QString ova = path(u"chunked.ova"_s);
    const auto result = pack(m_source, ova, options);
    QVERIFY2(result, qPrintable(errorText(result)));
    const auto members = readBack(ova);
    QVERIFY(members);
    QByteArray disk2;
    QStringList chunks;
    for (const Member &m : *members) {
        if (ChunkReassembler::chunkIndex(m.name, u"data/disk2.img"))
            chunks << m.name, disk2 += m.data;
    }
    QCOMPARE(chunks, (QStringList{u"data/disk2.img.000000000"_s, u"data/disk2.img.000000001"_s,
                                  u"data/disk2.img.000000002"_s}));
    QCOMPARE(disk2, m_disk2);
    // References updated: ovf:chunkSize set, ovf:size the whole file.
    QVERIFY(members->at(0).data.contains("ovf:href=\"data/disk2.img\" ovf:size=\"300000\" ovf:chunkSize=\"100000\""));
    auto manifest = Manifest::parse(members->at(1).data, u"appliance.mf"_s);
    QVERIFY(manifest);
    QVERIFY(manifest->entry(u"data/disk2.img.000000002"_s));
    QVERIFY(!manifest->entry(u"data/disk2.img"_s));
    // Untouched text of the descriptor is kept byte for byte.
    QVERIFY(members->at(0).data.contains("<Info>A test appliance</Info>"));
}

void TestPackageWriter::compression()
{
    PackageWriterOptions options;
    options.compress = true;
    const QString ova = path(u"compressed.ova"_s);
    const auto result = pack(m_source, ova, options);
    QVERIFY2(result, qPrintable(errorText(result)));
    const auto members = readBack(ova);
    QVERIFY(members);
    const Member &disk2 = members->at(3);
    // ovf:size is the size as stored: the compressed size (DSP0243 §7.1).
    QVERIFY(members->at(0).data.contains(
        u"ovf:href=\"data/disk2.img\" ovf:size=\"%1\" ovf:compression=\"gzip\""_s.arg(disk2.data.size()).toUtf8()));
    const QString gzip = QStandardPaths::findExecutable(u"gzip"_s);
    if (gzip.isEmpty())
        QSKIP("gzip is not installed");
    QVERIFY(writeFile(path(u"disk2.img.gz"_s), disk2.data));
    const Run r = run(gzip, {u"-dc"_s, path(u"disk2.img.gz"_s)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, m_disk2);
    // No spool left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({u"*.gz"_s}, QDir::Files | QDir::Hidden), QStringList{u"disk2.img.gz"_s});
}

void TestPackageWriter::signedPackage()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    const QString dir = path(u"keys"_s);
    QVERIFY(QDir().mkpath(dir));
    const Run req = run(openssl, {u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                  u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-subj"_s,
                                  u"/CN=OVFW pack test"_s, u"-days"_s, u"30"_s, u"-addext"_s,
                                  u"extendedKeyUsage=codeSigning"_s}, dir);
    QCOMPARE(req.code, 0);
    auto signer = Signer::fromPem(dir + u"/key.pem"_s, dir + u"/cert.pem"_s);
    QVERIFY2(signer, qPrintable(errorText(signer)));
    PackageWriterOptions options;
    options.signer = &*signer;
    const QString ova = path(u"signed.ova"_s);
    QVERIFY(pack(m_source, ova, options));
    QVERIFY(pack(m_source, path(u"signed2.ova"_s), options));
    QCOMPARE(readFile(ova), readFile(path(u"signed2.ova"_s))); // RSA PKCS#1 v1.5 is deterministic
    const auto members = readBack(ova);
    QVERIFY(members);
    QCOMPARE(members->at(2).name, u"appliance.cert"_s);
    const QByteArray cert = members->at(2).data;
    QVERIFY(cert.startsWith("SHA256(appliance.mf)= "));
    const QByteArray signature = QByteArray::fromHex(cert.mid(22, cert.indexOf('\n') - 22));
    QVERIFY(writeFile(dir + u"/sig.bin"_s, signature));
    QVERIFY(writeFile(dir + u"/appliance.mf"_s, members->at(1).data));
    QCOMPARE(run(openssl, {u"x509"_s, u"-in"_s, u"cert.pem"_s, u"-pubkey"_s, u"-noout"_s, u"-out"_s, u"pub.pem"_s}, dir).code, 0);
    const Run verify = run(openssl, {u"dgst"_s, u"-sha256"_s, u"-verify"_s, u"pub.pem"_s, u"-signature"_s,
                                     u"sig.bin"_s, u"appliance.mf"_s}, dir);
    QVERIFY2(verify.code == 0, verify.err.constData());

    // An EC key: the signature length varies, the certificate still fits its reserved room.
    QCOMPARE(run(openssl, {u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, u"eckey.pem"_s,
                           u"-out"_s, u"eccert.pem"_s, u"-subj"_s, u"/CN=OVFW pack EC"_s}, dir).code, 0);
    auto ec = Signer::fromPem(dir + u"/eckey.pem"_s, dir + u"/eccert.pem"_s);
    QVERIFY(ec);
    options.signer = &*ec;
    // Often enough that a certificate room sized on one unlucky short signature would show.
    for (int i = 0; i < 40; ++i) {
        const auto packed = pack(m_source, path(u"ec.ova"_s), options);
        QVERIFY2(packed, qPrintable(errorText(packed)));
    }
    QVERIFY(readBack(path(u"ec.ova"_s)));
}

void TestPackageWriter::cancelLeavesNothing()
{
    const QString dest = path(u"cancelled.ova"_s);
    const QString existing = path(u"existing.ova"_s);
    QVERIFY(writeFile(existing, "the user's package"));
    for (const QString &target : {dest, existing}) {
        auto input = PackInput::open(m_source);
        QVERIFY(input);
        std::atomic<bool> cancel = false;
        PackageWriter writer(*input, {});
        writer.setCancelFlag(&cancel);
        writer.setProgress([&](qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        });
        const auto result = writer.write(target);
        QVERIFY(!result);
        QCOMPARE(result.error().cause, Cause::Cancelled);
        QCOMPARE(result.error().ruleId(), u"cancelled"_s);
    }
    QVERIFY(!QFile::exists(dest));
    QCOMPARE(readFile(existing), "the user's package"_ba);
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled.ova*"_s, u"existing.ova.*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TestPackageWriter::missingSourceLeavesDestination()
{
    const QString src = path(u"src-missing"_s);
    QVERIFY(QDir().mkpath(src + u"/data"_s));
    QVERIFY(QFile::copy(m_source, src + u"/appliance.ovf"_s));
    QVERIFY(writeFile(src + u"/disk1.qcow2"_s, m_disk1));
    QVERIFY(writeFile(src + u"/data/disk2.img"_s, m_disk2));
    auto input = PackInput::open(src);
    QVERIFY(input);
    QVERIFY(QFile::remove(src + u"/data/disk2.img"_s)); // goes missing while packing
    const QString existing = path(u"kept.ova"_s);
    QVERIFY(writeFile(existing, "old"));
    PackageWriter writer(*input, {});
    const auto result = writer.write(existing);
    QVERIFY(!result);
    QCOMPARE(result.error().cause, Cause::MissingSource);
    QCOMPARE(result.error().member, u"data/disk2.img"_s);
    QCOMPARE(result.error().ruleId(), u"missing-source"_s);
    QCOMPARE(readFile(existing), "old"_ba);
    // The same for a folder destination, and when the file is missing from the start.
    PackageWriterOptions folder;
    folder.format = PackageWriterOptions::Format::Folder;
    PackageWriter folderWriter(*input, folder);
    const auto folderResult = folderWriter.write(path(u"never"_s));
    QVERIFY(!folderResult);
    QCOMPARE(folderResult.error().cause, Cause::MissingSource);
    QVERIFY(!QFileInfo::exists(path(u"never"_s)));
    const auto reopened = PackInput::open(src);
    QVERIFY(!reopened);
    QVERIFY(reopened.error().contains(u"missing"_s));
}

void TestPackageWriter::promiseRun()
{
    auto input = PackInput::open(m_source);
    QVERIFY(input);
    auto future = QtConcurrent::run(&PackageWriter::run, &*input, PackageWriterOptions{}, path(u"promise.ova"_s));
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    QVERIFY(future.result());
    QCOMPARE(future.progressValue(), 1'000'000);
    QVERIFY(readBack(path(u"promise.ova"_s)));
}

void TestPackageWriter::repackFromOva()
{
    // An OVA and a ZIP as sources, into every format; the content survives.
    QVERIFY(pack(m_source, path(u"source.ova"_s)));
    QVERIFY(pack(path(u"source.ova"_s), path(u"repacked.zip"_s)));
    QVERIFY(pack(path(u"repacked.zip"_s), path(u"repacked.ova"_s)));
    QCOMPARE(readFile(path(u"repacked.ova"_s)), readFile(path(u"source.ova"_s)));
}


// Every package written has ovf:size on every File (DSP0243 §7.1): added where the source had
// none, the stored size (compressed when compressed, whole when chunked), in every format.
void TestPackageWriter::everyFileGetsSize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("compress");
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("ova") << u"sizes.ova"_s << false << qint64(0);
    QTest::newRow("zip") << u"sizes.zip"_s << false << qint64(0);
    QTest::newRow("folder") << u"sizes-folder"_s << false << qint64(0);
    QTest::newRow("ova gzip") << u"sizes-gz.ova"_s << true << qint64(0);
    QTest::newRow("ova chunked") << u"sizes-chunked.ova"_s << false << qint64(100'000);
}

void TestPackageWriter::everyFileGetsSize()
{
    QFETCH(QString, name);
    QFETCH(bool, compress);
    QFETCH(qint64, chunk);
    PackageWriterOptions options;
    options.format = name.endsWith(u".ova") ? PackageWriterOptions::Format::Ova
                     : name.endsWith(u".zip") ? PackageWriterOptions::Format::Zip
                                              : PackageWriterOptions::Format::Folder;
    options.compress = compress;
    options.chunkSize = chunk;
    const auto result = pack(m_source, path(name), options);
    QVERIFY2(result, qPrintable(errorText(result)));
    auto written = PackInput::open(path(name));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(written->files().size(), 2);
    const QString ns = written->descriptor().envelopeNamespace();
    for (const PackInputFile &file : written->files()) {
        QVERIFY2(file.element->hasAttribute(ns, u"size"), qPrintable(file.member));
        QCOMPARE(file.element->attributeValue(ns, u"size").toLongLong(), file.size);
    }
    QVERIFY(result->descriptor.contains("ovf:id=\"file2\" ovf:href=\"data/disk2.img\""));
    if (!compress && chunk == 0)
        QVERIFY(result->descriptor.contains("ovf:size=\"300000\""));
}

// expectedDigests: a file whose bytes are not the expected ones fails the write before anything
// is committed; the right digest passes (and the descriptor is still edited: ovf:size added).
void TestPackageWriter::expectedDigestsRefuseChangedFiles()
{
    PackageWriterOptions options;
    options.expectedDigests.insert(u"data/disk2.img"_s, DigestHasher::hash(DigestAlgorithm::Sha256, "other bytes"));
    const QString dest = path(u"expected.ova"_s);
    const auto refused = pack(m_source, dest, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().cause, Cause::Changed);
    QCOMPARE(refused.error().member, u"data/disk2.img"_s);
    QCOMPARE(refused.error().ruleId(), u"changed"_s);
    QVERIFY(!QFile::exists(dest));
    options.expectedDigests.insert(u"data/disk2.img"_s, DigestHasher::hash(DigestAlgorithm::Sha256, m_disk2));
    const auto written = pack(m_source, dest, options);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->descriptor.contains("ovf:size=\"300000\""));
}

// The writer's errors are typed: the cause, the member and path, the rule id, the bytes
// needed and free; the text is made from them by one formatter.
void TestPackageWriter::typedErrors()
{
    // Options that contradict each other.
    PackageWriterOptions both;
    both.compress = both.decompress = true;
    auto r = pack(m_source, path(u"typed.ova"_s), both);
    QVERIFY(!r);
    QCOMPARE(r.error().cause, Cause::InvalidOptions);
    QCOMPARE(r.error().ruleId(), u"invalid-options"_s);

    // Too little room: the destination, the bytes needed and free.
    PackageWriterOptions roomy;
    roomy.keepFreeBytes = qint64(1) << 60;
    r = pack(m_source, path(u"typed.ova"_s), roomy);
    QVERIFY(!r);
    QCOMPARE(r.error().cause, Cause::NoSpace);
    QCOMPARE(r.error().rule, PackageError::Rule::NoSpace);
    QCOMPARE(r.error().ruleId(), u"no-space"_s);
    QCOMPARE(r.error().path, path(u"typed.ova"_s));
    QVERIFY(r.error().bytesNeeded > r.error().bytesFree);
    QVERIFY(r.error().bytesFree >= 0);
    QVERIFY(!QFile::exists(path(u"typed.ova"_s)));

    // A destination in a folder that does not exist.
    r = pack(m_source, path(u"no/such/folder/typed.ova"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().cause, Cause::Io);
    QCOMPARE(r.error().path, path(u"no/such/folder/typed.ova"_s));

    // A kept manifest (signing as it is) that does not match a file.
    QVERIFY(pack(m_source, path(u"typed-src.ova"_s)));
    auto input = PackInput::open(path(u"typed-src.ova"_s));
    QVERIFY(input);
    QVERIFY(input->manifest());
    PackageWriterOptions keep;
    keep.existingManifest = QByteArray(*input->manifest()).replace(
        DigestHasher::hash(DigestAlgorithm::Sha256, m_disk2).toHex(), QByteArray(64, '0'));
    r = PackageWriter(*input, keep).write(path(u"typed-signed.ova"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().cause, Cause::ManifestMismatch);
    QCOMPARE(r.error().member, u"data/disk2.img"_s);
    QVERIFY(!QFile::exists(path(u"typed-signed.ova"_s)));

    // One formatter: the member, the path and the rule id are in the words.
    PackageWriteError e;
    e.cause = Cause::NoSpace;
    e.path = u"/mnt/small/app.ova"_s;
    e.member = u"disk.vmdk"_s;
    e.bytesNeeded = 2000;
    e.bytesFree = 1000;
    const QString text = e.toString();
    QVERIFY2(text.contains(u"/mnt/small/app.ova"_s) && text.contains(u"disk.vmdk"_s) && text.contains(u"2000"_s)
                 && text.contains(u"1000"_s) && text.endsWith(u"[no-space]"_s),
             qPrintable(text));
    QCOMPARE(PackageWriteError::cancelled().toString(), PackageWriter::cancelledMessage());
}

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
