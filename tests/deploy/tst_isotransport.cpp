// The ISO transport: an ISO 9660 image with Rock Ridge and Joliet, written atomically with
// libarchive, read back with libarchive and (when installed) with xorriso.

#include "model/deploy/isotransport.h"
#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

// name -> content of every regular file, read with libarchive's iso9660 reader.
QMap<QString, QByteArray> readIso(const QString &path)
{
    QMap<QString, QByteArray> out;
    archive *a = archive_read_new();
    archive_read_support_format_iso9660(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 10240) != ARCHIVE_OK) {
        qWarning("%s", archive_error_string(a));
        archive_read_free(a);
        return out;
    }
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        if (archive_entry_filetype(e) != AE_IFREG)
            continue;
        QByteArray data(archive_entry_size(e), '\0');
        if (archive_read_data(a, data.data(), size_t(data.size())) != data.size())
            qWarning("short read");
        out.insert(QString::fromUtf8(archive_entry_pathname_utf8(e)), data);
    }
    archive_read_free(a);
    return out;
}

// The volume identifier of the primary volume descriptor (ECMA-119 §8.4: sector 16, bytes
// 40-71, padded with spaces) and the types of the volume descriptors that follow.
std::pair<QString, QList<int>> volumeDescriptors(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QList<int> types;
    for (int sector = 16; sector < 32 && (sector + 1) * 2048 <= bytes.size(); ++sector) {
        const int type = quint8(bytes.at(sector * 2048));
        types.append(type);
        if (type == 255)
            break;
    }
    return {QString::fromLatin1(bytes.mid(16 * 2048 + 40, 32)).trimmed(), types};
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestIsoTransport : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReadsBack()
    {
        QTemporaryDir dir;
        const QString staged = dir.filePath(u"staged-1"_s);
        QByteArray big(3 * 1024 * 1024 + 17, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char((qint64(i) * 7919) >> 3);
        {
            QFile f(staged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(big);
        }
        const QByteArray env = "<?xml version=\"1.0\"?>\n<Environment xmlns=\"http://schemas.dmtf.org/ovf/environment/1\"/>\n";
        const QString iso = dir.filePath(u"env.iso"_s);
        const auto written = IsoTransport::write(
            iso, {IsoFile{u"ovf-env.xml"_s, {}, env}, IsoFile{u"setup/Resources.ZIP"_s, staged, {}}});
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(leftovers(dir.path()), (QStringList{u"env.iso"_s, u"staged-1"_s}));

        const auto files = readIso(iso);
        QCOMPARE(files.keys(), (QStringList{u"ovf-env.xml"_s, u"setup/Resources.ZIP"_s}));
        QCOMPARE(files.value(u"ovf-env.xml"_s), env);
        QCOMPARE(files.value(u"setup/Resources.ZIP"_s), big);

        const auto [volume, types] = volumeDescriptors(iso);
        QCOMPARE(volume, u"OVF_ENV"_s);
        QVERIFY(types.contains(1)); // primary
        QVERIFY(types.contains(2)); // supplementary: Joliet
        QCOMPARE(types.constLast(), 255);
    }

    // An independent reader: xorriso sees the Rock Ridge names and the volume id.
    void xorrisoReadsIt()
    {
        const QString xorriso = QStandardPaths::findExecutable(u"xorriso"_s);
        if (xorriso.isEmpty())
            QSKIP("xorriso is not installed (dev.sh installs it)");
        QTemporaryDir dir;
        const QString iso = dir.filePath(u"env.iso"_s);
        QVERIFY(IsoTransport::write(iso, {IsoFile{u"ovf-env.xml"_s, {}, "<x/>"}, IsoFile{u"data/lower-Case.cfg"_s, {}, "a=1\n"}}));
        QProcess p;
        p.start(xorriso, {u"-indev"_s, iso, u"-pvd_info"_s, u"-rr_reloc_dir"_s, u""_s, u"-find"_s, u"/"_s, u"-type"_s, u"f"_s});
        QVERIFY(p.waitForFinished(60'000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(output.contains(u"Volume Id    : OVF_ENV"_s), qPrintable(output));
        // Lower case and '-' are Rock Ridge names (plain ISO 9660 would give OVF_ENV.XML;1).
        QVERIFY2(output.contains(u"'/ovf-env.xml'"_s), qPrintable(output));
        QVERIFY2(output.contains(u"'/data/lower-Case.cfg'"_s), qPrintable(output));
    }

    void refusesBadNamesAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("dotdot") << u"a/../../b"_s;
        QTest::newRow("empty part") << u"a//b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("control") << u"a\nb"_s;
        QTest::newRow("empty") << QString();
    }

    void refusesBadNamesAndLeavesNothing()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString iso = dir.filePath(u"env.iso"_s);
        QFile old(iso);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        const auto r = IsoTransport::write(iso, {IsoFile{u"ovf-env.xml"_s, {}, "<x/>"}, IsoFile{name, {}, "x"}});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"not a valid file name"_s), qPrintable(r.error()));
        QCOMPARE(leftovers(dir.path()), QStringList{u"env.iso"_s});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
    }

    void failuresLeaveNothing()
    {
        QTemporaryDir dir;
        const QString iso = dir.filePath(u"env.iso"_s);
        auto r = IsoTransport::write(iso, {IsoFile{u"a.txt"_s, {}, "1"}, IsoFile{u"A.TXT"_s, {}, "2"}});
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"twice"_s));
        r = IsoTransport::write(iso, {IsoFile{u"a.txt"_s, dir.filePath(u"missing"_s), {}}});
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"missing"_s));
        std::atomic<bool> cancel{true};
        r = IsoTransport::write(iso, {IsoFile{u"a.txt"_s, {}, "1"}}, u"OVF_ENV"_s, &cancel);
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"cancelled"_s));
        QVERIFY(leftovers(dir.path()).isEmpty());
        r = IsoTransport::write(dir.filePath(u"no/such/dir/env.iso"_s), {IsoFile{u"a.txt"_s, {}, "1"}});
        QVERIFY(!r);
    }

    void environmentFiles()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?>\n"
            "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">"
            "<References><File ovf:id=\"config\" ovf:href=\"config.xml\"/><File ovf:id=\"res\" ovf:href=\"r.zip\"/></References>"
            "<VirtualSystem ovf:id=\"vm\"><Info>i</Info>"
            "<EnvironmentFilesSection ovf:required=\"false\" ovf:transport=\"iso\"><Info>e</Info>"
            "<File ovf:fileRef=\"config\" ovf:path=\"setup/cfg.xml\"/><File ovf:fileRef=\"res\" ovf:path=\"setup/resources.zip\"/>"
            "</EnvironmentFilesSection></VirtualSystem></Envelope>";
        auto d = Descriptor::fromBytes(xml, u"e.ovf"_s);
        QVERIFY(d);
        EffectiveSystem system;
        system.id = u"vm"_s;
        system.environmentFiles = EnvironmentFilesSection((*d)->envelope().content().section(SectionKind::EnvironmentFiles).element()).files();
        QCOMPARE(system.environmentFiles.size(), 2);

        QTemporaryDir dir;
        QFile cfg(dir.filePath(u"s1"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("<cfg/>");
        cfg.close();
        QFile res(dir.filePath(u"s2"_s));
        QVERIFY(res.open(QIODevice::WriteOnly));
        res.write("PK");
        res.close();
        auto staged = [&dir](const QString &fileRef) -> std::expected<QString, QString> {
            if (fileRef == u"config")
                return dir.filePath(u"s1"_s);
            if (fileRef == u"res")
                return dir.filePath(u"s2"_s);
            return std::unexpected(u"not staged: "_s + fileRef);
        };
        const auto files = IsoTransport::filesFor(system, "<Environment/>", staged);
        QVERIFY(files);
        QCOMPARE(files->size(), 3);
        QCOMPARE(files->at(0).nameInIso, u"ovf-env.xml"_s);
        QCOMPARE(files->at(2).nameInIso, u"setup/resources.zip"_s);
        const QString iso = dir.filePath(u"env.iso"_s);
        QVERIFY(IsoTransport::write(iso, *files));
        const auto read = readIso(iso);
        QCOMPARE(read.value(u"setup/cfg.xml"_s), QByteArray("<cfg/>"));
        QCOMPARE(read.value(u"setup/resources.zip"_s), QByteArray("PK"));
        QCOMPARE(read.value(u"ovf-env.xml"_s), QByteArray("<Environment/>"));

        const auto missing = IsoTransport::filesFor(system, "<Environment/>", [](const QString &ref) -> std::expected<QString, QString> {
            return std::unexpected(u"not staged: "_s + ref);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error(), u"not staged: config"_s);
    }
};

QTEST_GUILESS_MAIN(TestIsoTransport)
#include "tst_isotransport.moc"
