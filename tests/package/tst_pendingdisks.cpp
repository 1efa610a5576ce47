// Disk images still to be converted (ovfw:source on a File): the typed API reads and sets them
// without touching anything else; PackageWriter turns each into a streamOptimized VMDK member
// of an OVA, a folder and a ZIP, hashed while written, with ovf:size, the Disk's ovf:format and
// ovf:populatedSize set and the ovfw attributes gone; the package verifies, its VMDK passes
// `qemu-img check` and equals the source image (`qemu-img compare`). Refused: a pending source
// inside an OVA from elsewhere, an image larger than its Disk, a backing file, chunking.
// Cancel leaves nothing.
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/pendingsource.h"
#include "model/ovf/xmldocument.h"
#include "model/package/archivereader.h"
#include "model/package/packagewriter.h"
#include "model/package/packageverifier.h"
#include "model/package/packinput.h"
#include "model/package/pendingsourceopener.h"

#include "packagetestkit.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

bool qemuImg(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"qemu-img"_s, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

QByteArray descriptorFor(const QString &image, const QString &format, const QByteArray &capacity = "8")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovfw=\"urn:ovf-workbench:1\">\n"
           "  <References>\n"
           "    <File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovfw:source=\"" + image.toUtf8() + "\" ovfw:sourceFormat=\""
        + format.toUtf8() + "\"/>\n"
           "    <File ovf:id=\"file2\" ovf:href=\"readme.txt\"/>\n"
           "  </References>\n"
           "  <DiskSection>\n"
           "    <Info>Virtual disks</Info>\n"
           "    <Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"" + capacity + "\" "
           "ovf:capacityAllocationUnits=\"byte * 2^20\"/>\n"
           "  </DiskSection>\n"
           "  <VirtualSystem ovf:id=\"vm\">\n"
           "    <Info>A test appliance</Info>\n"
           "  </VirtualSystem>\n"
           "</Envelope>\n";
}

template <typename T>
QString errorText(const std::expected<T, QString> &r)
{
    return r ? QString() : r.error();
}

template <typename T>
QString errorText(const std::expected<T, PackageWriteError> &r)
{
    return r ? QString() : r.error().toString();
}

// Guest bytes held in memory, handed out by an opener instead of a file (as machine export
// hands out disks read through libvirt).
class MemorySource final : public DiskImageSource
{
public:
    explicit MemorySource(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    qint64 size() const override { return m_bytes.size(); }
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length) override
    {
        std::memcpy(buffer, m_bytes.constData() + offset, size_t(length));
        return {};
    }

private:
    QByteArray m_bytes;
};

class MemoryOpener final : public PendingSourceOpener
{
public:
    explicit MemoryOpener(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    QStringList asked;
    std::expected<qint64, QString> virtualBytes(const ovf::PendingSource &source) override
    {
        asked << source.path;
        return m_bytes.size();
    }
    std::expected<std::unique_ptr<DiskImageSource>, QString> open(const ovf::PendingSource &source) override
    {
        asked << source.path;
        return std::make_unique<MemorySource>(m_bytes);
    }

private:
    QByteArray m_bytes;
};

} // namespace

class TestPendingDisks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // An author's folder: appliance.ovf naming `image`, and readme.txt.
    QString authorFolder(const QString &name, const QByteArray &descriptor)
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        testkit::writeFile(folder + u"/appliance.ovf"_s, descriptor);
        testkit::writeFile(folder + u"/readme.txt"_s, "read me\n");
        return folder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 8 MiB: random, text-like, then zeros; as raw and qcow2.
        QByteArray bytes = testkit::payload(3 << 20, 5);
        for (int i = 0; bytes.size() < (5 << 20); ++i)
            bytes += "line " + QByteArray::number(i) + " of an appliance's disk\n";
        bytes.truncate(5 << 20);
        QVERIFY(testkit::writeFile(path(u"image.raw"_s), bytes));
        QFile f(path(u"image.raw"_s));
        QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(8 << 20));
        f.close();
        QString out;
        QVERIFY2(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, path(u"image.raw"_s), path(u"image.qcow2"_s)}, &out),
                 qPrintable(out));
    }

    void typedApi()
    {
        const QByteArray bytes = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                                 "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"><References>"
                                 "<File  ovf:id='f' ovf:href='d.vmdk'/></References></Envelope>";
        auto doc = ovf::xml::Document::parse(bytes);
        QVERIFY(doc);
        ovf::xml::Document &d = **doc;
        ovf::xml::Element *file = ovf::Envelope(d.root()).files().constFirst().element();
        QVERIFY(!ovf::PendingSource::of(file));
        const ovf::PendingSource source{u"/images/a b.qcow2"_s, u"qcow2"_s};
        d.swapAttributes(file, source.attributesOn(d, file));
        QCOMPARE(ovf::FileReference(file).pendingSource(), source);
        const QByteArray saved = d.save();
        QVERIFY2(saved.contains("xmlns:ovfw=\"urn:ovf-workbench:1\" ovfw:source=\"/images/a b.qcow2\" ovfw:sourceFormat=\"qcow2\""),
                 saved.constData());
        // Setting again changes the values in place; no second declaration.
        const ovf::PendingSource other{u"/images/b.vdi"_s, u"vdi"_s};
        d.swapAttributes(file, other.attributesOn(d, file));
        QCOMPARE(ovf::PendingSource::of(file), other);
        QCOMPARE(d.save().count("xmlns:ovfw"), 1);
        // Removing it gives the original bytes back (the declaration it brought goes too).
        d.swapAttributes(file, ovf::PendingSource::attributesWithout(d, file));
        QVERIFY(!ovf::PendingSource::of(file));
        QVERIFY2(!d.save().contains("ovfw"), d.save().constData());
        QVERIFY2(d.save().contains("<File  ovf:id='f' ovf:href='d.vmdk'/>"), d.save().constData());
    }

    void packs_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("format");
        QTest::newRow("ova qcow2") << u"a.ova"_s << u"qcow2"_s;
        QTest::newRow("ova raw") << u"b.ova"_s << u"raw"_s;
        QTest::newRow("folder") << u"c-folder"_s << u"qcow2"_s;
        QTest::newRow("zip") << u"d.zip"_s << u"qcow2"_s;
    }

    void packs()
    {
        QFETCH(QString, out);
        QFETCH(QString, format);
        const QString image = path(u"image."_s + format);
        const QString folder = authorFolder(u"src-"_s + out, descriptorFor(image, format));
        auto input = PackInput::open(folder + u"/appliance.ovf"_s);
        QVERIFY2(input, qPrintable(errorText(input)));
        PackageWriterOptions options;
        options.format = PackageWriter::formatForPath(out);
        PackageWriter writer(*input, options);
        qint64 lastDone = 0, lastTotal = 0;
        writer.setProgress([&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        auto result = writer.write(path(out));
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(lastTotal >= (8 << 20));
        QCOMPARE(result->conversions.size(), 1);

        // The package verifies: the manifest's digest of disk1.vmdk is the stream's.
        const VerifyResult verified = PackageVerifier::verify(path(out));
        QVERIFY2(verified.verdict.state == TrustState::Intact, qPrintable(testkit::describe(verified)));

        // The descriptor: no ovfw left, ovf:size the member's size, the Disk updated.
        auto descriptor = ovf::Descriptor::fromBytes(verified.descriptorBytes, u"appliance.ovf"_s);
        QVERIFY(descriptor);
        QVERIFY2(!verified.descriptorBytes.contains("ovfw:source"), verified.descriptorBytes.constData());
        const ovf::FileReference file = (*descriptor)->envelope().files().constFirst();
        QVERIFY(!file.pendingSource());
        const ovf::VirtualDisk disk = (*descriptor)->envelope().disks().constFirst();
        QCOMPARE(disk.format(), u"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"_s);
        QCOMPARE(disk.populatedSize(), QString::number(5 << 20)); // 80 grains of data
        if (options.format == PackageWriterOptions::Format::Ova)
            QVERIFY(verified.descriptorBytes.endsWith(' ') || verified.descriptorBytes.endsWith('\n'));

        // The VMDK, read back out of the package, against the source image.
        QString vmdk = path(out + u"-disk1.vmdk"_s);
        if (options.format == PackageWriterOptions::Format::Folder) {
            vmdk = path(out) + u"/disk1.vmdk"_s;
        } else {
            auto reader = ArchiveReader::open(path(out));
            QVERIFY(reader);
            for (;;) {
                auto header = (*reader)->next();
                QVERIFY(header && *header);
                if ((*header)->name != u"disk1.vmdk")
                    continue;
                auto data = (*reader)->readAll(qint64(64) << 20);
                QVERIFY(data);
                QVERIFY(testkit::writeFile(vmdk, *data));
                break;
            }
        }
        QCOMPARE(file.size(), QString::number(QFileInfo(vmdk).size()));
        QString output;
        QVERIFY2(qemuImg({u"check"_s, u"-f"_s, u"vmdk"_s, vmdk}, &output), qPrintable(output));
        QVERIFY2(qemuImg({u"compare"_s, u"-f"_s, format, u"-F"_s, u"vmdk"_s, image, vmdk}, &output), qPrintable(output));
        // An independent tar reader agrees with our header patched after the data.
        if (options.format == PackageWriterOptions::Format::Ova) {
            QProcess tar;
            tar.start(u"tar"_s, {u"-tvf"_s, path(out)});
            QVERIFY(tar.waitForFinished(60000) && tar.exitCode() == 0);
            QVERIFY2(tar.readAllStandardOutput().contains(QByteArray(QByteArray::number(QFileInfo(vmdk).size()) + " 1970")),
                     "tar lists the VMDK with its size");
        }
    }

    void opener()
    {
        // The opener answers for a source that is no file here; its size is still held to the
        // Disk's capacity.
        const QByteArray bytes = testkit::readFile(path(u"image.raw"_s));
        const QString folder = authorFolder(u"src-opener"_s, descriptorFor(u"/nowhere/domain-disk"_s, u"qcow2"_s));
        auto input = PackInput::open(folder + u"/appliance.ovf"_s);
        QVERIFY2(input, qPrintable(errorText(input)));
        MemoryOpener opener(bytes);
        PackageWriterOptions options;
        options.pendingOpener = &opener;
        PackageWriter writer(*input, options);
        auto result = writer.write(path(u"opener.ova"_s));
        QVERIFY2(result, qPrintable(errorText(result)));
        QCOMPARE(opener.asked, QStringList({u"/nowhere/domain-disk"_s, u"/nowhere/domain-disk"_s}));
        const VerifyResult verified = PackageVerifier::verify(path(u"opener.ova"_s));
        QVERIFY2(verified.verdict.state == TrustState::Intact, qPrintable(testkit::describe(verified)));
        auto reader = ArchiveReader::open(path(u"opener.ova"_s));
        QVERIFY(reader);
        for (;;) {
            auto header = (*reader)->next();
            QVERIFY(header && *header);
            if ((*header)->name != u"disk1.vmdk")
                continue;
            auto data = (*reader)->readAll(qint64(64) << 20);
            QVERIFY(data && testkit::writeFile(path(u"opener.vmdk"_s), *data));
            break;
        }
        QString output;
        QVERIFY2(qemuImg({u"compare"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"vmdk"_s, path(u"image.raw"_s), path(u"opener.vmdk"_s)}, &output),
                 qPrintable(output));

        // Larger than the Disk's 4 MiB capacity: refused before anything is written.
        const QString small = authorFolder(u"src-opener-small"_s, descriptorFor(u"/nowhere/domain-disk"_s, u"raw"_s, "4"));
        auto smallInput = PackInput::open(small + u"/appliance.ovf"_s);
        QVERIFY(smallInput);
        PackageWriter refused(*smallInput, options);
        auto none = refused.write(path(u"opener-small.ova"_s));
        QVERIFY(!none);
        QCOMPARE(none.error().cause, PackageWriteError::Cause::Conversion);
        QVERIFY2(none.error().detail.contains(u"capacity"_s), qPrintable(errorText(none)));
        QVERIFY(!QFileInfo::exists(path(u"opener-small.ova"_s)));
    }

    void cancelLeavesNothing()
    {
        const QString folder = authorFolder(u"src-cancel"_s, descriptorFor(path(u"image.qcow2"_s), u"qcow2"_s));
        auto input = PackInput::open(folder + u"/appliance.ovf"_s);
        QVERIFY(input);
        PackageWriter writer(*input, {});
        std::atomic<bool> cancel = false;
        writer.setCancelFlag(&cancel);
        writer.setProgress([&cancel](qint64 done, qint64) { cancel = done > (1 << 20); });
        QDir().mkpath(path(u"cancel-out"_s));
        auto result = writer.write(path(u"cancel-out/x.ova"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().cause, PackageWriteError::Cause::Cancelled);
        QCOMPARE(QDir(path(u"cancel-out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("descriptor");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("reason");
        using C = PackageWriteError::Cause;
        QTest::newRow("larger than its Disk") << descriptorFor(path(u"image.qcow2"_s), u"qcow2"_s, "4") << int(C::Conversion) << u"capacity"_s;
        QTest::newRow("no format") << descriptorFor(path(u"image.qcow2"_s), {}) << -1 << u"sourceFormat"_s; // refused by PackInput
        QTest::newRow("wrong format") << descriptorFor(path(u"image.qcow2"_s), u"vdi"_s) << int(C::Conversion) << u"cannot read it as vdi"_s;
        QTest::newRow("missing") << descriptorFor(path(u"nothing.qcow2"_s), u"qcow2"_s) << int(C::MissingSource) << QString();
    }

    void refuses()
    {
        QFETCH(QByteArray, descriptor);
        QFETCH(int, cause);
        QFETCH(QString, reason);
        const QString folder = authorFolder(u"src-refuse-"_s + QString::fromLatin1(QTest::currentDataTag()), descriptor);
        auto input = PackInput::open(folder + u"/appliance.ovf"_s);
        if (cause < 0) {
            QVERIFY(!input);
            QVERIFY2(input.error().contains(reason), qPrintable(input.error()));
            return;
        }
        QVERIFY2(input, qPrintable(errorText(input)));
        const auto result = PackageWriter(*input, {}).write(path(u"refused.ova"_s));
        QVERIFY(!result);
        QCOMPARE(int(result.error().cause), cause);
        QVERIFY2(result.error().detail.contains(reason), qPrintable(errorText(result)));
        if (result.error().cause == PackageWriteError::Cause::MissingSource)
            QCOMPARE(result.error().path, path(u"nothing.qcow2"_s));
        QVERIFY(!QFile::exists(path(u"refused.ova"_s)));
    }

    void refusesChunking()
    {
        const QString folder = authorFolder(u"src-chunk"_s, descriptorFor(path(u"image.qcow2"_s), u"qcow2"_s));
        auto input = PackInput::open(folder + u"/appliance.ovf"_s);
        QVERIFY(input);
        PackageWriterOptions options;
        options.chunkSize = 1 << 20;
        auto result = PackageWriter(*input, options).write(path(u"chunked.ova"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().cause, PackageWriteError::Cause::InvalidOptions);
    }

    // A package from elsewhere must not make the packer read this machine's files.
    void refusesPendingSourceInsideAnArchive()
    {
        const QByteArray descriptor = descriptorFor(u"/etc/hostname"_s, u"raw"_s);
        const QByteArray ova = testkit::tar({{"appliance.ovf", descriptor}, {"readme.txt", "read me\n"}});
        QVERIFY(testkit::writeFile(path(u"hostile.ova"_s), ova));
        auto input = PackInput::open(path(u"hostile.ova"_s));
        QVERIFY(!input);
        QVERIFY2(input.error().contains(u"ovfw:source"_s), qPrintable(input.error()));
    }
};

QTEST_GUILESS_MAIN(TestPendingDisks)
#include "tst_pendingdisks.moc"
