// `ovfctl pack` and `ovfctl sign`: exit statuses, messages, and what they leave on disk.

#include "model/package/archivereader.h"
#include "model/package/manifest.h"
#include "packagetestkit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "ovfctltestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = testkit::OvfctlResult;
using testkit::ovfctl;

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

QStringList memberNames(const QString &path)
{
    auto reader = ovf::package::ArchiveReader::open(path);
    if (!reader)
        return {};
    while (true) {
        auto header = (*reader)->next();
        if (!header || !*header)
            break;
    }
    return (*reader)->memberNames();
}

const char kDescriptor[] =
    "<?xml version=\"1.0\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References><File ovf:id=\"f1\" ovf:href=\"disk.img\"/></References>\n"
    "  <VirtualSystem ovf:id=\"vm\"><Info>VM</Info></VirtualSystem>\n"
    "</Envelope>\n";

} // namespace

class TestOvfctlPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packFormats();
    void packUsageErrors_data();
    void packUsageErrors();
    void packMissingFile();
    void packKeepsExistingOnFailure();
    void packConvertsPendingDisk();
    void signInPlace();
    void signAddsSizes();
    void signRefusesMismatch();
    void signRefusesUnmanifested();
    void signUsage();
    void help();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    bool m_haveKeys = false;
};

void TestOvfctlPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(path(u"src/app.ovf"_s), kDescriptor));
    QVERIFY(writeFile(path(u"src/disk.img"_s), QByteArray(100'000, 'd')));
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (!openssl.isEmpty()) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(openssl, {u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                          u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-subj"_s,
                          u"/CN=OVFW ovfctl pack test"_s, u"-days"_s, u"30"_s});
        m_haveKeys = p.waitForFinished(60'000) && p.exitCode() == 0;
    }
}

void TestOvfctlPack::packFormats()
{
    Result r = ovfctl({u"pack"_s, path(u"src/app.ovf"_s), path(u"out.ova"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"3 members, SHA256 manifest"_s), qPrintable(r.out));
    QCOMPARE(memberNames(path(u"out.ova"_s)), (QStringList{u"app.ovf"_s, u"app.mf"_s, u"disk.img"_s}));
    r = ovfctl({u"pack"_s, path(u"src"_s), path(u"out.pkg"_s), u"--format"_s, u"zip"_s, u"--manifest"_s, u"sha512"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(readFile(path(u"out.pkg"_s)).startsWith("PK"));
    r = ovfctl({u"pack"_s, path(u"out.ova"_s), path(u"outdir"_s), u"--manifest"_s, u"none"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QDir(path(u"outdir"_s)).entryList(QDir::Files), (QStringList{u"app.ovf"_s, u"disk.img"_s}));
    r = ovfctl({u"pack"_s, path(u"src"_s), path(u"chunked.ova"_s), u"--chunk-size"_s, u"40000"_s, u"--compress"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(memberNames(path(u"chunked.ova"_s)).contains(u"disk.img.000000000"_s));
}

void TestOvfctlPack::packUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no args") << QStringList{u"pack"_s} << u"missing SRC and OUT"_s;
    QTest::newRow("one arg") << QStringList{u"pack"_s, u"x"_s} << u"missing SRC and OUT"_s;
    QTest::newRow("format") << QStringList{u"pack"_s, u"--format"_s, u"tar"_s, u"a"_s, u"b"_s} << u"unknown format 'tar'"_s;
    QTest::newRow("manifest") << QStringList{u"pack"_s, u"--manifest"_s, u"md5"_s, u"a"_s, u"b"_s} << u"unknown manifest digest 'md5'"_s;
    QTest::newRow("chunk") << QStringList{u"pack"_s, u"--chunk-size"_s, u"many"_s, u"a"_s, u"b"_s} << u"--chunk-size"_s;
    QTest::newRow("negative chunk") << QStringList{u"pack"_s, u"--chunk-size=-5"_s, u"a"_s, u"b"_s} << u"--chunk-size"_s;
    QTest::newRow("cert alone") << QStringList{u"pack"_s, u"--cert"_s, u"c"_s, u"a"_s, u"b"_s} << u"--sign and --cert go together"_s;
    QTest::newRow("both") << QStringList{u"pack"_s, u"--sign"_s, u"k"_s, u"--cert"_s, u"c"_s, u"--pkcs12"_s, u"p"_s, u"a"_s, u"b"_s}
                          << u"--pkcs12 cannot be combined"_s;
    QTest::newRow("no such src") << QStringList{u"pack"_s, u"/nonexistent/x.ovf"_s, u"b.ova"_s} << u"no such file"_s;
    QTest::newRow("unknown option") << QStringList{u"pack"_s, u"--bogus"_s, u"a"_s, u"b"_s} << u"bogus"_s;
}

void TestOvfctlPack::packUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = ovfctl(args, m_dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestOvfctlPack::packMissingFile()
{
    QVERIFY(writeFile(path(u"broken/app.ovf"_s), kDescriptor));
    const Result r = ovfctl({u"pack"_s, path(u"broken"_s), path(u"broken.ova"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"disk.img: referenced by File f1 but missing"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"broken.ova"_s)));
}

void TestOvfctlPack::packKeepsExistingOnFailure()
{
    QVERIFY(writeFile(path(u"keep.ova"_s), "precious"));
    const Result r = ovfctl({u"pack"_s, path(u"broken"_s), path(u"keep.ova"_s)});
    QCOMPARE(r.code, 1);
    QCOMPARE(readFile(path(u"keep.ova"_s)), "precious"_ba);
    QCOMPARE(QDir(m_dir.path()).entryList({u"keep.ova*"_s}, QDir::Files | QDir::Hidden), QStringList{u"keep.ova"_s});
}

// A File naming a qcow2 image still to be converted (ovfw:source): `ovfctl pack` writes it as
// a streamOptimized VMDK member, says so, and `ovfctl verify` accepts the result.
void TestOvfctlPack::packConvertsPendingDisk()
{
    QProcess img;
    img.start(u"qemu-img"_s, {u"create"_s, u"-f"_s, u"qcow2"_s, path(u"pending.qcow2"_s), u"4M"_s});
    QVERIFY(img.waitForFinished(60'000) && img.exitCode() == 0);
    const QByteArray descriptor =
        "<?xml version=\"1.0\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
        "          xmlns:ovfw=\"urn:ovf-workbench:1\">\n"
        "  <References><File ovf:id=\"f1\" ovf:href=\"disk1.vmdk\" ovfw:source=\"../pending.qcow2\" ovfw:sourceFormat=\"qcow2\"/></References>\n"
        "  <DiskSection><Info>Disks</Info><Disk ovf:diskId=\"d1\" ovf:fileRef=\"f1\" ovf:capacity=\"4194304\"/></DiskSection>\n"
        "  <VirtualSystem ovf:id=\"vm\"><Info>VM</Info></VirtualSystem>\n"
        "</Envelope>\n";
    QVERIFY(writeFile(path(u"authored/app.ovf"_s), descriptor));
    Result r = ovfctl({u"pack"_s, path(u"authored/app.ovf"_s), path(u"pending.ova"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"converted disk1.vmdk: streamOptimized VMDK of "_s + path(u"pending.qcow2"_s)), qPrintable(r.out));
    QCOMPARE(memberNames(path(u"pending.ova"_s)), (QStringList{u"app.ovf"_s, u"app.mf"_s, u"disk1.vmdk"_s}));
    r = ovfctl({u"verify"_s, path(u"pending.ova"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    // The author's descriptor is untouched.
    QCOMPARE(readFile(path(u"authored/app.ovf"_s)), descriptor);
}

void TestOvfctlPack::signInPlace()
{
    if (!m_haveKeys)
        QSKIP("the openssl command is not installed");
    QCOMPARE(ovfctl({u"pack"_s, path(u"src"_s), path(u"tosign.ova"_s)}).code, 0);
    const QByteArray before = readFile(path(u"tosign.ova"_s));
    Result r = ovfctl({u"sign"_s, path(u"tosign.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"signed by CN=OVFW ovfctl pack test"_s), qPrintable(r.out));
    QCOMPARE(memberNames(path(u"tosign.ova"_s)), (QStringList{u"app.ovf"_s, u"app.mf"_s, u"app.cert"_s, u"disk.img"_s}));
    // Signing again replaces the certificate (RSA: the same bytes), -o leaves PKG alone.
    const QByteArray signedOnce = readFile(path(u"tosign.ova"_s));
    QVERIFY(signedOnce != before);
    r = ovfctl({u"sign"_s, path(u"tosign.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s),
                u"-o"_s, path(u"copy.ova"_s)});
    QCOMPARE(r.code, 0);
    QCOMPARE(readFile(path(u"copy.ova"_s)), signedOnce);
    r = ovfctl({u"sign"_s, path(u"tosign.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s),
                u"--manifest-digest"_s, u"sha512"_s, u"-o"_s, path(u"copy512.ova"_s)});
    QCOMPARE(r.code, 0);
    // A folder: the certificate is added beside the manifest.
    QCOMPARE(ovfctl({u"pack"_s, path(u"src"_s), path(u"signdir"_s)}).code, 0);
    r = ovfctl({u"sign"_s, path(u"signdir"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY(readFile(path(u"signdir/app.cert"_s)).startsWith("SHA256(app.mf)= "));
}

// A package made by another tool, without ovf:size and with a manifest: `sign` and `sign -o`
// give every File its ovf:size, as pack does, and the manifest then differs only in the
// descriptor's digest (the files' lines kept); the result verifies.
void TestOvfctlPack::signAddsSizes()
{
    if (!m_haveKeys)
        QSKIP("the openssl command is not installed");
    using testkit::FileRef;
    const QByteArray disk = testkit::payload(70'000);
    const QByteArray descriptor = testkit::descriptor({FileRef{u"f1"_s, u"disk.vmdk"_s, {}, {}, false}});
    QVERIFY(!descriptor.contains("ovf:size"));
    const QByteArray manifest = testkit::manifest({{"app.ovf", descriptor}, {"disk.vmdk", disk}});
    QVERIFY(writeFile(path(u"nosize/app.ovf"_s), descriptor));
    QVERIFY(writeFile(path(u"nosize/disk.vmdk"_s), disk));
    QVERIFY(writeFile(path(u"nosize/app.mf"_s), manifest));
    QVERIFY(writeFile(path(u"nosize.ova"_s), testkit::tar({{"app.ovf", descriptor}, {"app.mf", manifest}, {"disk.vmdk", disk}})));

    const auto check = [&](const QByteArray &signedDescriptor, const QByteArray &signedManifest) {
        QVERIFY2(signedDescriptor.contains("ovf:href=\"disk.vmdk\" ovf:size=\"70000\""), signedDescriptor.constData());
        // Nothing else of the descriptor changed.
        QByteArray unsized = signedDescriptor;
        QCOMPARE(unsized.replace(" ovf:size=\"70000\"", ""), descriptor);
        auto parsed = ovf::package::Manifest::parse(signedManifest, u"app.mf"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->entries().size(), 2);
        QCOMPARE(parsed->entry(u"app.ovf"_s)->digest,
                 ovf::package::DigestHasher::hash(ovf::package::DigestAlgorithm::Sha256, signedDescriptor));
        QVERIFY(signedManifest.contains(testkit::manifestLine("SHA256", "disk.vmdk", disk)));
    };
    // In place (a folder), and -o from an OVA into another OVA.
    Result r = ovfctl({u"sign"_s, path(u"nosize"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    check(readFile(path(u"nosize/app.ovf"_s)), readFile(path(u"nosize/app.mf"_s)));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(readFile(path(u"nosize/app.cert"_s)).startsWith("SHA256(app.mf)= "));
    r = ovfctl({u"verify"_s, u"--require"_s, u"intact"_s, path(u"nosize"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

    const QByteArray ova = readFile(path(u"nosize.ova"_s));
    r = ovfctl({u"sign"_s, path(u"nosize.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s),
                u"-o"_s, path(u"sized.ova"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readFile(path(u"nosize.ova"_s)), ova); // -o leaves PKG alone
    QCOMPARE(memberNames(path(u"sized.ova"_s)), (QStringList{u"app.ovf"_s, u"app.mf"_s, u"app.cert"_s, u"disk.vmdk"_s}));
    r = ovfctl({u"verify"_s, u"--require"_s, u"intact"_s, path(u"sized.ova"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    // The OVA's own members, read back.
    auto reader = ovf::package::ArchiveReader::open(path(u"sized.ova"_s));
    QVERIFY(reader);
    QByteArray ovaDescriptor, ovaManifest;
    while (true) {
        auto header = (*reader)->next();
        QVERIFY(header);
        if (!*header)
            break;
        const QString name = (*header)->name;
        if (name == u"app.ovf" || name == u"app.mf") {
            auto bytes = (*reader)->readAll(1 << 20);
            QVERIFY(bytes);
            (name == u"app.ovf" ? ovaDescriptor : ovaManifest) = *bytes;
        }
    }
    check(ovaDescriptor, ovaManifest);

    // Signing again changes nothing but the certificate: the manifest is kept byte for byte.
    const QByteArray keptManifest = readFile(path(u"nosize/app.mf"_s));
    r = ovfctl({u"sign"_s, path(u"nosize"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readFile(path(u"nosize/app.mf"_s)), keptManifest);
}

void TestOvfctlPack::signRefusesMismatch()
{
    if (!m_haveKeys)
        QSKIP("the openssl command is not installed");
    QCOMPARE(ovfctl({u"pack"_s, path(u"src"_s), path(u"tampered"_s)}).code, 0);
    QVERIFY(writeFile(path(u"tampered/disk.img"_s), QByteArray(100'000, 'e'))); // same size, other bytes
    const Result r = ovfctl({u"sign"_s, path(u"tampered"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"disk.img: does not match its digest in the manifest"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"tampered/app.cert"_s)));
    QCOMPARE(readFile(path(u"tampered/disk.img"_s)), QByteArray(100'000, 'e'));
}

void TestOvfctlPack::signRefusesUnmanifested()
{
    if (!m_haveKeys)
        QSKIP("the openssl command is not installed");
    QCOMPARE(ovfctl({u"pack"_s, path(u"src"_s), path(u"plain.ova"_s), u"--manifest"_s, u"none"_s}).code, 0);
    const QByteArray before = readFile(path(u"plain.ova"_s));
    const Result r = ovfctl({u"sign"_s, path(u"plain.ova"_s), u"--sign"_s, path(u"key.pem"_s), u"--cert"_s, path(u"cert.pem"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"has no manifest app.mf"_s), qPrintable(r.err));
    QCOMPARE(readFile(path(u"plain.ova"_s)), before);
}

void TestOvfctlPack::signUsage()
{
    Result r = ovfctl({u"sign"_s, path(u"out.ova"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"give --sign KEY --cert CERT, or --pkcs12 FILE"_s));
    r = ovfctl({u"sign"_s, path(u"out.ova"_s), u"--pkcs12"_s, path(u"p.p12"_s), u"--manifest-digest"_s, u"sha1"_s});
    QCOMPARE(r.code, 2);
    r = ovfctl({u"sign"_s, path(u"out.ova"_s), u"--pkcs12"_s, path(u"missing.p12"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"missing.p12"_s));
}

void TestOvfctlPack::help()
{
    for (const QString &command : {u"pack"_s, u"sign"_s}) {
        const Result r = ovfctl({u"help"_s, command});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: ovfctl "_s + command));
    }
    const Result overview = ovfctl({u"--help"_s});
    QVERIFY(overview.out.contains(u"  pack "_s));
    QVERIFY(overview.out.contains(u"  sign "_s));
}

QTEST_GUILESS_MAIN(TestOvfctlPack)
#include "tst_ovfctl_pack.moc"
