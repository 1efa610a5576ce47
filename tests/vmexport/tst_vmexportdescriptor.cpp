// Machine export, the descriptor half: libvirt domain XML -> DomainDescription -> OVF, checked
// with the project's own loader and validator, and mapped back through deploy's
// DomainXmlBuilder (what export writes, deploy reads as the same devices).
#include "model/deploy/domainxmlbuilder.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "model/ovf/hardware.h"
#include "model/validation/validator.h"
#include "model/vmexport/domainreader.h"
#include "model/vmexport/exportdescriptor.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::vmexport;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(OVFW_TEST_DATA_DIR) + u"/vmexport/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

ExportSystem systemOf(const DomainDescription &d)
{
    ExportSystem system;
    system.id = ExportDescriptor::systemId(d.name);
    system.domain = d;
    int n = 0;
    for (qsizetype i = 0; i < d.disks.size(); ++i) {
        if (d.disks.at(i).device != DomainDescription::Disk::Device::Disk)
            continue;
        ++n;
        ExportedDisk disk;
        disk.domainDisk = i;
        disk.fileId = u"%1-file%2"_s.arg(system.id).arg(n);
        disk.diskId = u"%1-disk%2"_s.arg(system.id).arg(n);
        disk.href = disk.diskId + u".vmdk"_s;
        disk.capacityBytes = quint64(n) << 30;
        disk.populatedBytes = quint64(n) << 20;
        system.disks << disk;
    }
    return system;
}

QString problemsText(const ovf::validation::Report &report)
{
    QStringList lines;
    for (const auto &p : report.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestVmExportDescriptor : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDomain()
    {
        auto d = DomainReader::read(readData(u"web.xml"_s));
        QVERIFY2(d, qPrintable(d ? QString() : d.error()));
        QCOMPARE(d->name, u"web"_s);
        QCOMPARE(d->title, u"Web front end"_s);
        QCOMPARE(d->description, u"Serves the shop.\nSecond line & more."_s);
        QCOMPARE(d->memoryBytes, quint64(2) << 30);
        QCOMPARE(d->vcpus, 4);
        QCOMPARE(d->cores, 2);
        QCOMPARE(d->threads, 2);
        QCOMPARE(d->firmware, DomainDescription::Firmware::Efi);
        QVERIFY(d->hasNvram);
        QCOMPARE(d->machine, u"pc-q35-7.2"_s);
        QCOMPARE(d->osinfoId, u"http://debian.org/debian/12"_s);
        QCOMPARE(d->transports, QStringList{u"iso"_s});
        // The rbd network disk is dropped; four drives remain.
        QCOMPARE(d->disks.size(), 4);
        QCOMPARE(d->disks.at(0).source, DomainDescription::Disk::Source::File);
        QCOMPARE(d->disks.at(0).format, u"qcow2"_s);
        QCOMPARE(d->disks.at(0).bus, u"virtio"_s);
        QCOMPARE(d->disks.at(1).source, DomainDescription::Disk::Source::Block);
        QCOMPARE(d->disks.at(1).path, u"/dev/vg0/web-data"_s);
        QCOMPARE(d->disks.at(2).source, DomainDescription::Disk::Source::Volume);
        QCOMPARE(d->disks.at(2).pool, u"fast"_s);
        QCOMPARE(d->disks.at(2).volume, u"web-logs"_s);
        QCOMPARE(d->disks.at(2).unit, 1);
        QCOMPARE(d->disks.at(3).device, DomainDescription::Disk::Device::Cdrom);
        QCOMPARE(d->disks.at(3).unit, 2); // IDE bus 1 unit 0: the secondary master
        QCOMPARE(d->nics.size(), 2);
        QCOMPARE(d->nics.at(0).source, u"default"_s);
        QCOMPARE(d->nics.at(1).kind, DomainDescription::Nic::Kind::Bridge);
        QCOMPARE(d->nics.at(1).source, u"br0"_s);
        QCOMPARE(d->serials, 1);
        const QString dropped = d->dropped.join(u'\n');
        for (const char *what : {"graphics (spice)", "video (qxl)", "channel (org.qemu.guest_agent.0)", "hostdev (pci)",
                                 "input (tablet)", "memballoon (virtio)", "type 'network'"})
            QVERIFY2(dropped.contains(QLatin1StringView(what)), qPrintable(dropped));
    }

    void refusesBadXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("<domain>\n<name>x</nam>") << u"line 2"_s;
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE domain [<!ENTITY a 'b'>]><domain/>") << u"DOCTYPE"_s;
        QTest::newRow("root") << QByteArray("<pool/>") << u"<pool>"_s;
        QTest::newRow("memory") << QByteArray("<domain><name>x</name><memory unit='parsecs'>1</memory></domain>") << u"<memory>"_s;
        QTest::newRow("no name") << QByteArray("<domain><memory>1024</memory></domain>") << u"no <name>"_s;
    }
    void refusesBadXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        auto d = DomainReader::read(xml);
        QVERIFY(!d);
        QVERIFY2(d.error().contains(expected), qPrintable(d.error()));
    }

    void memoryUnits()
    {
        QCOMPARE(DomainReader::memoryBytes(512, QString()), std::optional<quint64>(512 * 1024));
        QCOMPARE(DomainReader::memoryBytes(3, u"MB"_s), std::optional<quint64>(3000000));
        QCOMPARE(DomainReader::memoryBytes(3, u"M"_s), std::optional<quint64>(3 << 20));
        QCOMPARE(DomainReader::memoryBytes(1, u"TiB"_s), std::optional<quint64>(quint64(1) << 40));
        QVERIFY(!DomainReader::memoryBytes(1, u"furlongs"_s));
        QVERIFY(!DomainReader::memoryBytes(quint64(1) << 62, u"TiB"_s));
    }

    void descriptorValidatesAndMapsBack()
    {
        auto d = DomainReader::read(readData(u"web.xml"_s));
        QVERIFY(d);
        QStringList notes;
        DescriptorOptions options;
        options.product = u"Shop"_s;
        options.vendor = u"Example Ltd"_s;
        options.version = u"1.2"_s;
        const QByteArray bytes = ExportDescriptor::write({systemOf(*d)}, options, &notes);
        auto descriptor = ovf::Descriptor::fromBytes(bytes, u"web.ovf"_s);
        QVERIFY2(descriptor, bytes.constData());
        const auto report = ovf::validation::validate(**descriptor);
        QVERIFY2(!report.hasErrors(), qPrintable(problemsText(report) + u'\n' + QString::fromUtf8(bytes)));
        QVERIFY2(notes.join(u'\n').contains(u"NVRAM"_s), qPrintable(notes.join(u'\n')));

        QVERIFY(bytes.contains("<Name>Web front end</Name>"));
        QVERIFY(bytes.contains("Serves the shop.\nSecond line &amp; more."));
        QVERIFY(bytes.contains("vmw:key=\"firmware\" vmw:value=\"efi\""));
        QVERIFY(bytes.contains("<vssd:VirtualSystemType>qemu-pc-q35-7.2</vssd:VirtualSystemType>"));
        QVERIFY(bytes.contains("<vmw:CoresPerSocket ovf:required=\"false\">2</vmw:CoresPerSocket>"));
        QVERIFY(bytes.contains("OperatingSystemSection ovf:id=\"96\""));
        QVERIFY(bytes.contains("<Network ovf:name=\"br0\">"));
        QVERIFY(!bytes.contains("52:54:00")); // MACs only when asked
        QVERIFY(bytes.contains("<Product>Shop</Product>"));
        QVERIFY(bytes.contains("<VirtualHardwareSection ovf:transport=\"iso\">"));

        // Deploy reads it back as the same machine.
        const ovf::Entity system = (*descriptor)->envelope().content();
        QVERIFY(!system.isCollection());
        const auto hardware = system.sections(ovf::SectionKind::VirtualHardware);
        QCOMPARE(hardware.size(), 1);
        const auto items = ovf::hardwareItemsIn(hardware.first().element());
        const auto spec = ovf::deploy::DomainXmlBuilder::fromHardware(items, {u"web2"_s});
        QCOMPARE(spec.vcpus, 4);
        QCOMPARE(spec.memoryBytes, quint64(2) << 30);
        QCOMPARE(spec.nics.size(), 2);
        QCOMPARE(spec.nics.at(0).model, u"virtio"_s);
        QCOMPARE(spec.nics.at(0).ovfNetwork, u"default"_s);
        QCOMPARE(spec.nics.at(1).model, u"e1000e"_s);
        QCOMPARE(spec.nics.at(1).ovfNetwork, u"br0"_s);
        QCOMPARE(spec.disks.size(), 4);
        using Bus = ovf::deploy::DomainSpec::Bus;
        QCOMPARE(spec.disks.at(0).bus, Bus::Virtio);
        QCOMPARE(spec.disks.at(0).ovfDiskId, u"web-disk1"_s);
        QCOMPARE(spec.disks.at(1).bus, Bus::Scsi);
        QCOMPARE(spec.disks.at(2).bus, Bus::Sata);
        QCOMPARE(spec.disks.at(2).unit, 1);
        QCOMPARE(spec.disks.at(3).device, ovf::deploy::DomainSpec::Device::Cdrom);
        QCOMPARE(spec.disks.at(3).bus, Bus::Ide);
        QVERIFY(spec.disks.at(3).file.isEmpty());
        QCOMPARE(spec.controllers.size(), 3); // ide, scsi (virtio-scsi), sata
        bool virtioScsi = false;
        for (const auto &c : spec.controllers)
            virtioScsi = virtioScsi || (c.type == u"scsi" && c.model == u"virtio-scsi");
        QVERIFY(virtioScsi);
        QCOMPARE(spec.serials.size(), 1);
        QVERIFY2(spec.notes.isEmpty(), qPrintable(spec.notes.join(u'\n')));
    }

    void macOnlyWhenAsked()
    {
        auto d = DomainReader::read(readData(u"web.xml"_s));
        QVERIFY(d);
        QStringList notes;
        DescriptorOptions options;
        options.includeMac = true;
        const QByteArray bytes = ExportDescriptor::write({systemOf(*d)}, options, &notes);
        QVERIFY(bytes.contains("<rasd:Address>52:54:00:6b:3c:58</rasd:Address>"));
        QVERIFY(bytes.contains("<rasd:Address>52:54:00:11:22:33</rasd:Address>"));
        auto descriptor = ovf::Descriptor::fromBytes(bytes, u"web.ovf"_s);
        QVERIFY(descriptor);
        QVERIFY(!ovf::validation::validate(**descriptor).hasErrors());
    }

    void severalDomainsMakeACollection()
    {
        auto web = DomainReader::read(readData(u"web.xml"_s));
        QVERIFY(web);
        const QByteArray dbXml = "<domain type='qemu'><name>1db</name><memory unit='MiB'>512</memory><vcpu>1</vcpu>"
                                 "<os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os><devices>"
                                 "<disk type='file' device='disk'><driver type='raw'/><source file='/x/db.img'/>"
                                 "<target dev='hda' bus='ide'/></disk></devices></domain>";
        auto db = DomainReader::read(dbXml);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QStringList notes;
        DescriptorOptions options;
        options.collectionId = u"shop"_s;
        const QByteArray bytes = ExportDescriptor::write({systemOf(*web), systemOf(*db)}, options, &notes);
        auto descriptor = ovf::Descriptor::fromBytes(bytes, u"shop.ovf"_s);
        QVERIFY(descriptor);
        const auto report = ovf::validation::validate(**descriptor);
        QVERIFY2(!report.hasErrors(), qPrintable(problemsText(report) + u'\n' + QString::fromUtf8(bytes)));
        QVERIFY(bytes.contains("<VirtualSystemCollection ovf:id=\"shop\">"));
        QVERIFY(bytes.contains("<StartupSection>"));
        QVERIFY(bytes.contains("ovf:id=\"web\" ovf:order=\"1\""));
        QVERIFY(bytes.contains("ovf:id=\"vm-1db\" ovf:order=\"2\"")); // an id never starts with a digit
        QVERIFY(bytes.contains("vmw:value=\"bios\""));
        QVERIFY(bytes.contains("OperatingSystemSection ovf:id=\"102\""));
        QCOMPARE((*descriptor)->envelope().content().children().size(), 2);
    }

    void deterministic()
    {
        auto d = DomainReader::read(readData(u"web.xml"_s));
        QVERIFY(d);
        QStringList notes;
        const QByteArray a = ExportDescriptor::write({systemOf(*d)}, {}, &notes);
        const QByteArray b = ExportDescriptor::write({systemOf(*d)}, {}, &notes);
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestVmExportDescriptor)
#include "tst_vmexportdescriptor.moc"
