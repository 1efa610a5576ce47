// PackageVerifier and StagingArea: the corpus OVAs, and packages built here (tar bytes by
// hand, certificates with the openssl command, ZIPs with QuaZip) for every trust state,
// chunked and compressed files, folders, staging, a file changed between two reads,
// cancellation. The hashing strategies are in tst_verifypasses.
#include "packagetestkit.h"

#include "model/package/digesthasher.h"
#include "model/package/packageopener.h"
#include "model/package/packageverifier.h"
#include "model/package/staging.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using namespace testkit;

Q_DECLARE_METATYPE(ovf::package::TrustState)

namespace {

const QByteArray kDisk1 = payload(250'000, 1);
const QByteArray kDisk2 = payload(120'000, 2);

QList<FileRef> twoDisks()
{
    return {{u"file1"_s, u"disk1.vmdk"_s, kDisk1.size(), {}, false}, {u"file2"_s, u"disk2.vmdk"_s, kDisk2.size(), {}, false}};
}

} // namespace

class TestPackageVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void trustStates_data();
    void trustStates();
    void chunks_data();
    void chunks();
    void folderPackage();
    void zipPackage();
    void compressedFileAndStaging();
    void stagingChecksAgain();
    void changedBetweenPasses();
    void deferredMembers();
    void cancelled();
    void promise();
    void opener();

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
        o.trust.extraAnchors = {m_ca->path(u"root.pem"_s)};
        return o;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_caDir;
    std::unique_ptr<CertificateAuthority> m_ca;
    QByteArray m_ovf;
};

void TestPackageVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_caDir.isValid());
    m_ca = std::make_unique<CertificateAuthority>(m_caDir.path());
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(m_ca->create());
    m_ovf = descriptor(twoDisks());
}

void TestPackageVerifier::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TrustState>("state");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mention");

    QTest::newRow("glance testserver: no manifest")
        << u"glance/testserver.ova"_s << TrustState::Unchecked << QString() << u"no manifest"_s;
    // Its manifest lists itself and the certificate, its sizes are wrong and the certificate
    // (SSLeay's 1995 demo) did not sign it: Invalid, for all of these reasons.
    QTest::newRow("open-ovf: manifest lists itself")
        << u"open-ovf/ourOVF.ova"_s << TrustState::Invalid << u"file-size-mismatch"_s << u"lists itself"_s;
    QTest::newRow("ganeti: gzip-compressed OVA")
        << u"ganeti/ova.ova"_s << TrustState::Unchecked << QString() << u"gzip-compressed OVA"_s;
    QTest::newRow("glance: descriptor not XML")
        << u"glance/testserver-bad-ovf.ova"_s << TrustState::Invalid << u"descriptor-unreadable"_s << u"illegal-xml.ovf"_s;
}

void TestPackageVerifier::corpus()
{
    QFETCH(QString, path);
    QFETCH(TrustState, state);
    QFETCH(QString, rule);
    QFETCH(QString, mention);
    const VerifyResult r = PackageVerifier::verify(::corpus(path), options());
    QVERIFY2(r.verdict.state == state, qPrintable(describe(r)));
    if (!rule.isEmpty())
        QVERIFY2(r.error(rule), qPrintable(describe(r)));
    else
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(describe(r).contains(mention) || (r.error(rule) && r.error(rule)->toString().contains(mention)),
             qPrintable(describe(r)));
    if (state == TrustState::Unchecked) {
        QVERIFY(!r.files.isEmpty());
        QCOMPARE(r.files.constFirst().status, FileCheck::Status::Unchecked);
        QCOMPARE(r.files.constFirst().members.constFirst().actualHex.size(), 64);
        QVERIFY(r.descriptor);
    }
}

void TestPackageVerifier::trustStates_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<TrustState>("state");
    QTest::addColumn<QString>("mention");

    const QByteArray ovf = descriptor(twoDisks());
    const Members all{{"a.ovf", ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QByteArray mf = manifest(all);
    auto ova = [&](const QByteArray &mfBytes, const QByteArray &certBytes) {
        Members members{{"a.ovf", ovf}};
        if (!mfBytes.isNull())
            members.append({"a.mf", mfBytes});
        if (!certBytes.isNull())
            members.append({"a.cert", certBytes});
        members.append({"disk1.vmdk", kDisk1});
        members.append({"disk2.vmdk", kDisk2});
        return tar(members);
    };
    QTest::newRow("signed by a trusted code-signing certificate")
        << ova(mf, m_ca->sign(u"leaf"_s, mf, u"a.mf"_s)) << TrustState::Verified << u"Signed by"_s;
    QTest::newRow("unsigned") << ova(mf, {}) << TrustState::Intact << u"not signed"_s;
    QTest::newRow("SHA-1 manifest") << ova(manifest(all, "SHA1"), {}) << TrustState::Intact << u"SHA-1"_s;
    QTest::newRow("SHA-512 manifest, signed")
        << ova(manifest(all, "SHA512"), m_ca->sign(u"leaf"_s, manifest(all, "SHA512"), u"a.mf"_s))
        << TrustState::Verified << u"SHA512"_s;
    QTest::newRow("self-signed") << ova(mf, m_ca->sign(u"self"_s, mf, u"a.mf"_s)) << TrustState::Intact << u"self-signed"_s;
    QTest::newRow("expired") << ova(mf, m_ca->sign(u"expired"_s, mf, u"a.mf"_s)) << TrustState::Intact << u"expired"_s;
    QTest::newRow("not yet valid") << ova(mf, m_ca->sign(u"future"_s, mf, u"a.mf"_s)) << TrustState::Intact << u"not valid before"_s;
    QTest::newRow("TLS-only certificate") << ova(mf, m_ca->sign(u"tls"_s, mf, u"a.mf"_s)) << TrustState::Intact << u"code"_s;

    QByteArray wrong = mf;
    wrong.replace(manifestLine("SHA256", "disk2.vmdk", kDisk2), manifestLine("SHA256", "disk2.vmdk", kDisk1));
    QTest::newRow("digest mismatch") << ova(wrong, {}) << TrustState::Invalid << u"disk2.vmdk does not match"_s;
    const QByteArray missing = manifest({{"a.ovf", ovf}, {"disk1.vmdk", kDisk1}});
    QTest::newRow("missing entry") << ova(missing, {}) << TrustState::Incomplete << u"no digest for disk2.vmdk"_s;
    QTest::newRow("extra entry, not in the package")
        << ova(mf + manifestLine("SHA256", "notes.txt", "x"), {}) << TrustState::Invalid << u"notes.txt"_s;
    // A listed file the archive has but the References do not: named, not refused.
    QTest::newRow("extra entry, in the archive")
        << tar({{"a.ovf", ovf}, {"a.mf", mf + manifestLine("SHA256", "notes.txt", "release notes")},
                {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}, {"notes.txt", "release notes"}})
        << TrustState::Incomplete << u"lists notes.txt, which is neither the descriptor"_s;
    QTest::newRow("extra entry, in the archive, not matching")
        << tar({{"a.ovf", ovf}, {"a.mf", mf + manifestLine("SHA256", "notes.txt", "release notes")},
                {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}, {"notes.txt", "other notes"}})
        << TrustState::Invalid << u"notes.txt does not match"_s;
    QTest::newRow("OVF Tool 4.0: blank padding for the descriptor")
        << ova("                                                                 \n"
                   + manifest({{"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}}), {})
        << TrustState::Incomplete << u"line 1 is blank padding"_s;
    QTest::newRow("OVF Tool 4.0: a manifest of spaces")
        << ova(QByteArray(120, ' ') + "\n", {}) << TrustState::Incomplete << u"no digest for disk1.vmdk"_s;
    QTest::newRow("signature over another manifest")
        << ova(mf, m_ca->sign(u"leaf"_s, missing, u"a.mf"_s)) << TrustState::Invalid << u"signature does not match"_s;
    QTest::newRow("certificate for another manifest name")
        << ova(mf, m_ca->sign(u"leaf"_s, mf, u"b.mf"_s)) << TrustState::Invalid << u"another manifest"_s;
    QTest::newRow("certificate without manifest")
        << ova({}, m_ca->sign(u"leaf"_s, mf, u"a.mf"_s)) << TrustState::Invalid << u"no manifest"_s;
    QTest::newRow("no manifest") << ova({}, {}) << TrustState::Unchecked << u"no manifest"_s;
    QTest::newRow("manifest last (hashed with every algorithm)")
        << tar({{"a.ovf", ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}, {"a.mf", manifest(all, "SHA1")}})
        << TrustState::Intact << u"SHA-1"_s;
}

void TestPackageVerifier::trustStates()
{
    QFETCH(QByteArray, package);
    QFETCH(TrustState, state);
    QFETCH(QString, mention);
    const VerifyResult r = PackageVerifier::verify(write(u"trust.ova"_s, package), options());
    QVERIFY2(r.verdict.state == state, qPrintable(describe(r)));
    QVERIFY2(r.verdict.reasons.join(u'\n').contains(mention), qPrintable(describe(r)));
    QCOMPARE(r.files.size(), 2);
    QCOMPARE(r.descriptorName, u"a.ovf"_s);
    QCOMPARE(r.descriptorBytes, m_ovf);
    QVERIFY(r.errors.isEmpty());
    if (state == TrustState::Verified || state == TrustState::Intact) {
        for (const FileCheck &f : r.files)
            QCOMPARE(f.status, FileCheck::Status::Ok);
    }
    if (state == TrustState::Verified) {
        QVERIFY(r.signature);
        QVERIFY(r.signature->signer.subject.contains(u"OVFW verify leaf"_s));
        QVERIFY(r.warnings.isEmpty());
    }
}

void TestPackageVerifier::chunks_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("rule");

    const QList<FileRef> refs{{u"file1"_s, u"disk1.vmdk"_s, kDisk1.size(), 100'000, false}};
    const QByteArray ovf = descriptor(refs);
    const QByteArray c0 = kDisk1.mid(0, 100'000), c1 = kDisk1.mid(100'000, 100'000), c2 = kDisk1.mid(200'000);
    const Members chunks{{"disk1.vmdk.000000000", c0}, {"disk1.vmdk.000000001", c1}, {"disk1.vmdk.000000002", c2}};
    const QByteArray mf = manifest(Members{{"a.ovf", ovf}} + chunks);
    QTest::newRow("good") << tar(Members{{"a.ovf", ovf}, {"a.mf", mf}} + chunks) << QString();
    QTest::newRow("missing chunk") << tar({{"a.ovf", ovf}, {"a.mf", mf}, chunks[0], chunks[2]}) << u"chunk-missing"_s;
    QTest::newRow("out of order") << tar({{"a.ovf", ovf}, {"a.mf", mf}, chunks[0], chunks[2], chunks[1]})
                                  << u"chunk-order"_s;
    QTest::newRow("whole file instead of chunks") << tar({{"a.ovf", ovf}, {"a.mf", mf}, {"disk1.vmdk", kDisk1}})
                                                  << u"chunk-extra"_s;
}

void TestPackageVerifier::chunks()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, rule);
    const VerifyResult r = PackageVerifier::verify(write(u"chunks.ova"_s, package), options());
    if (rule.isEmpty()) {
        QVERIFY2(r.verdict.state == TrustState::Intact, qPrintable(describe(r)));
        QCOMPARE(r.files.constFirst().members.size(), 3);
        QCOMPARE(r.files.constFirst().actualSize, kDisk1.size());
        QCOMPARE(r.files.constFirst().status, FileCheck::Status::Ok);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(describe(r)));
    } else {
        QVERIFY2(r.verdict.state == TrustState::Invalid, qPrintable(describe(r)));
        QVERIFY2(r.error(rule), qPrintable(describe(r)));
        QVERIFY(r.error(rule)->member.startsWith(u"disk1.vmdk"_s));
    }
}

void TestPackageVerifier::folderPackage()
{
    const QString folder = m_dir.filePath(u"folder"_s);
    QVERIFY(QDir().mkpath(folder));
    const Members all{{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QByteArray mf = manifest(all);
    for (const auto &[name, data] : all)
        QVERIFY(writeFile(folder + u'/' + QString::fromUtf8(name), data));
    QVERIFY(writeFile(folder + u"/a.mf"_s, mf));
    QVERIFY(writeFile(folder + u"/a.cert"_s, m_ca->sign(u"leaf"_s, mf, u"a.mf"_s)));
    QVERIFY(writeFile(folder + u"/README.txt"_s, "not part of the package"));
    const VerifyResult r = PackageVerifier::verify(folder, options());
    QVERIFY2(r.verdict.state == TrustState::Verified, qPrintable(describe(r)));
    QCOMPARE(r.format, ArchiveReader::Format::Folder);
    QVERIFY(r.otherMembers.isEmpty()); // unrelated files of a folder are ignored
    // The descriptor path itself works too.
    QCOMPARE(PackageVerifier::verify(folder + u"/a.ovf"_s, options()).verdict.state, TrustState::Verified);
}

void TestPackageVerifier::zipPackage()
{
    const QString path = m_dir.filePath(u"package.zip"_s);
    const Members all{{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QByteArray mf = manifest(all);
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        const Members members = Members{all[0], {"a.mf", mf}, {"a.cert", m_ca->sign(u"leaf"_s, mf, u"a.mf"_s)}} + all.mid(1);
        for (const auto &[name, data] : members) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromUtf8(name))));
            QCOMPARE(file.write(data), data.size());
            file.close();
        }
        zip.close();
    }
    const VerifyResult r = PackageVerifier::verify(path, options());
    QVERIFY2(r.verdict.state == TrustState::Verified, qPrintable(describe(r)));
    QCOMPARE(r.format, ArchiveReader::Format::Zip);
}

void TestPackageVerifier::compressedFileAndStaging()
{
    const QByteArray raw(3'000'000, 'z'); // compresses to a few KiB
    const QByteArray stored = gzip(raw);
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk.gz"_s, stored.size(), {}, true}});
    const QByteArray mf = manifest({{"a.ovf", ovf}, {"disk1.vmdk.gz", stored}});
    const QString path = write(u"gz.ova"_s, tar({{"a.ovf", ovf}, {"a.mf", mf}, {"disk1.vmdk.gz", stored}}));
    const VerifyResult r = PackageVerifier::verify(path, options());
    QVERIFY2(r.verdict.state == TrustState::Intact, qPrintable(describe(r)));
    QVERIFY(r.files.constFirst().compressed);
    QCOMPARE(r.files.constFirst().actualSize, stored.size()); // digests cover the stored bytes

    QTemporaryDir parent;
    auto area = StagingArea::create(parent.path());
    QVERIFY2(area, qPrintable(area ? QString() : area.error().toString()));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName((*area)->path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);

    auto staged = (*area)->stage(r, u"file1"_s);
    QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().toString()));
    QVERIFY(staged->inflated);
    QCOMPARE(staged->bytes, raw.size());
    QCOMPARE(readFile(staged->path), raw);
    QVERIFY(staged->path.startsWith((*area)->path()));
    QVERIFY(!QFileInfo(staged->path).fileName().contains(u"disk1"_s)); // a name the program chose

    // A gzip bomb: the cap stops it, and nothing is left behind.
    StageOptions capped;
    capped.maxInflatedBytes = 1'000'000;
    auto bomb = (*area)->stage(r, u"file1"_s, capped);
    QVERIFY(!bomb);
    QCOMPARE(bomb.error().rule, PackageError::Rule::GzipTooLarge);
    QCOMPARE(QDir((*area)->path()).entryList(QDir::Files).size(), 1);

    // Without inflation the stored bytes are staged.
    StageOptions asStored;
    asStored.inflate = false;
    auto plain = (*area)->stage(r, u"file1"_s, asStored);
    QVERIFY(plain);
    QCOMPARE(readFile(plain->path), stored);

    const QString stagingPath = (*area)->path();
    area->reset();
    QVERIFY(!QFileInfo::exists(stagingPath));
}

void TestPackageVerifier::stagingChecksAgain()
{
    const Members all{{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QString path = write(u"restage.ova"_s, tar(Members{all[0], {"a.mf", manifest(all)}} + all.mid(1)));
    const VerifyResult r = PackageVerifier::verify(path, options());
    QCOMPARE(r.verdict.state, TrustState::Intact);
    QTemporaryDir parent;
    auto area = StagingArea::create(parent.path());
    QVERIFY(area);
    auto disk2 = (*area)->stage(r, u"file2"_s);
    QVERIFY(disk2);
    QCOMPARE(readFile(disk2->path), kDisk2);
    QVERIFY(!(*area)->stage(r, u"nosuchfile"_s));

    // The package changes after it was verified: staging refuses and removes its copy.
    QByteArray changed = kDisk2;
    changed[1000] = char(changed[1000] ^ 0x55);
    QVERIFY(writeFile(path, tar(Members{all[0], {"a.mf", manifest(all)}, all[1], {"disk2.vmdk", changed}})));
    auto again = (*area)->stage(r, u"file2"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().rule, PackageError::Rule::CorruptData);
    QCOMPARE(QDir((*area)->path()).entryList(QDir::Files).size(), 1);

    // An Invalid package is never staged.
    VerifyResult invalid = r;
    invalid.verdict.state = TrustState::Invalid;
    QVERIFY(!(*area)->stage(invalid, u"file1"_s));
    QVERIFY(!StagingArea::create(m_dir.filePath(u"no/such/parent"_s)));
}

void TestPackageVerifier::deferredMembers()
{
    // A plain OVA whose disk (2 MiB, stored in place) is deferred: not hashed, reported as
    // deferred and never as matched, whatever its bytes; the verdict is Unchecked until the
    // caller checked it, and deferredVerdict says what holds then. A wrong disk is still
    // Invalid without deferral (what `ovfctl verify` does), and any other fault still makes
    // the deferred package Invalid.
    const QByteArray big = payload(2 << 20, 9);
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, big.size(), {}, false}});
    const Members files{{"a.ovf", ovf}, {"disk1.vmdk", big}};
    const QByteArray mf = manifest(files);
    QByteArray wrong = big;
    wrong[1 << 20] = char(wrong[1 << 20] ^ 1);
    const QString good = write(u"deferred.ova"_s, tar({{"a.ovf", ovf}, {"a.mf", mf}, {"disk1.vmdk", big}}));
    const QString bad = write(u"deferred-bad.ova"_s, tar({{"a.ovf", ovf}, {"a.mf", mf}, {"disk1.vmdk", wrong}}));
    VerifyOptions defer = options();
    defer.deferredMembers = {u"disk1.vmdk"_s};

    for (const QString &path : {good, bad}) {
        const VerifyResult r = PackageVerifier::verify(path, defer);
        QCOMPARE(r.deferred, QStringList{u"disk1.vmdk"_s});
        const MemberCheck *m = r.member(u"disk1.vmdk"_s);
        QVERIFY(m);
        QCOMPARE(m->status, MemberCheck::Status::Deferred);
        QVERIFY(m->actualHex.isEmpty());
        QCOMPARE(m->expectedHex, digestToHex(DigestHasher::hash(DigestAlgorithm::Sha256, big)));
        QCOMPARE(r.files.constFirst().status, FileCheck::Status::Deferred);
        QVERIFY2(r.verdict.state == TrustState::Unchecked, qPrintable(describe(r)));
        QVERIFY(r.verdict.reasons.constFirst().contains(u"disk1.vmdk"_s));
        QVERIFY(r.deferredVerdict);
        QVERIFY2(r.deferredVerdict->state == TrustState::Intact, qPrintable(describe(r)));
    }
    const VerifyResult full = PackageVerifier::verify(bad, options());
    QVERIFY(full.deferred.isEmpty());
    QVERIFY(!full.deferredVerdict);
    QVERIFY2(full.verdict.state == TrustState::Invalid, qPrintable(describe(full)));
    QCOMPARE(full.member(u"disk1.vmdk"_s)->status, MemberCheck::Status::Mismatch);

    // Another fault (the descriptor does not match the manifest): Invalid, deferred or not.
    QByteArray ovf2 = ovf;
    ovf2.replace("<References>", "<References> ");
    const QString other = write(u"deferred-ovf.ova"_s, tar({{"a.ovf", ovf2}, {"a.mf", mf}, {"disk1.vmdk", big}}));
    const VerifyResult r2 = PackageVerifier::verify(other, defer);
    QVERIFY2(r2.verdict.state == TrustState::Invalid, qPrintable(describe(r2)));
    QVERIFY(r2.deferredVerdict && r2.deferredVerdict->state == TrustState::Invalid);

    // Not listed in the manifest: nothing to defer to, hashed as usual.
    const Members unlisted{{"a.ovf", ovf}};
    const QString notListed = write(u"deferred-unlisted.ova"_s,
                                    tar({{"a.ovf", ovf}, {"a.mf", manifest(unlisted)}, {"disk1.vmdk", big}}));
    const VerifyResult r3 = PackageVerifier::verify(notListed, defer);
    QVERIFY(r3.deferred.isEmpty());
    QCOMPARE(r3.member(u"disk1.vmdk"_s)->status, MemberCheck::Status::NotListed);
    // A coverage gap, not a mismatch: Incomplete, the disk named.
    QVERIFY2(r3.verdict.state == TrustState::Incomplete, qPrintable(describe(r3)));
    QVERIFY(r3.verdict.reasons.join(u'\n').contains(u"no digest for disk1.vmdk"_s));
}

void TestPackageVerifier::changedBetweenPasses()
{
    // A ZIP (stored) with a SHA-512 manifest after its disk: the disk streams before the
    // algorithm is known and is read a second time. When the file changes between the reads
    // (here: as soon as the second one starts), the package is Invalid (package-changed),
    // even though the changed bytes are the ones the manifest lists (the attacker's goal:
    // verify one content, stage another).
    const QByteArray big = payload(4 << 20, 7);
    const QByteArray ovf = descriptor({{u"file1"_s, u"disk1.vmdk"_s, big.size(), {}, false}});
    const Members files{{"a.ovf", ovf}, {"disk1.vmdk", big}};
    const Members all = files + Members{{"a.mf", manifest(files, "SHA512")}};
    const QString path = m_dir.filePath(u"changing.zip"_s);
    {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const auto &[name, data] : all) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromUtf8(name)), nullptr, 0, 0));
            QCOMPARE(file.write(data), data.size());
            file.close();
        }
        zip.close();
    }
    const qint64 at = readFile(path).indexOf(big.mid(3 << 20, 64));
    QVERIFY(at > 0);
    const qint64 size = QFileInfo(path).size();
    bool changed = false;
    const VerifyResult r = PackageVerifier::verify(path, options(), [&](qint64, qint64 total) {
        if (total > size && !changed) {
            changed = true;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(at));
            QVERIFY(file.write("changed") == 7);
        }
    });
    QVERIFY(changed);
    QVERIFY2(r.verdict.state == TrustState::Invalid, qPrintable(describe(r)));
    QVERIFY2(r.error(u"package-changed"_s), qPrintable(describe(r)));
}

void TestPackageVerifier::cancelled()
{
    const Members all{{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}};
    const QString path = write(u"cancel.ova"_s, tar(all));
    std::atomic<bool> cancel{true};
    const VerifyResult r = PackageVerifier::verify(path, options(), {}, &cancel);
    QVERIFY(r.cancelled);
    QCOMPARE(r.verdict.state, TrustState::Invalid);
    QVERIFY(r.error(u"cancelled"_s));
}

void TestPackageVerifier::promise()
{
    const QString path = write(u"async.ova"_s, tar({{"a.ovf", m_ovf}, {"disk1.vmdk", kDisk1}, {"disk2.vmdk", kDisk2}}));
    QFuture<VerifyResult> future = PackageVerifier::verifyAsync(path, options());
    future.waitForFinished();
    QCOMPARE(future.result().verdict.state, TrustState::Unchecked);
    QCOMPARE(future.progressValue(), future.progressMaximum());
}

void TestPackageVerifier::opener()
{
    const QString path = write(u"open.ova"_s, tar({{"a.ovf", m_ovf}, {"strings/de.xml", "<Strings/>"}}));
    QVERIFY(PackageOpener::isPackage(path));
    QVERIFY(!PackageOpener::isPackage(write(u"lone.ovf"_s, m_ovf)));
    auto d = PackageOpener::readDescriptor(path);
    QVERIFY(d);
    QCOMPARE(d->name, u"a.ovf"_s);
    QCOMPARE(d->bytes, m_ovf);
    QCOMPARE(PackageOpener::readMember(path, u"strings/de.xml"_s, 100).value(), "<Strings/>"_ba);
    QCOMPARE(PackageOpener::readMember(path, u"strings/de.xml"_s, 5).error().rule, PackageError::Rule::MemberTooLarge);
    QCOMPARE(PackageOpener::readMember(path, u"nope"_s, 5).error().rule, PackageError::Rule::HrefInvalid);
}

QTEST_GUILESS_MAIN(TestPackageVerifier)
#include "tst_packageverifier.moc"
