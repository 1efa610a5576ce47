// The appliance builder behind `ovfctl new` and File > New: every template, OVF 1.0 and 2.0,
// with and without disks, networks, controllers and firmware, validates without errors; disk
// images are inspected with qemu-img and never modified.
#include "model/authoring/appliancebuilder.h"
#include "model/authoring/appliancetemplate.h"
#include "model/authoring/diskimport.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/ovf/cimostypes.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/sections.h"
#include "model/validation/validator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::authoring;
using ovf::commands::DeviceSpec;

namespace {

QStringList errorsOf(const ovf::Descriptor &d)
{
    QStringList out;
    for (const auto &p : ovf::validation::validate(d).problems) {
        if (p.severity == ovf::validation::Severity::Error)
            out << p.toString();
    }
    return out;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

bool qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(u"qemu-img"_s, args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

} // namespace

class TestApplianceBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_qcow2;
    QString m_raw;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A 32 MiB sparse raw image with 1 MiB of data, and the same as qcow2.
        m_raw = m_dir.filePath(u"data.img"_s);
        QFile raw(m_raw);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        QVERIFY(raw.resize(32 << 20));
        QVERIFY(raw.seek(4 << 20));
        raw.write(QByteArray(1 << 20, 'x'));
        raw.close();
        m_qcow2 = m_dir.filePath(u"system.qcow2"_s);
        QVERIFY(qemuImg({u"convert"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, m_raw, m_qcow2}));
    }

    void inspectsImages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("qcow2") << u"qcow2"_s << u"qcow2"_s;
        QTest::newRow("vmdk streamOptimized") << u"vmdk:streamOptimized"_s << u"vmdk"_s;
        QTest::newRow("vmdk monolithicFlat") << u"vmdk:monolithicFlat"_s << u"vmdk"_s;
        QTest::newRow("vmdk twoGbMaxExtentSparse") << u"vmdk:twoGbMaxExtentSparse"_s << u"vmdk"_s;
        QTest::newRow("vdi") << u"vdi"_s << u"vdi"_s;
        QTest::newRow("vhd") << u"vpc"_s << u"vpc"_s;
        QTest::newRow("vhdx") << u"vhdx"_s << u"vhdx"_s;
        QTest::newRow("raw") << u"raw"_s << u"raw"_s;
    }

    void inspectsImages()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const QString fmt = format.section(u':', 0, 0);
        const QString sub = format.section(u':', 1, 1);
        const QString path = m_dir.filePath(u"image-"_s + QString(format).replace(u':', u'-') + u'.' + fmt);
        QStringList args{u"convert"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-O"_s, fmt};
        if (!sub.isEmpty())
            args << u"-o"_s << u"subformat="_s + sub;
        QVERIFY(qemuImg(args << m_raw << path));
        const QByteArray before = sha(path);
        const auto image = DiskImporter::inspect(path);
        QVERIFY2(image, qPrintable(image ? QString() : image.error()));
        QCOMPARE(image->format, expected);
        // VHD rounds the size up to its disk geometry.
        QVERIFY2(image->virtualBytes >= (quint64(32) << 20) && image->virtualBytes < (quint64(33) << 20),
                 qPrintable(QString::number(image->virtualBytes)));
        // The data the image holds: a sparse format reports the 1 MiB written (in its
        // allocation granularity); flat extents and VHDX report everything as data.
        QVERIFY2(image->populatedBytes >= (quint64(1) << 20) && image->populatedBytes <= image->virtualBytes,
                 qPrintable(QString::number(image->populatedBytes)));
        if (format == u"qcow2" || format == u"vdi")
            QVERIFY2(image->populatedBytes <= (quint64(8) << 20), qPrintable(QString::number(image->populatedBytes)));
        QCOMPARE(sha(path), before); // never modified
    }

    void refusesBackingFilesAndWrongFormats()
    {
        const QString overlay = m_dir.filePath(u"overlay.qcow2"_s);
        QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-b"_s, m_qcow2, u"-F"_s, u"qcow2"_s, overlay}));
        const auto refused = DiskImporter::inspect(overlay);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"backing file"_s), qPrintable(refused.error()));
        const auto wrong = DiskImporter::inspect(m_qcow2, u"raw"_s);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"qcow2 image, not raw"_s), qPrintable(wrong.error()));
        QVERIFY(!DiskImporter::inspect(m_dir.filePath(u"missing.img"_s)));
        QVERIFY(!DiskImporter::inspect(m_raw, u"iso"_s));
    }

    void everyCombinationValidates_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("full");
        for (const ApplianceTemplate &t : ApplianceTemplate::all()) {
            for (int version : {1, 2}) {
                for (bool full : {false, true}) {
                    QTest::addRow("%s ovf%d %s", qPrintable(t.id), version, full ? "full" : "bare")
                        << t.id << version << full;
                }
            }
        }
    }

    void everyCombinationValidates()
    {
        QFETCH(QString, templateId);
        QFETCH(int, version);
        QFETCH(bool, full);
        ApplianceSpec spec;
        spec.name = u"My Appliance 1"_s;
        spec.templateId = templateId;
        spec.ovfMajorVersion = version;
        if (full) {
            spec.os = u"debian 64-bit"_s;
            spec.cpus = 4;
            spec.memoryBytes = quint64(3) << 30;
            spec.firmware = ovf::commands::SetFirmwareCommand::Firmware::Efi;
            spec.controller = DeviceSpec::Kind::SataController;
            spec.networks = {{u"frontend"_s, u"virtio"_s}, {u"backend"_s, {}}};
            const auto a = DiskImporter::inspect(m_qcow2);
            const auto b = DiskImporter::inspect(m_raw);
            QVERIFY(a && b);
            spec.disks = {*a, *b};
        }
        const QByteArray before = sha(m_qcow2);
        auto built = ApplianceBuilder::build(spec);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().join(u'\n')));
        const ovf::Descriptor &d = **built;
        QCOMPARE(d.version(), version == 2 ? ovf::ns::OvfVersion::V2 : ovf::ns::OvfVersion::V1);
        QVERIFY2(errorsOf(d).isEmpty(), qPrintable(errorsOf(d).join(u'\n') + u'\n' + QString::fromUtf8(d.xml().save())));
        const ovf::Envelope env = d.envelope();
        QVERIFY(env.referencesElement());
        QVERIFY(env.section(ovf::SectionKind::Disk));
        QVERIFY(env.section(ovf::SectionKind::Network));
        const ovf::Entity vs = env.content();
        QCOMPARE(vs.id(), u"My-Appliance-1"_s);
        QCOMPARE(vs.name().text, u"My Appliance 1"_s);
        QVERIFY(vs.section(ovf::SectionKind::OperatingSystem));
        QVERIFY(vs.section(ovf::SectionKind::VirtualHardware));
        // No warnings about missing CPU or memory either.
        for (const auto &p : ovf::validation::validate(d).problems)
            QVERIFY2(!p.ruleId.startsWith(u"missing-"_s), qPrintable(p.toString()));
        if (!full)
            return;
        QCOMPARE(ovf::OperatingSystemSection(vs.section(ovf::SectionKind::OperatingSystem).element()).osId(), u"96"_s);
        QCOMPARE(env.disks().size(), 2);
        QCOMPARE(env.disks().at(0).capacity(), u"32"_s);
        QCOMPARE(env.disks().at(0).capacityAllocationUnits(), u"byte * 2^20"_s);
        QCOMPARE(env.files().size(), 2);
        QCOMPARE(env.files().at(0).href(), u"system.vmdk"_s);
        QCOMPARE(env.files().at(0).element()->attributeValue(ovf::ns::Workbench, u"source"), m_qcow2);
        QCOMPARE(env.files().at(0).element()->attributeValue(ovf::ns::Workbench, u"sourceFormat"), u"qcow2"_s);
        QCOMPARE(env.files().at(1).element()->attributeValue(ovf::ns::Workbench, u"sourceFormat"), u"raw"_s);
        QCOMPARE(env.networks().size(), 2);
        const ovf::VirtualHardwareSection hw(vs.section(ovf::SectionKind::VirtualHardware).element());
        int nics = 0, disks = 0;
        QString sata;
        for (const ovf::HardwareItem &item : hw.items()) {
            if (item.resourceType() == 20)
                sata = item.instanceId();
            if (item.resourceType() == 10) {
                ++nics;
                QVERIFY(item.resourceSubType() == u"virtio" || !item.resourceSubType().isEmpty());
            }
            if (item.resourceType() == 17) {
                ++disks;
                QCOMPARE(item.parentId(), sata);
            }
            if (item.resourceType() == 3)
                QCOMPARE(item.virtualQuantity(), u"4"_s);
            if (item.resourceType() == 4)
                QCOMPARE(item.virtualQuantity(), u"3072"_s);
        }
        QCOMPARE(nics, 2);
        QCOMPARE(disks, 2);
        QCOMPARE(ovf::commands::SetFirmwareCommand::firmwareOf(hw.element()), u"efi"_s);
        QCOMPARE(sha(m_qcow2), before);
    }

    void refusesWithEveryReason()
    {
        ApplianceSpec spec;
        spec.name = u" "_s;
        spec.templateId = u"hyper-v"_s;
        spec.os = u"Plan 9"_s;
        spec.ovfMajorVersion = 3;
        spec.networks = {{u"a"_s, {}}, {u"a"_s, {}}};
        const auto refused = ApplianceBuilder::build(spec);
        QVERIFY(!refused);
        QCOMPARE(refused.error().size(), 5);
        spec = {};
        spec.name = u"x"_s;
        spec.cpus = 0;
        spec.memoryBytes = 1024;
        const auto twice = ApplianceBuilder::build(spec);
        QVERIFY(!twice);
        QCOMPARE(twice.error().size(), 2);
        QCOMPARE(ovf::CimOsTypes::find(u"ubuntu64"_s)->id, 94);
        QCOMPARE(ovf::CimOsTypes::find(u"96"_s)->id, 96);
        QVERIFY(!ovf::CimOsTypes::find(u"Microsoft Windows Server"_s)); // ambiguous
    }
};

QTEST_GUILESS_MAIN(TestApplianceBuilder)
#include "tst_appliancebuilder.moc"
