// Disk images with qemu-img: inspection refuses what must never be deployed (backing files,
// external data files, VMDK subformats other than streamOptimized / monolithicSparse, disks
// larger than declared); conversion reads an OVA member in place, hashes it concurrently,
// and keeps nothing when the bytes do not match, the package changed, or the user cancelled.
#include "model/deploy/diskconverter.h"
#include "model/deploy/diskimage.h"
#include "model/package/memberlocation.h"
#include "model/package/packageverifier.h"

#include "packagetestkit.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;
using ovf::package::DigestAlgorithm;
using ovf::package::DigestHasher;

namespace {

bool qemuImg(const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"qemu-img"_s, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = QString::fromUtf8(p.readAll());
    return ok;
}

bool identical(const QString &rawReference, const QString &image, const QString &format)
{
    return qemuImg({u"compare"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-F"_s, format, rawReference, image});
}

} // namespace

class TestDiskImage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_raw; // 4 MiB with data in the first and last MiB

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_raw = path(u"disk.raw"_s);
        QByteArray bytes(4 << 20, '\0');
        bytes.replace(0, 1 << 20, testkit::payload(1 << 20, 7));
        bytes.replace(3 << 20, 1 << 20, testkit::payload(1 << 20, 8));
        QVERIFY(testkit::writeFile(m_raw, bytes));
        QString error;
        QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, m_raw, path(u"disk.qcow2"_s)}, &error), qPrintable(error));
        QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=streamOptimized"_s, m_raw, path(u"stream.vmdk"_s)}, &error), qPrintable(error));
        QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=monolithicSparse"_s, m_raw, path(u"sparse.vmdk"_s)}, &error), qPrintable(error));
        QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=monolithicFlat"_s, m_raw, path(u"flat.vmdk"_s)}, &error), qPrintable(error));
        QVERIFY2(qemuImg({u"create"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"qcow2"_s, u"-b"_s, path(u"disk.qcow2"_s), path(u"overlay.qcow2"_s)}, &error), qPrintable(error));
        QVERIFY2(qemuImg({u"create"_s, u"-f"_s, u"qcow2"_s, u"-o"_s, u"data_file="_s + path(u"external.raw"_s), path(u"datafile.qcow2"_s), u"4M"_s}, &error), qPrintable(error));
    }

    void inspectAccepts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("createType");
        QTest::newRow("raw") << u"disk.raw"_s << u"raw"_s << QString();
        QTest::newRow("qcow2") << u"disk.qcow2"_s << u"qcow2"_s << QString();
        QTest::newRow("streamOptimized") << u"stream.vmdk"_s << u"vmdk"_s << u"streamOptimized"_s;
        QTest::newRow("monolithicSparse") << u"sparse.vmdk"_s << u"vmdk"_s << u"monolithicSparse"_s;
    }

    void inspectAccepts()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, createType);
        const qint64 size = QFileInfo(path(file)).size();
        auto info = DiskImage::inspect(format, path(file), 0, size, 0, file);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        info = DiskImage::inspect(format, path(file), 0, -1, 0, file); // the whole file
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->virtualBytes, quint64(4 << 20));
        QCOMPARE(info->createType, createType);
    }

    void inspectRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<quint64>("cap");
        QTest::addColumn<QString>("reason");
        QTest::newRow("backing file") << u"overlay.qcow2"_s << u"qcow2"_s << quint64(0) << u"backing file"_s;
        QTest::newRow("external data file") << u"datafile.qcow2"_s << u"qcow2"_s << quint64(0) << u"external file"_s;
        QTest::newRow("monolithicFlat") << u"flat.vmdk"_s << u"vmdk"_s << quint64(0) << u"monolithicFlat"_s;
        QTest::newRow("larger than declared") << u"stream.vmdk"_s << u"vmdk"_s << quint64(1 << 20) << u"declared capacity"_s;
        QTest::newRow("wrong format given") << u"disk.qcow2"_s << u"vmdk"_s << quint64(0) << u"cannot read it as vmdk"_s;
        QTest::newRow("unsupported format") << u"disk.raw"_s << u"vpc"_s << quint64(0) << u"not supported"_s;
    }

    void inspectRefuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(quint64, cap);
        QFETCH(QString, reason);
        auto info = DiskImage::inspect(format, path(file), 0, -1, cap, file);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, BackendError::Kind::Image);
        QCOMPARE(info.error().where, file);
        QVERIFY2(info.error().message.contains(reason), qPrintable(info.error().message));
    }

    void formatFromUri()
    {
        QCOMPARE(DiskImage::formatFromUri(u"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"_s), u"vmdk"_s);
        QCOMPARE(DiskImage::formatFromUri(u"http://www.gnome.org/~markmc/qcow-image-format.html"_s), u"qcow2"_s);
        QVERIFY(!DiskImage::formatFromUri(u"http://example.com/vhd"_s));
    }

    // The member's offset in the tar, checked against Python's tarfile (the reference).
    void locateInTar()
    {
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        const QString ova = path(u"locate.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"a.ovf", "<x/>"}, {"long/" + QByteArray(80, 'n') + ".vmdk", vmdk}})));
        const QString name = u"long/"_s + QString(80, u'n') + u".vmdk"_s;
        auto location = ovf::package::locateMember(ova, name);
        QVERIFY(location && *location);
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, u"import tarfile,sys\nfor m in tarfile.open(sys.argv[1]).getmembers(): print(m.name, m.offset_data)"_s, ova});
        QVERIFY(python.waitForFinished());
        const QString expected = name + u' ' + QString::number((*location)->offset);
        QVERIFY2(QString::fromUtf8(python.readAllStandardOutput()).contains(expected), qPrintable(expected));
        QCOMPARE((*location)->size, vmdk.size());
        QCOMPARE((*location)->file, ova);
    }

    void convertRangeFromTar()
    {
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        const QString ova = path(u"range.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"a.ovf", "<x/>"}, {"disk1.vmdk", vmdk}})));
        auto location = ovf::package::locateMember(ova, u"disk1.vmdk"_s);
        QVERIFY(location && *location);
        DiskConverter::Range range{ova, (*location)->offset, (*location)->size, u"vmdk"_s, DigestAlgorithm::Sha256,
                                   DigestHasher::hash(DigestAlgorithm::Sha256, vmdk), quint64(4 << 20), u"disk1.vmdk"_s};
        qint64 lastDone = -1;
        for (const DiskFormat format : {DiskFormat::Qcow2, DiskFormat::Raw}) {
            const QString out = path(u"out."_s + diskFormatName(format));
            auto result = DiskConverter::convertRange(range, out, format, [&](qint64 done, qint64 total) {
                QVERIFY(done <= total && total == vmdk.size());
                lastDone = done;
            });
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(lastDone, vmdk.size());
            QCOMPARE(result->virtualBytes, quint64(4 << 20));
            QVERIFY(identical(m_raw, out, diskFormatName(format)));
            QVERIFY(!QFile::exists(out + u".part"_s));
        }
    }

    void digestMismatchKeepsNothing()
    {
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        const QString ova = path(u"bad.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"disk1.vmdk", vmdk}})));
        QByteArray wrong = DigestHasher::hash(DigestAlgorithm::Sha256, vmdk);
        wrong[0] = char(wrong[0] ^ 1);
        DiskConverter::Range range{ova, 512, vmdk.size(), u"vmdk"_s, DigestAlgorithm::Sha256, wrong, 0, u"disk1.vmdk"_s};
        const QString out = path(u"bad.qcow2"_s);
        auto result = DiskConverter::convertRange(range, out, DiskFormat::Qcow2);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, BackendError::Kind::Digest);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
    }

    void changedFileKeepsNothing()
    {
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        const QString ova = path(u"changed.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"disk1.vmdk", vmdk}})));
        DiskConverter::Range range{ova, 512, vmdk.size(), u"vmdk"_s, DigestAlgorithm::Sha256,
                                   DigestHasher::hash(DigestAlgorithm::Sha256, vmdk), 0, u"disk1.vmdk"_s};
        const QString out = path(u"changed.qcow2"_s);
        bool touched = false;
        // While it is read, someone sets the file's times back and forth: the bytes are the
        // same, but the file was touched (ctime), so nothing is trusted.
        auto result = DiskConverter::convertRange(range, out, DiskFormat::Qcow2, [&](qint64, qint64) {
            if (!touched) {
                struct stat st{};
                ::stat(QFile::encodeName(ova).constData(), &st);
                struct utimbuf times{st.st_atime, st.st_mtime};
                touched = ::utime(QFile::encodeName(ova).constData(), &times) == 0;
            }
        });
        QVERIFY(touched);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, BackendError::Kind::Changed);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
    }

    void cancelKeepsNothing()
    {
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        std::atomic<bool> cancel{false};
        const QString ova = path(u"cancel.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"disk1.vmdk", vmdk}})));
        DiskConverter::Range range{ova, 512, vmdk.size(), u"vmdk"_s, DigestAlgorithm::Sha256,
                                   DigestHasher::hash(DigestAlgorithm::Sha256, vmdk), 0, u"disk1.vmdk"_s};
        const QString out = path(u"cancel.qcow2"_s);
        auto result = DiskConverter::convertRange(range, out, DiskFormat::Qcow2, [&](qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, BackendError::Kind::Cancelled);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
    }

    // The whole step from a verified package: plain OVA member in place, gzip-compressed
    // member through staging, and a package whose disk bytes were swapped after verification.
    void convertVerifiedPackage_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<bool>("tamper");
        QTest::newRow("plain member, in place") << false << false;
        QTest::newRow("gzip member, staged") << true << false;
        QTest::newRow("tampered after verification") << false << true;
    }

    void convertVerifiedPackage()
    {
        QFETCH(bool, gzip);
        QFETCH(bool, tamper);
        const QByteArray vmdk = testkit::readFile(path(u"stream.vmdk"_s));
        const QByteArray stored = gzip ? testkit::gzip(vmdk) : vmdk;
        const QByteArray ovf = testkit::descriptor({{u"file1"_s, u"disk1.vmdk"_s, stored.size(), {}, gzip}});
        const testkit::Members files{{"pkg.ovf", ovf}, {"disk1.vmdk", stored}};
        const QString ova = path(u"pkg.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"pkg.ovf", ovf}, {"pkg.mf", testkit::manifest(files)}, {"disk1.vmdk", stored}})));
        const ovf::package::VerifyResult verified = ovf::package::PackageVerifier::verify(ova);
        QVERIFY2(!verified.isInvalid(), qPrintable(verified.errors.isEmpty() ? QString() : verified.errors.first().toString()));
        if (tamper) {
            // Same size, one byte changed inside the member's data.
            QFile f(ova);
            QVERIFY(f.open(QIODevice::ReadWrite));
            auto location = ovf::package::locateMember(ova, u"disk1.vmdk"_s);
            QVERIFY(location && *location);
            f.seek((*location)->offset + (*location)->size - 1);
            char c = 0;
            f.getChar(&c);
            f.seek((*location)->offset + (*location)->size - 1);
            f.putChar(char(c ^ 0x55));
        }
        DiskRequest request{&verified, u"file1"_s, quint64(1) << 30, u"vm-disk1"_s, DiskFormat::Qcow2};
        const QString out = path(u"pkg.qcow2"_s);
        QFile::remove(out);
        auto result = DiskConverter::convert(request, out, m_dir.path());
        if (tamper) {
            QVERIFY(!result);
            QCOMPARE(result.error().kind, BackendError::Kind::Digest);
            QVERIFY(!QFile::exists(out));
            return;
        }
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(identical(m_raw, out, u"qcow2"_s));
        // Staging folders are gone afterwards.
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestDiskImage)
#include "tst_diskimage.moc"
