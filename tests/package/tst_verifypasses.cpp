// How PackageVerifier reads and hashes: plain OVAs hashed from the file in parallel after the
// header walk (RangeHasher), the SHA-256 guess and second pass for streamed members when the
// manifest comes last, ZIPs from other writers through the layout check, and the real
// manifests of the corpus as folders and as OVAs in both orders (benign controls).
#include "packagetestkit.h"

#include "model/package/packageverifier.h"
#include "model/package/rangehasher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using namespace testkit;

namespace {

const QByteArray kDisk1 = payload(250'000, 1);
const QByteArray kDisk2 = payload(120'000, 2);

} // namespace

class TestVerifyPasses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusManifests_data();
    void corpusManifests();
    void zipFromOtherWriters_data();
    void zipFromOtherWriters();
    void parallelFallbackHashing();
    void manifestLastAlgorithms_data();
    void manifestLastAlgorithms();
    void rangeHasher();
    void cancelWithLargeMembers();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }
    VerifyOptions options() const
    {
        VerifyOptions o;
        o.trust.useSystemStore = false;
        return o;
    }

    QTemporaryDir m_dir;
    QByteArray m_ovf;
};

void TestVerifyPasses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, kDisk1.size(), {}, false},
                        {u"file2"_s, u"disk2.vmdk"_s, kDisk2.size(), {}, false}});
}

void TestVerifyPasses::corpusManifests_data()
{
    QTest::addColumn<QString>("descriptor"); // beside its .mf (and .cert) in the corpus
    QTest::addColumn<bool>("descriptorMatches");
    QTest::addColumn<QStringList>("rules"); // every error rule id, in order
    QTest::addColumn<QString>("mention");

    // The corpus has the real descriptors and manifests, not the disks: each package is
    // Invalid for its missing files and for nothing else, and the manifest's digest of the
    // descriptor matches (ganeti's wrong_manifest.mf excepted, on purpose).
    const QString missing = u"file-missing"_s;
    QTest::newRow("cot input (SHA-1, 3 files missing)")
        << u"cot/input.ovf"_s << true << QStringList{missing, missing, missing} << u"input.iso"_s;
    QTest::newRow("cot ubuntu 2.0 (SHA-256)") << u"cot/ubuntu.2.0.ovf"_s << true << QStringList{missing} << QString();
    QTest::newRow("ganeti (SHA-1)") << u"ganeti/ganeti.ovf"_s << true << QStringList{missing} << QString();
    QTest::newRow("ganeti wrong manifest") << u"ganeti/wrong_manifest.ovf"_s << false << QStringList{missing}
                                           << u"wrong_manifest.ovf does not match its SHA1 digest"_s;
    QTest::newRow("govmomi ttylinux (BSD spelling)") << u"govmomi/vapi-ttylinux/ttylinux-pc_i486-16.1.ovf"_s << true
                                                     << QStringList{missing} << u"BSD spelling"_s;
    // IBM's 2008 self-signed RSA-512 certificate did sign this manifest.
    QTest::newRow("open-ovf (signed, chunked)") << u"open-ovf/ourOVF.ovf"_s << true
                                                << QStringList{u"chunk-missing"_s, missing} << u"0 of 3 chunks"_s;
}

void TestVerifyPasses::corpusManifests()
{
    // The folder in the corpus itself, and OVAs of the same bytes with the manifest first
    // (DSP0243 §5.3) and last (the disks would stream before the algorithm is known): all
    // three reach the same findings.
    QFETCH(QString, descriptor);
    QFETCH(bool, descriptorMatches);
    QFETCH(QStringList, rules);
    QFETCH(QString, mention);
    const QFileInfo ovf(::corpus(descriptor));
    const QString base = ovf.completeBaseName();
    const QByteArray ovfBytes = readFile(ovf.filePath());
    const QByteArray mf = readFile(ovf.dir().filePath(base + u".mf"_s));
    const QByteArray cert = readFile(ovf.dir().filePath(base + u".cert"_s));
    QVERIFY(!ovfBytes.isEmpty() && !mf.isEmpty());
    const QByteArray ovfName = ovf.fileName().toUtf8(), mfName = (base + u".mf"_s).toUtf8(),
                     certName = (base + u".cert"_s).toUtf8();
    Members first{{ovfName, ovfBytes}, {mfName, mf}};
    if (!cert.isEmpty())
        first.append({certName, cert});
    Members last{{ovfName, ovfBytes}, {"unrelated.txt", "x"}, {mfName, mf}};
    if (!cert.isEmpty())
        last.append({certName, cert});
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QStringList paths{ovf.filePath(), write(tag + u"-first.ova"_s, tar(first)), write(tag + u"-last.ova"_s, tar(last))};
    VerifyOptions o = options();
    o.trust.at = QDateTime(QDate(2009, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (const QString &path : paths) {
        const VerifyResult r = PackageVerifier::verify(path, o);
        const QString text = path + u": "_s + describe(r);
        QCOMPARE(r.verdict.state, TrustState::Invalid);
        QStringList got;
        for (const VerifyIssue &e : r.errors)
            got << e.rule;
        QVERIFY2(got == rules, qPrintable(text));
        QCOMPARE(r.manifestName, QString::fromUtf8(mfName));
        const bool mismatch = r.verdict.reasons.join(u'\n').contains(ovf.fileName() + u" does not match"_s);
        QVERIFY2(mismatch != descriptorMatches, qPrintable(text));
        for (const FileCheck &f : r.files)
            QVERIFY2(f.status == FileCheck::Status::Missing, qPrintable(text));
        if (!mention.isEmpty())
            QVERIFY2(text.contains(mention), qPrintable(text));
        if (!cert.isEmpty()) {
            QVERIFY2(r.signature && r.signature->signatureValid, qPrintable(text));
        }
    }
}

void TestVerifyPasses::zipFromOtherWriters_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("deflated") << u"z.writestr(n, d)"_s;
    QTest::newRow("zip64 extra fields") << u"f = z.open(n, 'w', force_zip64=True); f.write(d); f.close()"_s;
    QTest::newRow("data descriptors (streamed)") << u"STREAM"_s;
    QTest::newRow("text comment") << u"z.writestr(n, d); z.comment = b'OVF export'"_s;
}

void TestVerifyPasses::zipFromOtherWriters()
{
    // ZIPs as Python's zipfile writes them: the layout check (ZipStructure) accepts zip64
    // extra fields, data descriptors and a text comment (with a warning).
    QFETCH(QString, how);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const Members all{{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString folder = m_dir.filePath(u"pyzip-"_s + tag);
    QVERIFY(QDir().mkpath(folder));
    const Members members = Members{all[0], {"a.mf", manifest(all)}} + all.mid(1);
    QStringList names;
    for (const auto &[name, data] : members) {
        QVERIFY(writeFile(folder + u'/' + QString::fromUtf8(name), data));
        names << QString::fromUtf8(name);
    }
    const QString path = m_dir.filePath(u"py-"_s + tag + u".zip"_s);
    const bool stream = how == u"STREAM";
    const QString script = u"import io, os, sys, zipfile\n"
                           "class Out(io.RawIOBase):\n"
                           "    def __init__(self, f): self.f = f\n"
                           "    def writable(self): return True\n"
                           "    def write(self, b): return self.f.write(b)\n"
                           "raw = open(sys.argv[1], 'wb')\n"
                           "with zipfile.ZipFile(Out(raw) if %1 else raw, 'w', zipfile.ZIP_DEFLATED) as z:\n"
                           "    for n in sys.argv[3:]:\n"
                           "        d = open(os.path.join(sys.argv[2], n), 'rb').read()\n"
                           "        %2\n"
                           "raw.close()\n"_s.arg(stream ? u"True"_s : u"False"_s,
                                                 stream ? u"f = z.open(n, 'w'); f.write(d); f.close()"_s : how);
    QProcess p;
    p.start(python, QStringList{u"-c"_s, script, path, folder} + names);
    QVERIFY(p.waitForFinished(30'000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const VerifyResult r = PackageVerifier::verify(path, options());
    QVERIFY2(r.verdict.state == TrustState::Intact, qPrintable(describe(r)));
    QCOMPARE(r.format, ArchiveReader::Format::Zip);
    QCOMPARE(r.warnings.join(u'\n').contains(u"ZIP comment ignored"_s), how.contains(u"comment"_s));
}

void TestVerifyPasses::parallelFallbackHashing()
{
    // Two larger disks in a plain OVA, the manifest between them (out of DSP0243 order): the
    // walk over the headers skips both disks, then both are hashed at once straight from the
    // file (RangeHasher) with the manifest's SHA-512, read once: the progress total is the
    // package size and the progress is monotonic.
    const QByteArray big1 = payload(6 << 20, 3), big2 = payload(5 << 20, 4);
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, big1.size(), {}, false},
                                       {u"file2"_s, u"disk2.vmdk"_s, big2.size(), {}, false}});
    const Members all{{"a.ovf", ovf}, {"disk1.vmdk", big1}, {"disk2.vmdk", big2}};
    const QString path = write(u"big.ova"_s, tar({all[0], all[1], {"a.mf", manifest(all, "SHA512")}, all[2]}));
    VerifyOptions o = options();
    o.hashThreads = 4;
    o.maxBytesInFlight = 2 << 20;
    qint64 last = 0, total = 0;
    const VerifyResult r = PackageVerifier::verify(path, o, [&](qint64 done, qint64 of) {
        QVERIFY(done >= last);
        last = done;
        total = of;
    });
    QVERIFY2(r.verdict.state == TrustState::Intact, qPrintable(describe(r)));
    QCOMPARE(r.files[0].members.constFirst().actualHex, QString::fromLatin1(DigestHasher::hash(DigestAlgorithm::Sha512, big1).toHex()));
    QCOMPARE(r.files[1].members.constFirst().actualHex, QString::fromLatin1(DigestHasher::hash(DigestAlgorithm::Sha512, big2).toHex()));
    QCOMPARE(total, QFileInfo(path).size());
    QCOMPARE(last, total);
    QVERIFY2(r.warnings.join(u'\n').contains(u"DSP0243 §5.3"_s), qPrintable(describe(r)));
}

void TestVerifyPasses::manifestLastAlgorithms_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<bool>("secondPass");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<bool>("big"); // 2 MiB disks: hashed from the file after the walk, once
    for (const char *algorithm : {"SHA256", "SHA1", "SHA512"}) {
        const bool second = qstrcmp(algorithm, "SHA256") != 0;
        QTest::addRow("%s intact", algorithm) << QByteArray(algorithm) << second << false << false;
        QTest::addRow("%s tampered", algorithm) << QByteArray(algorithm) << second << true << false;
        QTest::addRow("%s big intact", algorithm) << QByteArray(algorithm) << false << false << true;
        QTest::addRow("%s big tampered", algorithm) << QByteArray(algorithm) << false << true << true;
    }
}

void TestVerifyPasses::manifestLastAlgorithms()
{
    // The manifest after the disks: they stream before any algorithm is known. Whatever the
    // manifest uses, the verdict is the one a manifest-first package gets (a SHA-1 manifest
    // is Intact too: evaluateTrust only withholds Verified), and a changed disk is a Mismatch.
    QFETCH(QByteArray, algorithm);
    QFETCH(bool, secondPass);
    QFETCH(bool, tamper);
    QFETCH(bool, big);
    const QByteArray disk1 = big ? payload(2 << 20, 11) : kDisk1, disk2Bytes = big ? payload(2 << 20, 12) : kDisk2;
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, disk1.size(), {}, false},
                                       {u"file2"_s, u"disk2.vmdk"_s, disk2Bytes.size(), {}, false}});
    const Members all{{"a.ovf", ovf}, {"disk1.vmdk", disk1}, {"disk2.vmdk", disk2Bytes}};
    const QByteArray mf = manifest(all, algorithm);
    QByteArray disk2 = disk2Bytes;
    if (tamper)
        disk2[77] = char(disk2[77] ^ 1);
    const QString path = write(u"last-"_s + QString::fromLatin1(algorithm) + (big ? u"-big"_s : QString())
                                   + (tamper ? u"-bad.ova"_s : u".ova"_s),
                               tar({all[0], all[1], {"disk2.vmdk", disk2}, {"a.mf", mf}}));
    qint64 total = 0;
    const VerifyResult r = PackageVerifier::verify(path, options(), [&](qint64, qint64 of) { total = of; });
    QCOMPARE(total, (secondPass ? 2 : 1) * QFileInfo(path).size());
    if (tamper) {
        QVERIFY2(r.verdict.state == TrustState::Invalid, qPrintable(describe(r)));
        QCOMPARE(r.files[0].status, FileCheck::Status::Ok);
        QCOMPARE(r.files[1].status, FileCheck::Status::Mismatch);
        return;
    }
    QVERIFY2(r.verdict.state == TrustState::Intact, qPrintable(describe(r)));
    const DigestAlgorithm expected = algorithm == "SHA1" ? DigestAlgorithm::Sha1
        : algorithm == "SHA512"                          ? DigestAlgorithm::Sha512
                                                         : DigestAlgorithm::Sha256;
    QCOMPARE(r.files[1].members.constFirst().algorithm, expected);
    QCOMPARE(r.files[1].members.constFirst().actualHex, QString::fromLatin1(DigestHasher::hash(expected, disk2).toHex()));
}

void TestVerifyPasses::rangeHasher()
{
    // Ranges of one file hashed on three threads: the digests are those of the bytes; a
    // range past the end is Truncated; a set cancel flag is Cancelled.
    const QByteArray bytes = payload(3 << 20, 21);
    const QString path = write(u"ranges.bin"_s, bytes);
    const QList<DigestAlgorithm> both{DigestAlgorithm::Sha256, DigestAlgorithm::Sha1};
    QList<RangeHasher::Range> ranges{{u"a"_s, 0, 1 << 20, both, {}},
                                     {u"b"_s, 1 << 20, (1 << 20) + 5, {DigestAlgorithm::Sha512}, {}},
                                     {u"c"_s, 100, 0, {DigestAlgorithm::Sha256}, {}},
                                     {u"d"_s, (2 << 20) + 5, (1 << 20) - 5, {DigestAlgorithm::Sha256}, {}}};
    qint64 last = 0;
    QVERIFY(!RangeHasher::run(path, ranges, 3, nullptr, [&](qint64 done) { QVERIFY(done >= last); last = done; }));
    QCOMPARE(last, bytes.size());
    QCOMPARE(ranges[0].digests[int(DigestAlgorithm::Sha1)], DigestHasher::hash(DigestAlgorithm::Sha1, bytes.left(1 << 20)));
    QCOMPARE(ranges[0].digests[int(DigestAlgorithm::Sha256)], DigestHasher::hash(DigestAlgorithm::Sha256, bytes.left(1 << 20)));
    QCOMPARE(ranges[1].digests[int(DigestAlgorithm::Sha512)],
             DigestHasher::hash(DigestAlgorithm::Sha512, bytes.mid(1 << 20, (1 << 20) + 5)));
    QCOMPARE(ranges[2].digests[int(DigestAlgorithm::Sha256)], DigestHasher::hash(DigestAlgorithm::Sha256, {}));
    QCOMPARE(ranges[3].digests[int(DigestAlgorithm::Sha256)], DigestHasher::hash(DigestAlgorithm::Sha256, bytes.mid((2 << 20) + 5)));

    QList<RangeHasher::Range> past{{u"disk.vmdk"_s, 2 << 20, 2 << 20, {DigestAlgorithm::Sha256}, {}}};
    const auto truncated = RangeHasher::run(path, past, 2, nullptr, {});
    QVERIFY(truncated);
    QCOMPARE(truncated->rule, PackageError::Rule::Truncated);
    QCOMPARE(truncated->member, u"disk.vmdk"_s);

    std::atomic<bool> cancel{true};
    QList<RangeHasher::Range> some{{u"a"_s, 0, 1 << 20, {DigestAlgorithm::Sha256}, {}}};
    const auto cancelled = RangeHasher::run(path, some, 2, &cancel, {});
    QVERIFY(cancelled);
    QCOMPARE(cancelled->rule, PackageError::Rule::Cancelled);
    QVERIFY(some[0].digests[int(DigestAlgorithm::Sha256)].isEmpty());
}

void TestVerifyPasses::cancelWithLargeMembers()
{
    // Cancelled during the walk over a plain OVA whose disks wait for RangeHasher (the third
    // progress report: after the descriptor, the manifest and the first skipped disk): the
    // disks are not hashed and the result says cancelled. (RangeHasher's own cancel is in
    // rangeHasher().)
    const QByteArray d1 = payload(8 << 20, 31), d2 = payload(8 << 20, 32);
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, d1.size(), {}, false},
                                       {u"file2"_s, u"disk2.vmdk"_s, d2.size(), {}, false}});
    const Members files{{"a.ovf", ovf}, {"disk1.vmdk", d1}, {"disk2.vmdk", d2}};
    const QString path = write(u"cancel-ranges.ova"_s, tar(Members{files[0], {"a.mf", manifest(files)}} + files.mid(1)));
    std::atomic<bool> cancel{false};
    int calls = 0;
    const VerifyResult r = PackageVerifier::verify(path, options(), [&](qint64, qint64) {
        if (++calls == 3)
            cancel.store(true);
    }, &cancel);
    QVERIFY(cancel.load());
    QVERIFY(r.cancelled);
    QCOMPARE(r.verdict.state, TrustState::Invalid);
    QVERIFY(r.error(u"cancelled"_s));
}

QTEST_GUILESS_MAIN(TestVerifyPasses)
#include "tst_verifypasses.moc"
