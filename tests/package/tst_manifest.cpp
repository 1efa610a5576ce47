// Manifests (DSP0243 §5.1): spellings, warnings, fatal errors, problems, the real corpus, and
// the coverage check.
#include "model/package/digesthasher.h"
#include "model/package/manifest.h"
#include "model/package/manifestcoverage.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;
using ovf::package::DigestHasher;
using ovf::package::Manifest;
using ovf::package::ManifestEntry;
using ovf::package::ManifestProblem;

namespace {

const QByteArray kSha1 = "a9993e364706816aba3e25717850c26c9cd0d89d"_ba;
const QByteArray kSha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
const QByteArray kSha512 = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                           "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"_ba;
const QByteArray kOtherSha256
    = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Fails the current test unless `text` contains every needle (case-insensitive).
void verifyMentions(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!text.contains(needle, Qt::CaseInsensitive))
            QFAIL(qPrintable(u"'%1' does not mention '%2'"_s.arg(text, needle)));
    }
}

QString joined(const QList<ManifestProblem> &problems)
{
    QStringList lines;
    for (const ManifestProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

qsizetype countErrors(const QList<ManifestProblem> &problems)
{
    return std::count_if(problems.cbegin(), problems.cend(),
        [](const ManifestProblem &p) { return p.severity == ManifestProblem::Severity::Error; });
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void fatal_data();
    void fatal();
    void problems_data();
    void problems();
    void lookupAndWeakest();
    void serializeRoundTrip();
    void corpusMatches_data();
    void corpusMatches();
    void corpusBsdSpelling();
    void corpusWrongManifest();
    void corpusOvaManifestListsItself();
    void coverage_data();
    void coverage();
};

void TestManifest::accepted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QStringList>("warnings"); // one needle per expected warning, in order

    const QByteArray ovftool = "SHA256(appliance.ovf)= " + kSha256 + "\nSHA1(disk1.vmdk)= " + kSha1
        + "\nSHA512(cd.iso)= " + kSha512 + "\n";
    QTest::addRow("ovftool") << ovftool << 3 << QStringList();
    QTest::addRow("no final line end") << ovftool.chopped(1) << 3 << QStringList();
    QTest::addRow("lower-case algorithm") << "sha256(appliance.ovf)= " + kSha256 + "\n"
                                          << 1 << QStringList();
    QTest::addRow("CRLF") << QByteArray(ovftool).replace("\n", "\r\n") << 3
                          << QStringList { u"CRLF"_s };
    QTest::addRow("BSD spelling") << "SHA1 (appliance.ovf) = " + kSha1 + "\n"
                                  << 1 << QStringList { u"BSD spelling"_s };
    QTest::addRow("no spaces") << "SHA1(appliance.ovf)=" + kSha1 + "\n"
                               << 1 << QStringList { u"spacing"_s };
    QTest::addRow("upper-case hex") << "SHA1(appliance.ovf)= " + kSha1.toUpper() + "\n"
                                    << 1 << QStringList { u"upper-case"_s };
    QTest::addRow("trailing spaces") << "SHA1(appliance.ovf)= " + kSha1 + " \t\n"
                                     << 1 << QStringList { u"line 1 ends with spaces"_s };
    QTest::addRow("leading spaces") << "  SHA1(appliance.ovf)= " + kSha1 + "\n"
                                    << 1 << QStringList { u"line 1 starts with spaces"_s };
    QTest::addRow("blank lines") << "\nSHA1(appliance.ovf)= " + kSha1 + "\n\n"
                                 << 1 << QStringList { u"line 1 is blank"_s, u"line 3 is blank"_s };
    QTest::addRow("byte order mark") << "\xEF\xBB\xBFSHA1(appliance.ovf)= " + kSha1 + "\n"
                                     << 1 << QStringList { u"byte order mark"_s };
    QTest::addRow("parentheses and = in name") << "SHA256(disk (1)=a.vmdk)= " + kSha256 + "\n"
                                               << 1 << QStringList();
    QTest::addRow("UTF-8 name") << "SHA256(d\xC3\xADsk.vmdk)= " + kSha256 + "\n"
                                << 1 << QStringList();
    QTest::addRow("path in package") << "SHA256(disks/disk1.vmdk)= " + kSha256 + "\n"
                                     << 1 << QStringList();
    // No digest at all is not a mismatch: read with no entries (coverage names the gaps).
    QTest::addRow("empty") << QByteArray() << 0 << QStringList { u"empty"_s };
    QTest::addRow("OVF Tool 4.0: only blank padding")
        << "                                                       \n   \n"_ba << 0
        << QStringList { u"line 1 is blank"_s, u"line 2 is blank"_s, u"blank padding"_s };
    QTest::addRow("blank lines only") << "\n \n\r\n"_ba << 0
                                      << QStringList { u"line 1 is blank"_s, u"line 2 is blank"_s,
                                                       u"line 3 is blank"_s, u"CRLF"_s, u"blank padding"_s };
    QTest::addRow("OVF Tool 4.0: padding for the descriptor")
        << "                                                                  \nSHA1(disk1.vmdk)= " + kSha1 + "\n"
        << 1 << QStringList { u"line 1 is blank"_s };
}

void TestManifest::accepted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, entries);
    QFETCH(QStringList, warnings);

    const auto manifest = Manifest::parse(bytes, u"appliance.mf"_s);
    QVERIFY2(manifest.has_value(), qPrintable(manifest ? QString() : manifest.error().toString()));
    QCOMPARE(manifest->entries().size(), entries);
    QVERIFY2(manifest->problems().isEmpty(), qPrintable(joined(manifest->problems())));
    QCOMPARE(manifest->warnings().size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        QCOMPARE(manifest->warnings().at(i).severity, ManifestProblem::Severity::Warning);
        verifyMentions(manifest->warnings().at(i).message, { warnings.at(i) });
    }
    for (const ManifestEntry &entry : manifest->entries())
        QCOMPARE(entry.digest.size(), ovf::package::digestLength(entry.algorithm));
    QCOMPARE(manifest->fileName(), u"appliance.mf"_s);
}

void TestManifest::fatal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("needles");

    const QByteArray good = "SHA1(appliance.ovf)= " + kSha1 + "\n";
    QTest::addRow("garbage") << "hello world\n"_ba << 1
                             << QStringList { u"line 1"_s, u"hello world"_s, u"SHA256(file)"_s };
    QTest::addRow("garbage on line 2") << good + "SHA1 appliance.ovf " + kSha1 + "\n"
                                       << 2 << QStringList { u"line 2"_s };
    QTest::addRow("sha1sum output") << kSha1 + "  appliance.ovf\n"
                                    << 1 << QStringList { u"line 1"_s };
    QTest::addRow("long line truncated")
        << QByteArray(5000, 'x') << 1 << QStringList { u"xxxxxxxx…"_s };
    QTest::addRow("MD5") << "MD5(appliance.ovf)= 900150983cd24fb0d6963f7d28e17f72\n"_ba << 1
                         << QStringList { u"MD5"_s, u"not supported"_s };
    QTest::addRow("SHA384") << "SHA384(appliance.ovf)= " + kSha512.left(96) + "\n"
                            << 1 << QStringList { u"SHA384"_s };
    QTest::addRow("wrong length") << "SHA256(appliance.ovf)= " + kSha1 + "\n"
                                  << 1 << QStringList { u"SHA256"_s, u"64"_s, u"40"_s };
    QTest::addRow("SHA1 too long") << "SHA1(appliance.ovf)= " + kSha256 + "\n"
                                   << 1 << QStringList { u"SHA1"_s, u"40"_s, u"64"_s };
    QTest::addRow("not hex") << "SHA1(appliance.ovf)= " + kSha1.left(39) + "g\n"
                             << 1 << QStringList { u"not hexadecimal"_s };
    QTest::addRow("no digest") << "SHA1(appliance.ovf)= \n"_ba << 1
                               << QStringList { u"no digest"_s };
    QTest::addRow("NUL byte") << good + QByteArray("\0", 1) << 2 << QStringList { u"NUL"_s };
    QTest::addRow("not UTF-8") << "SHA1(d\xE9.vmdk)= " + kSha1 + "\n"
                               << 0 << QStringList { u"UTF-8"_s };
    QTest::addRow("carriage return inside") << "SHA1(a.ovf)= " + kSha1 + "\rSHA1(b.vmdk)= " + kSha1
            + "\n" << 1 << QStringList { u"carriage return"_s };
    QTest::addRow("too large") << QByteArray(Manifest::MaxSize + 1, 'a') << 0
                               << QStringList { u"1 MiB"_s };
    QTest::addRow("XML") << "<?xml version=\"1.0\"?>\n<Envelope/>\n"_ba << 1
                         << QStringList { u"<?xml"_s };
}

void TestManifest::fatal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QStringList, needles);

    const auto manifest = Manifest::parse(bytes, u"appliance.mf"_s);
    QVERIFY(!manifest.has_value());
    QCOMPARE(manifest.error().line, line);
    QCOMPARE(manifest.error().file, u"appliance.mf"_s);
    verifyMentions(manifest.error().message, needles);
    QVERIFY(manifest.error().message.size() < 300);
    QVERIFY(manifest.error().toString().startsWith(u"appliance.mf:"_s));
}

void TestManifest::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("needles");

    const QByteArray ovf = "SHA256(appliance.ovf)= " + kSha256 + "\n";
    QTest::addRow("identical duplicate")
        << ovf + ovf << 1 << 0 << 2 << QStringList { u"repeats"_s, u"line 1"_s };
    QTest::addRow("conflicting digest")
        << ovf + "SHA256(appliance.ovf)= " + kOtherSha256 + "\n"
        << 1 << 1 << 2
        << QStringList { u"conflicting"_s, u"appliance.ovf"_s, QString::fromLatin1(kOtherSha256) };
    QTest::addRow("conflicting algorithm") << ovf + "SHA1(appliance.ovf)= " + kSha1
            + "\n" << 1 << 1 << 2 << QStringList { u"conflicting"_s, u"SHA1"_s, u"SHA256"_s };
    QTest::addRow("case only") << ovf + "SHA256(Appliance.ovf)= " + kSha256 + "\n"
                               << 1 << 1 << 2
                               << QStringList { u"letter case"_s, u"Appliance.ovf"_s };
    QTest::addRow("lists itself") << ovf + "SHA256(appliance.mf)= " + kSha256
            + "\n" << 1 << 1 << 2 << QStringList { u"lists itself"_s, u"appliance.mf"_s };
    QTest::addRow("lists its certificate") << ovf + "SHA256(appliance.cert)= " + kSha256
            + "\n" << 1 << 1 << 2 << QStringList { u"lists itself"_s, u"appliance.cert"_s };
    QTest::addRow("dot dot") << ovf + "SHA256(../../etc/passwd)= " + kSha256 + "\n"
                             << 1 << 1 << 2 << QStringList { u"../../etc/passwd"_s, u".."_s };
    QTest::addRow("absolute") << ovf + "SHA256(/etc/passwd)= " + kSha256 + "\n"
                              << 1 << 1 << 2 << QStringList { u"absolute"_s };
    QTest::addRow("drive letter") << ovf + "SHA256(C:/x.vmdk)= " + kSha256 + "\n"
                                  << 1 << 1 << 2 << QStringList { u"absolute"_s };
    QTest::addRow("backslash") << ovf + "SHA256(disks\\x.vmdk)= " + kSha256 + "\n"
                               << 1 << 1 << 2 << QStringList { u"backslash"_s };
    QTest::addRow("control character") << ovf + "SHA256(a\x01.vmdk)= " + kSha256 + "\n"
                                       << 1 << 1 << 2 << QStringList { u"control"_s, u"\\x01"_s };
    QTest::addRow("empty segment") << ovf + "SHA256(disks//x.vmdk)= " + kSha256 + "\n"
                                   << 1 << 1 << 2 << QStringList { u"empty path segment"_s };
    QTest::addRow("empty name") << ovf + "SHA256()= " + kSha256 + "\n"
                                << 1 << 1 << 2 << QStringList { u"empty"_s };
}

void TestManifest::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, entries);
    QFETCH(int, errors);
    QFETCH(int, line);
    QFETCH(QStringList, needles);

    const auto manifest = Manifest::parse(bytes, u"appliance.mf"_s);
    QVERIFY2(manifest.has_value(), qPrintable(manifest ? QString() : manifest.error().toString()));
    QCOMPARE(manifest->entries().size(), entries);
    QCOMPARE(manifest->problems().size(), 1);
    QCOMPARE(countErrors(manifest->problems()), errors);
    QCOMPARE(manifest->hasErrors(), errors > 0);
    const ManifestProblem &problem = manifest->problems().first();
    QCOMPARE(problem.line, line);
    verifyMentions(problem.message, needles);
    QVERIFY(manifest->entry(u"appliance.ovf"_s).has_value());
}

void TestManifest::lookupAndWeakest()
{
    const QByteArray text
        = "SHA512(appliance.ovf)= " + kSha512 + "\nSHA256(disk1.vmdk)= " + kSha256 + "\n";
    auto manifest = Manifest::parse(text, u"appliance.mf"_s);
    QVERIFY(manifest.has_value());
    QCOMPARE(manifest->weakestAlgorithm(), DigestAlgorithm::Sha256);
    const auto disk = manifest->entry(u"disk1.vmdk"_s);
    QVERIFY(disk.has_value());
    QCOMPARE(disk->line, 2);
    QCOMPARE(disk->digest, QByteArray::fromHex(kSha256));
    QVERIFY(!manifest->entry(u"DISK1.vmdk"_s).has_value());

    // U+FEFF at the start of a name is part of the name (only the file's own byte order mark
    // is not content): another file than disk1.vmdk.
    const auto marked = Manifest::parse(QByteArray("SHA256(\xEF\xBB\xBF" "disk1.vmdk)= " + kSha256 + "\n"), u"appliance.mf"_s);
    QVERIFY(marked.has_value());
    QCOMPARE(marked->entries().size(), 1);
    QCOMPARE(marked->entries().first().fileName, u"\ufeffdisk1.vmdk"_s);
    QVERIFY(!marked->entry(u"disk1.vmdk"_s).has_value());

    manifest
        = Manifest::parse(QByteArray(text + "SHA1(cd.iso)= " + kSha1 + "\n"), u"appliance.mf"_s);
    QVERIFY(manifest.has_value());
    QCOMPARE(manifest->weakestAlgorithm(), DigestAlgorithm::Sha1);
}

void TestManifest::serializeRoundTrip()
{
    const QList<ManifestEntry> entries = {
        { DigestAlgorithm::Sha256, u"appliance.ovf"_s, QByteArray::fromHex(kSha256), 0 },
        { DigestAlgorithm::Sha512, u"d\u00edsk1.vmdk"_s, QByteArray::fromHex(kSha512), 0 },
        { DigestAlgorithm::Sha1, u"cd.iso"_s, QByteArray::fromHex(kSha1), 0 },
    };
    const QByteArray text = Manifest::serialize(entries);
    QCOMPARE(text,
        "SHA256(appliance.ovf)= " + kSha256 + "\nSHA512(d\xC3\xADsk1.vmdk)= " + kSha512
            + "\nSHA1(cd.iso)= " + kSha1 + "\n");
    const auto parsed = Manifest::parse(text, u"appliance.mf"_s);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->warnings().isEmpty());
    QCOMPARE(parsed->entries().size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ManifestEntry expected = entries.at(i);
        expected.line = int(i + 1);
        QCOMPARE(parsed->entries().at(i), expected);
    }
}

void TestManifest::corpusMatches_data()
{
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QString>("descriptor");
    QTest::addColumn<int>("entries");
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addRow("cot/input.mf") << u"cot/input.mf"_s << u"cot/input.ovf"_s << 4
                                  << DigestAlgorithm::Sha1;
    QTest::addRow("cot/ubuntu.2.0.mf")
        << u"cot/ubuntu.2.0.mf"_s << u"cot/ubuntu.2.0.ovf"_s << 2 << DigestAlgorithm::Sha256;
    QTest::addRow("ganeti/ganeti.mf")
        << u"ganeti/ganeti.mf"_s << u"ganeti/ganeti.ovf"_s << 2 << DigestAlgorithm::Sha1;
    // The loose file is clean; the copy inside ourOVF.ova is not (see below).
    QTest::addRow("open-ovf/ourOVF.mf")
        << u"open-ovf/ourOVF.mf"_s << u"open-ovf/ourOVF.ovf"_s << 3 << DigestAlgorithm::Sha1;
}

void TestManifest::corpusMatches()
{
    QFETCH(QString, manifest);
    QFETCH(QString, descriptor);
    QFETCH(int, entries);
    QFETCH(DigestAlgorithm, algorithm);

    const QByteArray bytes = readFile(corpus(manifest));
    QVERIFY(!bytes.isEmpty());
    const auto parsed = Manifest::parse(bytes, manifest.section(u'/', -1));
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->entries().size(), entries);
    QVERIFY2(parsed->warnings().isEmpty(), qPrintable(joined(parsed->warnings())));
    QVERIFY2(parsed->problems().isEmpty(), qPrintable(joined(parsed->problems())));
    QCOMPARE(parsed->weakestAlgorithm(), algorithm);

    const QString descriptorName = descriptor.section(u'/', -1);
    const auto entry = parsed->entry(descriptorName);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->algorithm, algorithm);
    QCOMPARE(DigestHasher::hash(algorithm, readFile(corpus(descriptor))), entry->digest);
}

void TestManifest::corpusBsdSpelling()
{
    const QString dir = u"govmomi/vapi-ttylinux/"_s;
    const auto parsed = Manifest::parse(
        readFile(corpus(dir + u"ttylinux-pc_i486-16.1.mf"_s)), u"ttylinux-pc_i486-16.1.mf"_s);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->entries().size(), 2);
    QVERIFY(parsed->problems().isEmpty());
    QCOMPARE(parsed->warnings().size(), 1);
    QCOMPARE(parsed->warnings().first().line, 1);
    verifyMentions(parsed->warnings().first().message, { u"BSD"_s });

    const auto entry = parsed->entry(u"ttylinux-pc_i486-16.1.ovf"_s);
    QVERIFY(entry.has_value());
    QCOMPARE(DigestHasher::hash(
                 DigestAlgorithm::Sha1, readFile(corpus(dir + u"ttylinux-pc_i486-16.1.ovf"_s))),
        entry->digest);
    QVERIFY(parsed->entry(u"ttylinux-pc_i486-16.1-disk1.vmdk"_s).has_value());
}

void TestManifest::corpusWrongManifest()
{
    const auto parsed
        = Manifest::parse(readFile(corpus(u"ganeti/wrong_manifest.mf"_s)), u"wrong_manifest.mf"_s);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->problems().isEmpty());
    const auto entry = parsed->entry(u"wrong_manifest.ovf"_s);
    QVERIFY(entry.has_value());
    const QByteArray actual = DigestHasher::hash(
        DigestAlgorithm::Sha1, readFile(corpus(u"ganeti/wrong_manifest.ovf"_s)));
    QCOMPARE(actual.size(), entry->digest.size());
    QVERIFY(actual != entry->digest);
}

void TestManifest::corpusOvaManifestListsItself()
{
    // The manifest inside open-ovf's OVA lists itself and its certificate, repeats the disk
    // lines four times and uses CRLF. Extracted with tar: this test is about the manifest.
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (tar.isEmpty())
        QSKIP("tar is not installed");
    QProcess process;
    process.start(tar, { u"-xOf"_s, corpus(u"open-ovf/ourOVF.ova"_s), u"ourOVF.mf"_s });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray bytes = process.readAllStandardOutput();
    QVERIFY(bytes.contains("SHA1(ourOVF.mf)="));

    const auto parsed = Manifest::parse(bytes, u"ourOVF.mf"_s);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QVERIFY(parsed->hasErrors());
    QCOMPARE(countErrors(parsed->problems()), 2);
    const QString text = joined(parsed->problems());
    verifyMentions(text, { u"lists itself"_s, u"ourOVF.mf"_s, u"ourOVF.cert"_s, u"repeats"_s });
    // ourOVF.ovf, Ubuntu1.vmdk, Ubuntu-0.vmdk; the six repeated lines are warnings.
    QCOMPARE(parsed->entries().size(), 3);
    QCOMPARE(parsed->problems().size(), 2 + 6);
    QVERIFY(!parsed->entry(u"ourOVF.mf"_s).has_value());
    verifyMentions(joined(parsed->warnings()), { u"CRLF"_s });
}

void TestManifest::coverage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("referenced");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("needles");

    const QByteArray ovf = "SHA256(appliance.ovf)= " + kSha256 + "\n";
    const QByteArray disk = "SHA256(disk1.vmdk)= " + kSha256 + "\n";
    const QByteArray iso = "SHA256(cd.iso)= " + kSha256 + "\n";
    QTest::addRow("exact") << ovf + disk + iso << QStringList { u"disk1.vmdk"_s, u"cd.iso"_s }
                           << QStringList() << QStringList() << QStringList();
    QTest::addRow("repeated href") << ovf + disk << QStringList { u"disk1.vmdk"_s, u"disk1.vmdk"_s }
                                   << QStringList() << QStringList() << QStringList();
    QTest::addRow("descriptor missing")
        << disk << QStringList { u"disk1.vmdk"_s } << QStringList { u"appliance.ovf"_s }
        << QStringList() << QStringList { u"descriptor"_s, u"appliance.ovf"_s };
    QTest::addRow("file missing") << ovf + disk << QStringList { u"disk1.vmdk"_s, u"cd.iso"_s }
                                  << QStringList { u"cd.iso"_s } << QStringList()
                                  << QStringList { u"cd.iso"_s, u"references"_s };
    QTest::addRow("extra entry") << ovf + disk + iso << QStringList { u"disk1.vmdk"_s }
                                 << QStringList() << QStringList { u"cd.iso"_s }
                                 << QStringList { u"appliance.mf:3"_s, u"cd.iso"_s };
    QTest::addRow("letter case") << ovf + "SHA256(Disk1.vmdk)= " + kSha256 + "\n"
                                 << QStringList { u"disk1.vmdk"_s }
                                 << QStringList { u"disk1.vmdk"_s }
                                 << QStringList { u"Disk1.vmdk"_s }
                                 << QStringList { u"letter case"_s };
    QTest::addRow("OVF Tool 4.0 padding instead of the descriptor")
        << "                                                                  \n" + disk
        << QStringList { u"disk1.vmdk"_s } << QStringList { u"appliance.ovf"_s } << QStringList()
        << QStringList { u"descriptor"_s, u"appliance.ovf"_s, u"line 1 is blank padding"_s, u"OVF Tool 4.0"_s };
    QTest::addRow("blank manifest") << "   \n"_ba << QStringList { u"disk1.vmdk"_s }
                                    << QStringList { u"appliance.ovf"_s, u"disk1.vmdk"_s } << QStringList()
                                    << QStringList { u"no digest for the descriptor"_s, u"no digest for disk1.vmdk"_s };
    QTest::addRow("chunks") << ovf + "SHA256(disk1.vmdk.000000000)= " + kSha256
            + "\nSHA256(disk1.vmdk.000000001)= " + kSha256 + "\n"
                            << QStringList { u"disk1.vmdk.000000000"_s, u"disk1.vmdk.000000001"_s }
                            << QStringList() << QStringList() << QStringList();
    QTest::addRow("chunk missing")
        << ovf + "SHA256(disk1.vmdk.000000000)= " + kSha256 + "\n"
        << QStringList { u"disk1.vmdk.000000000"_s, u"disk1.vmdk.000000001"_s }
        << QStringList { u"disk1.vmdk.000000001"_s } << QStringList()
        << QStringList { u"disk1.vmdk.000000001"_s };
}

void TestManifest::coverage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, referenced);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, needles);

    const auto manifest = Manifest::parse(bytes, u"appliance.mf"_s);
    QVERIFY(manifest.has_value());
    const ovf::package::CoverageReport report
        = ovf::package::checkCoverage(*manifest, u"appliance.ovf"_s, referenced);
    QStringList missingNames;
    for (const auto &gap : report.missing)
        missingNames.append(gap.fileName);
    QStringList extraNames;
    for (const auto &gap : report.extra) {
        extraNames.append(gap.fileName);
        QVERIFY(gap.line > 0);
    }
    QCOMPARE(missingNames, missing);
    QCOMPARE(extraNames, extra);
    QCOMPARE(report.isComplete(), missing.isEmpty() && extra.isEmpty());
    QCOMPARE(report.messages().size(), missing.size() + extra.size());
    verifyMentions(report.messages().join(u'\n'), needles);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
