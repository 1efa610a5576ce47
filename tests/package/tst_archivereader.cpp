// ArchiveReader over OVAs (tar built byte by byte here, so hostile headers libarchive's
// writer refuses can be made), gzip-compressed OVAs, ZIPs made with QuaZip, OVF folders, and
// the corpus OVAs; the DSP0243 §5.3 order check. Reading must never write a file.
#include "model/package/archiveorder.h"
#include "model/package/archivereader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "packagetestkit.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ovf::package;

using Rule = PackageError::Rule;

namespace {

// --- A raw tar writer (POSIX ustar header layout) -------------------------------------------

QByteArray octal(qint64 value, int width) // width-1 octal digits and a NUL
{
    return QByteArray::number(value, 8).rightJustified(width - 1, '0') + '\0';
}

// Sets a header field and recomputes the checksum.
QByteArray withField(QByteArray h, int offset, const QByteArray &value)
{
    h.replace(offset, value.size(), value);
    h.replace(148, 8, QByteArray(8, ' '));
    qint64 sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    h.replace(148, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
    return h;
}

QByteArray header(const QByteArray &name, char type, qint64 size, const QByteArray &link = {}, bool gnu = false)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, const QByteArray &field) { h.replace(offset, field.size(), field); };
    put(0, name.left(100));
    put(100, octal(0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(size, 12));
    put(136, octal(1'700'000'000, 12));
    h[156] = type;
    put(157, link.left(100));
    put(257, gnu ? QByteArray("ustar  \0", 8) : QByteArray("ustar\0" "00", 8));
    put(265, "user");
    put(297, "group");
    return withField(h, 0, h.left(1));
}

QByteArray padded(const QByteArray &data)
{
    return data + QByteArray((512 - data.size() % 512) % 512, '\0');
}

QByteArray member(const QByteArray &name, const QByteArray &data, char type = '0', const QByteArray &link = {})
{
    return header(name, type, data.size(), link) + padded(data);
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype body = key.size() + value.size() + 3; // ' ', '=', '\n'
    qsizetype length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray paxHeader(const QByteArray &records)
{
    return header("PaxHeaders/entry", 'x', records.size()) + padded(records);
}

QByteArray gnuLongName(const QByteArray &name)
{
    const QByteArray body = name + '\0';
    return header("././@LongLink", 'L', body.size(), {}, true) + padded(body);
}

QByteArray endOfArchive()
{
    return QByteArray(1024, '\0');
}


const QByteArray kOvf = "<?xml version=\"1.0\"?>\n<Envelope/>\n";
const QByteArray kMf = "SHA256(a.ovf)= 00\n";

QByteArray disk(qsizetype size)
{
    QByteArray d(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        d[i] = char((i * 7 + i / 511) & 0xff);
    return d;
}

QByteArray goodTar()
{
    return member("a.ovf", kOvf) + member("a.mf", kMf) + member("disk1.vmdk", disk(70'000)) + endOfArchive()
        + QByteArray(10240 - 512 * 4 - 70'144 % 10240, '\0');
}

// --- Reading --------------------------------------------------------------------------------

struct Outcome
{
    QStringList names;
    QList<QByteArray> data;
    QStringList warnings;
    std::optional<PackageError> error;
    ArchiveReader::Format format = ArchiveReader::Format::Tar;
};

Outcome readPackage(const QString &path, const std::atomic<bool> *cancel = nullptr)
{
    Outcome out;
    auto reader = ArchiveReader::open(path);
    if (!reader) {
        out.error = reader.error();
        return out;
    }
    (*reader)->setCancelFlag(cancel);
    out.format = (*reader)->format();
    qint64 lastPosition = 0;
    char buffer[1000];
    for (;;) {
        auto next = (*reader)->next();
        if (!next) {
            out.error = next.error();
            break;
        }
        if (!*next)
            break;
        out.names << (*next)->name;
        QByteArray data;
        for (;;) {
            auto got = (*reader)->read(buffer, sizeof buffer);
            if (!got) {
                out.error = got.error();
                break;
            }
            if (*got == 0)
                break;
            data.append(buffer, *got);
            if ((*reader)->position() < lastPosition) // progress never goes back
                qFatal("position went backwards");
            lastPosition = (*reader)->position();
        }
        if (out.error)
            break;
        if (data.size() != (*next)->size)
            qFatal("size mismatch not reported");
        out.data << data;
    }
    out.warnings = (*reader)->warnings();
    if (!out.error && out.format != ArchiveReader::Format::Zip && (*reader)->position() != (*reader)->totalBytes())
        qFatal("the whole package was not consumed");
    return out;
}

// Every file under `dir` with its size and modification time.
QStringList snapshot(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries << info.filePath() + u' ' + QString::number(info.size()) + u' '
                + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    entries.sort();
    return entries;
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void goodTar();
    void paxAndGnuNames();
    void directories();
    void largeSize();
    void hostileTar_data();
    void hostileTar();
    void tooManyMembers();
    void gzipTar();
    void padding_data();
    void padding();
    void zip();
    void zipUtf8Names();
    void hostileZip_data();
    void hostileZip();
    void folder();
    void hostileFolder();
    void skipReadAllCancel();
    void notAnArchive();
    void corpus_data();
    void corpus();
    void order_data();
    void order();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString makeZip(const QString &name, const QList<std::tuple<QString, QByteArray, quint32>> &entries, int method = Z_DEFLATED);

    QTemporaryDir m_dir;
    QString m_oldCwd;
};

void TestArchiveReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Anything an extractor would write with relative names would land here and be seen.
    m_oldCwd = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
}

void TestArchiveReader::cleanupTestCase()
{
    QDir::setCurrent(m_oldCwd);
}

QString TestArchiveReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestArchiveReader::makeZip(const QString &name, const QList<std::tuple<QString, QByteArray, quint32>> &entries,
                                   int method)
{
    const QString path = m_dir.filePath(name);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (const auto &[entryName, data, mode] : entries) {
        QuaZipNewInfo info(entryName);
        info.externalAttr = mode << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, method ? Z_DEFAULT_COMPRESSION : 0))
            qFatal("cannot add %s", qPrintable(entryName));
        file.write(data);
        file.close();
    }
    zip.close();
    return path;
}

void TestArchiveReader::goodTar()
{
    const QString path = write(u"good.ova"_s, ::goodTar());
    const QStringList before = snapshot(m_dir.path());
    const Outcome out = readPackage(path);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    QCOMPARE(out.format, ArchiveReader::Format::Tar);
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"a.mf"_s, u"disk1.vmdk"_s}));
    QCOMPARE(out.data, (QList<QByteArray>{kOvf, kMf, disk(70'000)}));
    QVERIFY(out.warnings.isEmpty());
    QCOMPARE(snapshot(m_dir.path()), before); // reading wrote nothing
}

void TestArchiveReader::paxAndGnuNames()
{
    const QByteArray longPax = "disks/" + QByteArray(300, 'p') + ".vmdk";
    const QByteArray longGnu = "disks/" + QByteArray(200, 'g') + ".vmdk";
    const QString path = write(u"names.ova"_s,
                               member("a.ovf", kOvf) + paxHeader(paxRecord("path", longPax)) + member("short", "pax")
                                   + gnuLongName(longGnu) + header("trunc", '0', 3, {}, true) + padded("gnu")
                                   + paxHeader(paxRecord("path", "d\xc3\xadsk.vmdk")) + member("ascii", "utf")
                                   + member("\xEF\xBB\xBFzw.txt", "zw") + endOfArchive());
    const Outcome out = readPackage(path);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    // The UTF-8 pax name reads the same whatever the locale (libarchive's conversion
    // warning under LC_ALL=C is not a refusal: names are checked as UTF-8 bytes). A name may
    // begin with U+FEFF: it is part of the name, not a byte order mark to drop.
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, QString::fromLatin1(longPax), QString::fromLatin1(longGnu),
                                     u"d\u00edsk.vmdk"_s, u"\ufeffzw.txt"_s}));
    QCOMPARE(out.data[1], QByteArray("pax"));
    QCOMPARE(out.data[2], QByteArray("gnu"));
}

void TestArchiveReader::directories()
{
    // Plain directory entries are tolerated (checked like names, then skipped with a warning).
    const QString path = write(u"dirs.ova"_s, member("a.ovf", kOvf) + member("disks/", {}, '5')
                                                  + member("disks/d.vmdk", "data") + endOfArchive());
    const Outcome out = readPackage(path);
    QVERIFY(!out.error);
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"disks/d.vmdk"_s}));
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY(out.warnings.first().contains(u"'disks'"_s));

    const QString bad = write(u"dirdotdot.ova"_s, member("a.ovf", kOvf) + member("../up/", {}, '5') + endOfArchive());
    QCOMPARE(readPackage(bad).error->rule, Rule::DotDot);
}

void TestArchiveReader::largeSize()
{
    // A pax size record beyond 8 GiB (the ustar field's limit) is read as a 64-bit size.
    const qint64 size = (9LL << 30) + 5;
    const QString path = write(u"large.ova"_s, member("a.ovf", kOvf) + paxHeader(paxRecord("size", QByteArray::number(size)))
                                                   + header("big.vmdk", '0', 0) + QByteArray(4096, 'x'));
    auto reader = ArchiveReader::open(path);
    QVERIFY(reader);
    QVERIFY((*reader)->next());
    const auto big = (*reader)->next();
    QVERIFY(big && *big);
    QCOMPARE((*big)->size, size);
    char buffer[8192];
    std::expected<qint64, PackageError> got = 0;
    do
        got = (*reader)->read(buffer, sizeof buffer);
    while (got && *got > 0);
    QVERIFY(!got);
    QCOMPARE(got.error().rule, Rule::Truncated);
    QCOMPARE(got.error().member, u"big.vmdk"_s);
}

void TestArchiveReader::hostileTar_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("member"); // "*" = the package file's name

    const QByteArray ovf = member("a.ovf", kOvf);
    const QByteArray end = endOfArchive();
    const QByteArray full = ovf + member("disk.vmdk", disk(1000)) + end;
    QByteArray badChecksum = member("b", "x");
    badChecksum[0] = 'c';
    QTest::newRow("dotdot") << ovf + member("../etc/passwd", "root") + end << u"member-dotdot"_s << u"../etc/passwd"_s;
    QTest::newRow("absolute") << ovf + member("/etc/passwd", "root") + end << u"member-absolute"_s << u"/etc/passwd"_s;
    QTest::newRow("backslash") << ovf + member("..\\x", "1") + end << u"member-backslash"_s << u"..\\x5cx"_s;
    QTest::newRow("newline") << ovf + member("a\nb", "1") + end << u"member-control-character"_s << u"a\\x0ab"_s;
    QTest::newRow("not utf8") << ovf + member("d\xff.vmdk", "1") + end << u"member-name-encoding"_s << u"d\ufffd.vmdk"_s;
    QTest::newRow("symlink") << ovf + member("link", {}, '2', "/etc/shadow") + end << u"member-symlink"_s << u"link"_s;
    QTest::newRow("hardlink") << ovf + member("hard", {}, '1', "a.ovf") + end << u"member-hardlink"_s << u"hard"_s;
    QTest::newRow("char device") << ovf + member("tty", {}, '3') + end << u"member-device"_s << u"tty"_s;
    QTest::newRow("block device") << ovf + member("sda", {}, '4') + end << u"member-device"_s << u"sda"_s;
    QTest::newRow("fifo") << ovf + member("pipe", {}, '6') + end << u"member-fifo"_s << u"pipe"_s;
    QTest::newRow("pax huge path") << ovf + paxHeader(paxRecord("path", QByteArray(100'000, 'a'))) + member("x", "1") + end
                                   << u"archive-header-too-large"_s << QString(120, u'a');
    QTest::newRow("pax long path") << ovf + paxHeader(paxRecord("path", QByteArray(2000, 'n'))) + member("x", "1") + end
                                   << u"member-name-too-long"_s << QString(120, u'n') + u"..."_s;
    QTest::newRow("gnu long name") << ovf + gnuLongName(QByteArray(2000, 'g')) + header("x", '0', 1, {}, true) + padded("1") + end
                                   << u"member-name-too-long"_s << QString(120, u'g') + u"..."_s;
    QTest::newRow("gnu special header over 1 MiB") << ovf + gnuLongName(QByteArray(1'100'000, 'g')) + member("x", "1") + end
                                                   << u"archive-header-too-large"_s << u"*"_s;
    // Old GNU sparse member: one 512-byte data block of a 4096-byte file (map at 386, real size at 483).
    const QByteArray sparse = withField(withField(header("holes.vmdk", 'S', 512, {}, true), 386, octal(0, 12) + octal(512, 12)),
                                        483, octal(4096, 12));
    QTest::newRow("sparse") << ovf + sparse + QByteArray(512, 's') + end << u"member-unsupported"_s << u"holes.vmdk"_s;
    QTest::newRow("duplicate") << ovf + member("d.vmdk", "1") + member("d.vmdk", "2") + end << u"member-duplicate"_s << u"d.vmdk"_s;
    QTest::newRow("duplicate case") << ovf + member("Disk1.vmdk", "1") + member("disk1.VMDK", "2") + end
                                    << u"member-duplicate-case"_s << u"disk1.VMDK"_s;
    QTest::newRow("descriptor too large") << header("big.ovf", '0', (64 << 20) + 1) + QByteArray(512, 'x')
                                          << u"descriptor-too-large"_s << u"big.ovf"_s;
    QTest::newRow("cut mid-member") << full.left(512 * 3 + 100) << u"archive-truncated"_s << u"disk.vmdk"_s;
    QTest::newRow("cut mid-header") << QByteArray(ovf + member("disk.vmdk", disk(1000)) + member("second", "x")).left(512 * 5 + 200)
                                    << u"archive-truncated"_s << u"*"_s;
    QTest::newRow("no end marker") << ovf + member("disk.vmdk", disk(1000)) << u"archive-truncated"_s << u"*"_s;
    QTest::newRow("garbage after end") << full + "garbage" << u"archive-trailing-data"_s << u"*"_s;
    QTest::newRow("garbage after padding") << full + QByteArray(8192, '\0') + "x" << u"archive-trailing-data"_s << u"*"_s;
    QTest::newRow("garbage far after end") << full + QByteArray(300'000, '\0') + "x" << u"archive-trailing-data"_s << u"*"_s;
    QTest::newRow("garbage in second zero block") << ovf + QByteArray(512, '\0') + QByteArray(512, 'G')
                                                  << u"archive-trailing-data"_s << u"*"_s;
    QTest::newRow("member after end") << ovf + end + member("late.vmdk", "x") + end << u"archive-trailing-data"_s << u"*"_s;
    QTest::newRow("damaged header") << ovf + badChecksum + end << u"archive-malformed-header"_s << u"*"_s;
}

void TestArchiveReader::hostileTar()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, rule);
    QFETCH(QString, member);
    const QString path = write(u"hostile.ova"_s, archive);
    const QStringList before = snapshot(m_dir.path());
    const Outcome out = readPackage(path);
    QVERIFY2(out.error, qPrintable(out.names.join(u',')));
    QCOMPARE(ruleId(out.error->rule), rule);
    QCOMPARE(out.error->member, member == u"*"_s ? u"hostile.ova"_s : member);
    QVERIFY(out.error->toString().contains(u'[' + rule + u']'));
    QCOMPARE(snapshot(m_dir.path()), before);
}

void TestArchiveReader::tooManyMembers()
{
    QByteArray archive = member("a.ovf", kOvf);
    for (int i = 1; i <= 10'000; ++i)
        archive += header("f" + QByteArray::number(i), '0', 0);
    const QString path = write(u"many.ova"_s, archive + endOfArchive());
    const Outcome out = readPackage(path);
    QVERIFY(out.error);
    QCOMPARE(out.error->rule, Rule::TooManyMembers);
    QCOMPARE(out.error->member, u"f10000"_s);
    QCOMPARE(out.names.size(), 10'000);
}

void TestArchiveReader::gzipTar()
{
    const QByteArray tar = ::goodTar();
    const Outcome out = readPackage(write(u"gz.ova"_s, testkit::gzip(tar)));
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    QCOMPARE(out.format, ArchiveReader::Format::GzipTar);
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"a.mf"_s, u"disk1.vmdk"_s}));
    QCOMPARE(out.data.last(), disk(70'000));
    QVERIFY(out.warnings.contains(u"gzip-compressed OVA: DSP0243 requires a plain tar"_s));

    const QByteArray compressed = testkit::gzip(tar);
    QCOMPARE(readPackage(write(u"gzcut.ova"_s, compressed.left(compressed.size() / 2))).error->rule, Rule::Truncated);
    QCOMPARE(readPackage(write(u"gztrail.ova"_s, testkit::gzip(tar + "junk"))).error->rule, Rule::TrailingData);
    QCOMPARE(readPackage(write(u"gzjunk.ova"_s, compressed + "junk")).error->rule, Rule::TrailingData);
    QCOMPARE(readPackage(write(u"gztext.ova"_s, testkit::gzip(QByteArray(2000, 't')))).error->rule, Rule::NotAnArchive);
}

// Zero padding after the end-of-archive marker, of many lengths, is accepted; one byte that is
// not zero anywhere in it is trailing data: in the blocks already handed to libarchive (the
// first one, and across the 64 KiB boundary of its reads) and in what is read after them.
// "straddling": the last member ends 512 bytes before the first 64 KiB read does, so the end
// marker crosses into the second read and the check starts in the read before the last one.
void TestArchiveReader::padding_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<bool>("straddling");
    QTest::addColumn<int>("zeros");
    QTest::addColumn<int>("junkAt"); // -1: none
    for (const bool compressed : { false, true }) {
        for (const bool straddling : { false, true }) {
            const QByteArray kind = QByteArray(compressed ? "gzip" : "tar") + (straddling ? ", straddling" : "");
            for (const int zeros : { 0, 1, 15, 16, 17, 511, 65'536, 70'000, 300'000, 3'000'000 }) {
                QTest::addRow("%s, %d zeros", kind.constData(), zeros) << compressed << straddling << zeros << -1;
                for (const int at : { 0, 1, 15, 16, 17, zeros / 2, zeros - 17, zeros - 1 }) {
                    if (at >= 0 && at < zeros)
                        QTest::addRow("%s, %d zeros, junk at %d", kind.constData(), zeros, at)
                            << compressed << straddling << zeros << at;
                }
            }
        }
    }
}

void TestArchiveReader::padding()
{
    QFETCH(bool, compressed);
    QFETCH(bool, straddling);
    QFETCH(int, zeros);
    QFETCH(int, junkAt);
    QByteArray padding(zeros, '\0');
    if (junkAt >= 0)
        padding[junkAt] = '\x01';
    QByteArray tar = ::goodTar();
    if (straddling) {
        // Headers and data up to 65,024 bytes; the disk's last byte is not zero, so a check
        // that looked one byte too early would see it.
        const QByteArray head = member("a.ovf", kOvf) + member("a.mf", kMf);
        const QByteArray data = disk(65'024 - head.size() - 512);
        QCOMPARE(data.size() % 512, 0);
        QVERIFY(data.back() != '\0');
        tar = head + member("disk1.vmdk", data);
        QCOMPARE(tar.size(), 65'024);
        tar += endOfArchive();
    }
    tar += padding;
    const Outcome out = readPackage(write(u"padded.ova"_s, compressed ? testkit::gzip(tar) : tar));
    if (junkAt < 0) {
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"a.mf"_s, u"disk1.vmdk"_s}));
    } else {
        QVERIFY(out.error);
        QCOMPARE(out.error->rule, Rule::TrailingData);
    }
}

void TestArchiveReader::zip()
{
    const QString path = makeZip(u"good.zip"_s, {{u"a.ovf"_s, kOvf, 0100644}, {u"disks/"_s, {}, 040755},
                                                 {u"disks/d.vmdk"_s, disk(100'000), 0100644}});
    const QStringList before = snapshot(m_dir.path());
    const Outcome out = readPackage(path);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    QCOMPARE(out.format, ArchiveReader::Format::Zip);
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"disks/d.vmdk"_s}));
    QCOMPARE(out.data, (QList<QByteArray>{kOvf, disk(100'000)}));
    QCOMPARE(out.warnings.size(), 1); // the directory entry
    QCOMPARE(snapshot(m_dir.path()), before);
}

// Names flagged UTF-8 (general purpose bit 11) are read as written, U+FEFF at the start of a
// name included: it is part of the name, not a byte order mark to drop.
void TestArchiveReader::zipUtf8Names()
{
    const QString path = m_dir.filePath(u"utf8.zip"_s);
    {
        QuaZip zip(path);
        zip.setUtf8Enabled(true);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const QString &name : {u"a.ovf"_s, u"\ufeffdisk.vmdk"_s, u"d\u00edsk.vmdk"_s}) {
            QuaZipNewInfo info(name);
            info.externalAttr = 0100644u << 16;
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION));
            file.write(name == u"a.ovf"_s ? kOvf : name.toUtf8());
            file.close();
        }
        zip.close();
    }
    const Outcome out = readPackage(path);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    QCOMPARE(out.names, (QStringList{u"a.ovf"_s, u"\ufeffdisk.vmdk"_s, u"d\u00edsk.vmdk"_s}));
    QCOMPARE(out.data.at(1), u"\ufeffdisk.vmdk"_s.toUtf8());
}

void TestArchiveReader::hostileZip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<QString>("rule");
    QTest::newRow("symlink") << u"link"_s << quint32(0120777) << u"member-symlink"_s;
    QTest::newRow("dotdot") << u"../x"_s << quint32(0100644) << u"member-dotdot"_s;
    QTest::newRow("absolute") << u"/tmp/x"_s << quint32(0100644) << u"member-absolute"_s;
    QTest::newRow("fifo") << u"pipe"_s << quint32(0010644) << u"member-fifo"_s;
    QTest::newRow("duplicate") << u"a.ovf"_s << quint32(0100644) << u"member-duplicate"_s;
}

void TestArchiveReader::hostileZip()
{
    QFETCH(QString, name);
    QFETCH(quint32, mode);
    QFETCH(QString, rule);
    const QString path = makeZip(u"hostile.zip"_s, {{u"a.ovf"_s, kOvf, 0100644}, {name, "/etc/passwd", mode}});
    const Outcome out = readPackage(path);
    QVERIFY(out.error);
    QCOMPARE(ruleId(out.error->rule), rule);
    QCOMPARE(out.error->member, name);
}

void TestArchiveReader::folder()
{
    QDir root(m_dir.filePath(u"pkg"_s));
    QVERIFY(root.mkpath(u"disks"_s));
    auto put = [&root](const QString &name, const QByteArray &data) {
        QFile f(root.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    put(u"z.ovf"_s, kOvf);
    put(u"z.mf"_s, kMf);
    put(u"a.iso"_s, "iso");
    put(u"disks/d.vmdk"_s, disk(5000));
    const QStringList expected{u"z.ovf"_s, u"z.mf"_s, u"a.iso"_s, u"disks/d.vmdk"_s};
    for (const QString &path : {root.path(), root.filePath(u"z.ovf"_s)}) {
        const Outcome out = readPackage(path);
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        QCOMPARE(out.format, ArchiveReader::Format::Folder);
        QCOMPARE(out.names, expected);
        QCOMPARE(out.data.last(), disk(5000));
    }
}

void TestArchiveReader::hostileFolder()
{
    QDir root(m_dir.filePath(u"evil"_s));
    QVERIFY(root.mkpath(u"."_s));
    QFile descriptor(root.filePath(u"e.ovf"_s));
    QVERIFY(descriptor.open(QIODevice::WriteOnly));
    descriptor.write(kOvf);
    descriptor.close();
    QVERIFY(QFile::link(u"/etc/passwd"_s, root.filePath(u"disk.vmdk"_s)));
    Outcome out = readPackage(root.path());
    QVERIFY(out.error);
    QCOMPARE(out.error->rule, Rule::Symlink);
    QCOMPARE(out.error->member, u"disk.vmdk"_s);
    QVERIFY(out.error->message.contains(u"/etc/passwd"_s));
    QVERIFY(QFile::remove(root.filePath(u"disk.vmdk"_s)));

    QVERIFY(::mkfifo(QFile::encodeName(root.filePath(u"pipe"_s)).constData(), 0600) == 0);
    out = readPackage(root.filePath(u"e.ovf"_s));
    QVERIFY(out.error);
    QCOMPARE(out.error->rule, Rule::Fifo);
    QCOMPARE(out.error->member, u"pipe"_s);
    QVERIFY(QFile::remove(root.filePath(u"pipe"_s)));

    // A file that grows or shrinks between listing and reading.
    for (const qsizetype change : {qsizetype(5), qsizetype(-5)}) {
        QFile grow(root.filePath(u"grow.bin"_s));
        QVERIFY(grow.open(QIODevice::WriteOnly | QIODevice::Truncate));
        grow.write(QByteArray(10, 'g'));
        grow.close();
        auto reader = ArchiveReader::open(root.path());
        QVERIFY(reader);
        QCOMPARE((*(*reader)->next())->name, u"e.ovf"_s);
        QCOMPARE((*(*reader)->next())->size, qint64(10));
        QVERIFY(change > 0 ? grow.open(QIODevice::Append) : grow.resize(10 + change));
        if (change > 0)
            grow.write(QByteArray(change, 'G'));
        grow.close();
        const auto data = (*reader)->readAll(100);
        QVERIFY(!data);
        QCOMPARE(data.error().rule, Rule::SizeMismatch);
        QCOMPARE(data.error().member, u"grow.bin"_s);
    }
    QVERIFY(QFile::remove(root.filePath(u"grow.bin"_s)));

    QVERIFY(QFile::remove(root.filePath(u"e.ovf"_s)));
    out = readPackage(root.path());
    QVERIFY(out.error);
    QCOMPARE(out.error->rule, Rule::NotAnArchive);
}

void TestArchiveReader::skipReadAllCancel()
{
    const QString path = write(u"skip.ova"_s, ::goodTar());
    auto reader = ArchiveReader::open(path);
    QVERIFY(reader);
    ArchiveReader &r = **reader;
    QCOMPARE((*r.next())->name, u"a.ovf"_s);
    QCOMPARE(*r.readAll(1024), kOvf);
    QCOMPARE((*r.next())->name, u"a.mf"_s); // not read: next() skips it
    QVERIFY(r.next());
    const auto tooBig = r.readAll(1000);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().rule, Rule::MemberTooLarge);
    QCOMPARE(tooBig.error().member, u"disk1.vmdk"_s);
    QCOMPARE(r.next().error().rule, Rule::MemberTooLarge); // errors are sticky

    std::atomic<bool> cancel{false};
    auto again = ArchiveReader::open(path);
    (*again)->setCancelFlag(&cancel);
    QVERIFY((*again)->next());
    cancel = true;
    char byte;
    QCOMPARE((*again)->read(&byte, 1).error().rule, Rule::Cancelled);
    QCOMPARE(readPackage(path, &cancel).error->rule, Rule::Cancelled);
}

void TestArchiveReader::notAnArchive()
{
    QCOMPARE(readPackage(write(u"empty.ova"_s, {})).error->rule, Rule::NotAnArchive);
    QCOMPARE(readPackage(write(u"text.ova"_s, QByteArray(4096, 'x'))).error->rule, Rule::NotAnArchive);
    QCOMPARE(readPackage(m_dir.filePath(u"missing.ova"_s)).error->rule, Rule::Io);
    const QByteArray zipBytes = [this] {
        QFile f(makeZip(u"cut.zip"_s, {{u"a.ovf"_s, disk(50'000), 0100644}}, 0));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QCOMPARE(readPackage(write(u"cut2.zip"_s, zipBytes.left(zipBytes.size() - 40))).error->rule, Rule::Truncated);
    QByteArray flipped = zipBytes;
    flipped[flipped.indexOf(disk(50'000).mid(1000, 64)) + 10] ^= 1; // stored data: the CRC catches it
    const Outcome corrupt = readPackage(write(u"crc.zip"_s, flipped));
    QCOMPARE(corrupt.error->rule, Rule::CorruptData);
    QCOMPARE(corrupt.error->member, u"a.ovf"_s);
    QVERIFY2(corrupt.error->message.contains(u"CRC"_s), qPrintable(corrupt.error->toString()));
}

void TestArchiveReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("glance testserver (ustar, no manifest)")
        << u"glance/testserver.ova"_s << QStringList{u"testserver.ovf"_s, u"testserver-disk1.vmdk"_s}
        << QList<qint64>{13383, 4} << false;
    QTest::newRow("open-ovf ourOVF (ovf, mf, cert, disks)")
        << u"open-ovf/ourOVF.ova"_s
        << QStringList{u"ourOVF.ovf"_s, u"ourOVF.mf"_s, u"ourOVF.cert"_s, u"Ubuntu1.vmdk"_s, u"Ubuntu-0.vmdk"_s}
        << QList<qint64>{7552, 678, 741, 323, 68096} << false;
    QTest::newRow("ganeti (gzip-compressed)") << u"ganeti/ova.ova"_s << QStringList{u"ganeti.ovf"_s, u"new_disk.vmdk"_s}
                                              << QList<qint64>{5742, 1114624} << true;
    QTest::newRow("glance bad descriptor (fine as an archive)")
        << u"glance/testserver-bad-ovf.ova"_s << QStringList{u"illegal-xml.ovf"_s, u"testserver-disk1.vmdk"_s}
        << QList<qint64>{62, 4} << false;
}

void TestArchiveReader::corpus()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QList<qint64>, sizes);
    QFETCH(bool, gzip);
    const QString path = QStringLiteral(OVFW_CORPUS_DIR) + u'/' + file;
    const Outcome out = readPackage(path);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
    QCOMPARE(out.names, names);
    for (qsizetype i = 0; i < sizes.size(); ++i)
        QCOMPARE(qint64(out.data[i].size()), sizes[i]);
    QCOMPARE(out.format == ArchiveReader::Format::GzipTar, gzip);
    QCOMPARE(out.warnings.size(), gzip ? 1 : 0);
    // The glance descriptors were extracted unchanged into the corpus (SOURCES.md).
    const QString extracted = QStringLiteral(OVFW_CORPUS_DIR) + u"/glance/"_s + names.first();
    if (file.startsWith(u"glance/"_s)) {
        QFile original(extracted);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(out.data.first(), original.readAll());
    }
}

void TestArchiveReader::order_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QStringList>("referenced");
    QTest::addColumn<QStringList>("mentions"); // one needle per expected warning
    const QStringList refs{u"d1.vmdk"_s, u"d2.vmdk"_s};
    QTest::newRow("prescribed") << QStringList{u"p.ovf"_s, u"p.mf"_s, u"p.cert"_s, u"d1.vmdk"_s, u"d2.vmdk"_s} << refs
                                << QStringList{};
    QTest::newRow("signing at end") << QStringList{u"p.ovf"_s, u"d1.vmdk"_s, u"d2.vmdk"_s, u"p.mf"_s, u"p.cert"_s} << refs
                                    << QStringList{};
    QTest::newRow("descriptor late") << QStringList{u"d1.vmdk"_s, u"p.ovf"_s, u"d2.vmdk"_s} << refs
                                     << QStringList{u"'p.ovf' is member 2"_s};
    QTest::newRow("manifest in the middle") << QStringList{u"p.ovf"_s, u"d1.vmdk"_s, u"p.mf"_s, u"d2.vmdk"_s} << refs
                                            << QStringList{u"'p.mf'"_s};
    QTest::newRow("references swapped") << QStringList{u"p.ovf"_s, u"d2.vmdk"_s, u"d1.vmdk"_s} << refs
                                        << QStringList{u"'d2.vmdk' comes before 'd1.vmdk'"_s};
    QTest::newRow("chunks in order") << QStringList{u"p.ovf"_s, u"d.000000000"_s, u"d.000000001"_s}
                                     << QStringList{u"d.000000000"_s, u"d.000000001"_s} << QStringList{};
}

void TestArchiveReader::order()
{
    QFETCH(QStringList, members);
    QFETCH(QStringList, referenced);
    QFETCH(QStringList, mentions);
    const QStringList warnings = ArchiveOrder::warnings(members, referenced);
    QCOMPARE(warnings.size(), mentions.size());
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        QVERIFY2(warnings[i].contains(mentions[i]), qPrintable(warnings[i]));
        QVERIFY(warnings[i].contains(u"DSP0243 §5.3"_s));
    }
}

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
