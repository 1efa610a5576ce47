// Gzip bombs against every place that inflates ovf:compression="gzip" files: `ovfctl pack
// --no-compress` (PackageWriter's spool), the staging area, and verification. Each hostile
// case checks the refusal (rule id, member, cap), and that nothing outside the staging folder
// was created or changed (canary files, an existing output), and that no spool or staged file
// is left behind.

#include "model/ovf/descriptor.h"
#include "model/package/gzipinflater.h"
#include "model/package/inflationlimit.h"
#include "model/package/packagewriter.h"
#include "model/package/packageverifier.h"
#include "model/package/packinput.h"
#include "model/package/staging.h"
#include "model/package/tarreaderinput.h"

#include "packagetestkit.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using namespace testkit;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;

// One gzip member holding `bytes` zero bytes, deflated in pieces (never all in memory).
QByteArray zerosGzip(qint64 bytes)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(int(kMiB), '\0');
    QByteArray out;
    QByteArray buffer(int(kMiB), '\0');
    qint64 left = bytes;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 n = std::min(left, kMiB);
        left -= n;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out += buffer.left(buffer.size() - int(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

// A gzip member of 1 GiB of zeros (about 1 MiB), made once.
const QByteArray &gibOfZeros()
{
    static const QByteArray member = zerosGzip(kGiB);
    return member;
}

// A descriptor with File file1 (disk1.vmdk, gzip, stored as `storedSize` bytes); with
// `capacity` a Disk references it with that capacity in bytes, otherwise no Disk does.
QByteArray bombDescriptor(qint64 storedSize, std::optional<qint64> capacity)
{
    QByteArray disks;
    if (capacity) {
        disks = "  <DiskSection>\n    <Info>Disks</Info>\n"
                "    <Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\""
            + QByteArray::number(*capacity)
            + "\" ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
              "  </DiskSection>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References>\n    <File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\""
        + QByteArray::number(storedSize) + "\" ovf:compression=\"gzip\"/>\n  </References>\n" + disks
        + "  <VirtualSystem ovf:id=\"vm\">\n    <Info>A test machine</Info>\n  </VirtualSystem>\n</Envelope>\n";
}

QByteArray bombOva(const QByteArray &compressed, std::optional<qint64> capacity)
{
    return tar({{"bomb.ovf", bombDescriptor(compressed.size(), capacity)}, {"disk1.vmdk", compressed}});
}

// Every file and folder under `root` with its size, time and content digest; the staging
// parent's own entry is left out (its time changes when a staging folder comes and goes).
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.fileName() == u"staging-parent")
            continue;
        // A folder by its entries only: its mtime changes when a writer opens a spool file there
        // and unlinks it at once (nothing is left, which the entries show).
        if (info.isDir() && !info.isSymLink()) {
            state.insert(QDir(root).relativeFilePath(path), "folder");
            continue;
        }
        QByteArray value = QByteArray::number(info.size()) + ' '
            + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink())
            value += ' ' + QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
        state.insert(QDir(root).relativeFilePath(path), value);
    }
    return state;
}

// A scene: the hostile package in pkg/, canaries around it, an existing output in out/ and an
// empty staging parent.
struct Scene
{
    QTemporaryDir root;
    QString package;
    QString output;
    QString stagingParent;

    explicit Scene(const QByteArray &ova)
    {
        for (const QString &folder : {u"pkg"_s, u"out"_s, u"staging-parent"_s})
            QDir(root.path()).mkpath(folder);
        writeFile(root.filePath(u"canary.txt"_s), "parent canary");
        writeFile(root.filePath(u"pkg/canary.txt"_s), "next to the package");
        writeFile(root.filePath(u"out/canary.txt"_s), "next to the output");
        output = root.filePath(u"out/existing.ova"_s);
        writeFile(output, "the user's existing output, which must survive");
        package = root.filePath(u"pkg/bomb.ova"_s);
        writeFile(package, ova);
        stagingParent = root.filePath(u"staging-parent"_s);
    }
    QMap<QString, QByteArray> state() const { return snapshot(root.path()); }
};

std::expected<PackageWriterResult, PackageWriteError> packNoCompress(const QString &source, const QString &destination,
                                                                     const PackageWriterOptions &base = {})
{
    auto input = PackInput::open(source);
    if (!input)
        return std::unexpected(PackageWriteError::make(PackageWriteError::Cause::MissingSource, {}, input.error(), source));
    PackageWriterOptions options = base;
    options.decompress = true;
    options.format = PackageWriterOptions::Format::Ova;
    PackageWriter writer(*input, options);
    return writer.write(destination);
}

VerifyResult verifyPackage(const QString &path)
{
    VerifyOptions options;
    options.trust.useSystemStore = false;
    return PackageVerifier::verify(path, options);
}

qint64 freeBytes(const QString &path)
{
    return QStorageInfo(path).bytesAvailable();
}

} // namespace

class TestInflationCap : public QObject
{
    Q_OBJECT

private slots:
    void diskImageBound();
    void packPastDiskCapacity();
    void packWithinMetadataAllowance();
    void packPastCallerCapCli();
    void packDefaultCapForOtherFiles();
    void packNoSpace();
    void stagePastDiskCapacity();
    void stagePastCallerCap();
    void stageNoSpace();
    void verifyDoesNotInflateMembers();
    void verifyGzipOvaCapped();
};

void TestInflationCap::diskImageBound()
{
    QCOMPARE(GzipInflater::diskImageBound(0), kMiB);
    QCOMPARE(GzipInflater::diskImageBound(64 * kMiB), 64 * kMiB + kMiB + kMiB);
    QCOMPARE(GzipInflater::diskImageBound(-5), qint64(0));
    QCOMPARE(GzipInflater::diskImageBound(std::numeric_limits<qint64>::max() - 10), std::numeric_limits<qint64>::max());
    QCOMPARE(TarReaderInput::gzipOvaCap(1000), TarReaderInput::kGzipOvaFloor);
    QCOMPARE(TarReaderInput::gzipOvaCap(kGiB), 64 * kGiB);
}

void TestInflationCap::packPastDiskCapacity()
{
    // 1 MiB capacity, bound 1 MiB + 16 KiB + 1 MiB; the member (a few KiB) inflates to 64 MiB.
    Scene scene(bombOva(zerosGzip(64 * kMiB), kMiB));
    const auto before = scene.state();
    auto r = packNoCompress(scene.package, scene.output);
    QVERIFY(!r);
    QCOMPARE(r.error().cause, PackageWriteError::Cause::InvalidMember);
    QCOMPARE(r.error().rule, PackageError::Rule::GzipTooLarge);
    QCOMPARE(r.error().ruleId(), u"gzip-too-large"_s);
    QCOMPARE(r.error().member, u"disk1.vmdk"_s);
    QVERIFY2(r.error().detail.contains(u"Disk vmdisk1 (1048576 bytes)"_s), qPrintable(r.error().toString()));
    QCOMPARE(scene.state(), before); // no spool, no temporary output, the existing output intact
}

void TestInflationCap::packWithinMetadataAllowance()
{
    // A file somewhat larger than its capacity (image metadata) is still accepted.
    const QByteArray raw = payload(int(kMiB + 300 * 1024), 7);
    Scene scene(bombOva(gzip(raw), kMiB));
    const QString destination = scene.root.filePath(u"out/fresh.ova"_s);
    auto r = packNoCompress(scene.package, destination);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    auto back = PackInput::open(destination);
    QVERIFY2(back, qPrintable(back ? QString() : back.error()));
    QCOMPARE(back->files().size(), 1);
    QVERIFY(!back->files().constFirst().gzip);
    auto stream = back->openFile(0);
    QVERIFY(stream);
    QByteArray bytes(raw.size() + 1, '\0');
    qint64 got = 0;
    for (;;) {
        auto n = (*stream)->read(bytes.data() + got, bytes.size() - got);
        QVERIFY(n);
        if (*n == 0)
            break;
        got += *n;
    }
    QCOMPARE(bytes.left(int(got)), raw);
    QStringList left = QDir(scene.root.filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QCOMPARE(left, (QStringList{u"canary.txt"_s, u"existing.ova"_s, u"fresh.ova"_s})); // no spool left
}

void TestInflationCap::packPastCallerCapCli()
{
    // No Disk references the file: the caller's cap applies.
    Scene scene(bombOva(zerosGzip(16 * kMiB), std::nullopt));
    const auto before = scene.state();
    QProcess p;
    p.start(QStringLiteral(OVFCTL_PATH), {u"pack"_s, scene.package, scene.output, u"--no-compress"_s,
                                          u"--max-inflated"_s, u"1048576"_s});
    QVERIFY(p.waitForFinished(120'000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(u"disk1.vmdk"_s) && err.contains(u"[gzip-too-large]"_s), qPrintable(err));
    QVERIFY2(err.contains(u"limit of 1048576 bytes for a file no Disk of known capacity references"_s), qPrintable(err));
    QCOMPARE(scene.state(), before);

    // A bad value is a usage error, before anything is read.
    p.start(QStringLiteral(OVFCTL_PATH), {u"pack"_s, scene.package, scene.output, u"--no-compress"_s,
                                          u"--max-inflated"_s, u"lots"_s});
    QVERIFY(p.waitForFinished(120'000));
    QCOMPARE(p.exitCode(), 2);
    QCOMPARE(scene.state(), before);
}

void TestInflationCap::packDefaultCapForOtherFiles()
{
    // The default applies to files no Disk references; a Disk's capacity overrides it even
    // when the capacity is larger.
    QCOMPARE(PackageWriterOptions{}.maxInflatedBytes, InflationLimit::kDefaultOtherFiles);
    QCOMPARE(StageOptions{}.maxInflatedBytes, InflationLimit::kDefaultOtherFiles);
    auto none = ovf::Descriptor::fromBytes(bombDescriptor(10, std::nullopt), u"a.ovf"_s);
    QVERIFY(none);
    const InflationLimit other = InflationLimit::forFile((*none)->envelope(), u"file1"_s, InflationLimit::kDefaultOtherFiles);
    QVERIFY(!other.fromDisk);
    QCOMPARE(other.bytes, InflationLimit::kDefaultOtherFiles);
    auto big = ovf::Descriptor::fromBytes(bombDescriptor(10, 128 * kGiB), u"a.ovf"_s);
    QVERIFY(big);
    const InflationLimit disk = InflationLimit::forFile((*big)->envelope(), u"file1"_s, InflationLimit::kDefaultOtherFiles);
    QVERIFY(disk.fromDisk);
    QCOMPARE(disk.bytes, GzipInflater::diskImageBound(128 * kGiB));

    // Past the default cap, end to end, would take 64 GiB of disk: a bomb just past a small
    // caller cap stands for it, through the same code (the cap is a plain option).
    Scene scene(bombOva(zerosGzip(8 * kMiB), std::nullopt));
    const auto before = scene.state();
    PackageWriterOptions options;
    options.maxInflatedBytes = 8 * kMiB - 1;
    auto r = packNoCompress(scene.package, scene.output, options);
    QVERIFY(!r);
    QCOMPARE(r.error().rule, PackageError::Rule::GzipTooLarge);
    QVERIFY2(r.error().detail.contains(u"8388607"_s), qPrintable(r.error().toString()));
    QCOMPARE(scene.state(), before);
    options.maxInflatedBytes = 8 * kMiB; // exactly at the cap: accepted
    const QString fresh = scene.root.filePath(u"out/fresh.ova"_s);
    auto ok = packNoCompress(scene.package, fresh, options);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    QVERIFY(QFileInfo(fresh).size() > 8 * kMiB);
}

void TestInflationCap::packNoSpace()
{
    // The bomb stays under its cap (1 GiB, no Disk) but the filesystem "has" only 16 MiB to
    // spare: the write stops before the disk is full, naming the file and the sizes.
    Scene scene(bombOva(zerosGzip(256 * kMiB), std::nullopt));
    const auto before = scene.state();
    PackageWriterOptions options;
    options.maxInflatedBytes = kGiB;
    options.keepFreeBytes = freeBytes(scene.root.path()) - 16 * kMiB;
    QVERIFY(options.keepFreeBytes > 0);
    auto r = packNoCompress(scene.package, scene.output, options);
    QVERIFY(!r);
    QCOMPARE(r.error().cause, PackageWriteError::Cause::NoSpace);
    QCOMPARE(r.error().ruleId(), u"no-space"_s);
    QCOMPARE(r.error().member, u"disk1.vmdk"_s);
    QCOMPARE(r.error().path, scene.output);
    QVERIFY(r.error().bytesNeeded > r.error().bytesFree && r.error().bytesFree > 0);
    QVERIFY2(r.error().detail.contains(u"1073741824 bytes"_s), qPrintable(r.error().toString())); // its cap
    QCOMPARE(scene.state(), before);

    // Not enough room even for the files copied as stored: refused before anything is written.
    options.keepFreeBytes = freeBytes(scene.root.path());
    options.decompress = false;
    auto input = PackInput::open(scene.package);
    QVERIFY(input);
    PackageWriter writer(*input, options);
    auto stored = writer.write(scene.output);
    QVERIFY(!stored);
    QCOMPARE(stored.error().cause, PackageWriteError::Cause::NoSpace);
    QVERIFY(stored.error().member.isEmpty()); // the package as a whole
    QCOMPARE(stored.error().path, scene.output);
    QCOMPARE(scene.state(), before);
}

void TestInflationCap::stagePastDiskCapacity()
{
    Scene scene(bombOva(zerosGzip(64 * kMiB), kMiB));
    const auto before = scene.state();
    const VerifyResult verified = verifyPackage(scene.package);
    QVERIFY2(!verified.isInvalid(), qPrintable(verified.verdict.reasons.join(u'\n')));
    {
        auto area = StagingArea::create(scene.stagingParent);
        QVERIFY(area);
        auto staged = (*area)->stage(verified, u"file1"_s); // default options: the Disk caps it
        QVERIFY(!staged);
        QCOMPARE(staged.error().rule, PackageError::Rule::GzipTooLarge);
        QCOMPARE(staged.error().member, u"disk1.vmdk"_s);
        QVERIFY2(staged.error().message.contains(u"Disk vmdisk1 (1048576 bytes)"_s), qPrintable(staged.error().toString()));
        QVERIFY(QDir((*area)->path()).isEmpty()); // the partial file is gone
    }
    QVERIFY(QDir(scene.stagingParent).isEmpty());
    QCOMPARE(scene.state(), before);
}

void TestInflationCap::stagePastCallerCap()
{
    Scene scene(bombOva(zerosGzip(16 * kMiB), std::nullopt));
    const auto before = scene.state();
    const VerifyResult verified = verifyPackage(scene.package);
    QVERIFY(!verified.isInvalid());
    {
        auto area = StagingArea::create(scene.stagingParent);
        QVERIFY(area);
        StageOptions options;
        options.maxInflatedBytes = kMiB;
        auto staged = (*area)->stage(verified, u"file1"_s, options);
        QVERIFY(!staged);
        QCOMPARE(staged.error().rule, PackageError::Rule::GzipTooLarge);
        QVERIFY2(staged.error().message.contains(u"1048576"_s), qPrintable(staged.error().toString()));
        QVERIFY(QDir((*area)->path()).isEmpty());
        // A caller limit above the Disk's bound does not lift it (and vice versa, see above).
        options.maxInflatedBytes = 32 * kMiB;
        auto fits = (*area)->stage(verified, u"file1"_s, options);
        QVERIFY2(fits, qPrintable(fits ? QString() : fits.error().toString()));
        QCOMPARE(fits->bytes, 16 * kMiB);
    }
    QVERIFY(QDir(scene.stagingParent).isEmpty());
    QCOMPARE(scene.state(), before);
}

void TestInflationCap::stageNoSpace()
{
    Scene scene(bombOva(zerosGzip(256 * kMiB), std::nullopt));
    const auto before = scene.state();
    const VerifyResult verified = verifyPackage(scene.package);
    QVERIFY(!verified.isInvalid());
    {
        auto area = StagingArea::create(scene.stagingParent);
        QVERIFY(area);
        StageOptions options;
        options.maxInflatedBytes = kGiB;
        options.keepFreeBytes = freeBytes(scene.stagingParent) - 16 * kMiB;
        auto staged = (*area)->stage(verified, u"file1"_s, options);
        QVERIFY(!staged);
        QCOMPARE(staged.error().rule, PackageError::Rule::NoSpace);
        QCOMPARE(staged.error().member, u"disk1.vmdk"_s);
        QVERIFY2(staged.error().message.contains(u"1073741824"_s), qPrintable(staged.error().toString()));
        QVERIFY(QDir((*area)->path()).isEmpty());
    }
    QVERIFY(QDir(scene.stagingParent).isEmpty());
    QCOMPARE(scene.state(), before);
}

void TestInflationCap::verifyDoesNotInflateMembers()
{
    // 16 concatenated members of 1 GiB of zeros each (RFC 1952 §2.2): 16 GiB from about
    // 16 MiB. Verification hashes the stored bytes (DSP0243 §7.1) and never inflates them,
    // so the bomb costs one read of the package; inflating it would take minutes.
    QByteArray bomb;
    for (int i = 0; i < 16; ++i)
        bomb += gibOfZeros();
    const QByteArray descriptor = bombDescriptor(bomb.size(), kMiB);
    const QByteArray ova = tar({{"bomb.ovf", descriptor},
                                {"bomb.mf", manifest({{"bomb.ovf", descriptor}, {"disk1.vmdk", bomb}})},
                                {"disk1.vmdk", bomb}});
    Scene scene(ova);
    const auto before = scene.state();
    QElapsedTimer timer;
    timer.start();
    const VerifyResult verified = verifyPackage(scene.package);
    const qint64 ms = timer.elapsed();
    QVERIFY2(verified.verdict.state == TrustState::Intact, qPrintable(verified.verdict.reasons.join(u'\n')));
    QVERIFY2(ms < 20'000, qPrintable(u"verification took %1 ms"_s.arg(ms)));
    QCOMPARE(scene.state(), before); // wrote nothing
}

void TestInflationCap::verifyGzipOvaCapped()
{
    // A gzip-compressed OVA whose tar declares a 2 GiB member of zeros: the outer inflation
    // stops at TarReaderInput's cap (the 1 GiB floor for a small file), so even reading and
    // hashing without writing is bounded. The file is about 2 MiB.
    QByteArray head = tarMember("bomb.ovf", bombDescriptor(2 * kGiB, 2 * kGiB)) + tarHeader("disk1.vmdk", '0', 2 * kGiB);
    const QByteArray gz = gzip(head) + gibOfZeros() + gibOfZeros();
    QVERIFY(gz.size() < 4 * kMiB);
    Scene scene(gz);
    const auto before = scene.state();
    const VerifyResult verified = verifyPackage(scene.package);
    QVERIFY(verified.isInvalid());
    const VerifyIssue *issue = verified.error(u"gzip-too-large"_s);
    QVERIFY2(issue, qPrintable(verified.verdict.reasons.join(u'\n')));
    QVERIFY2(issue->toString().contains(u"bomb.ova"_s) && issue->toString().contains(u"1073741824"_s),
             qPrintable(issue->toString()));
    QCOMPARE(scene.state(), before);
}

QTEST_GUILESS_MAIN(TestInflationCap)
#include "tst_inflationcap.moc"
