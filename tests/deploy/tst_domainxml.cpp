// Domain XML generation: the RASD mapping, the writer's escaping, and every corpus descriptor
// with hardware turned into domain XML that libvirt's own schema accepts (virt-xml-validate)
// and that libvirt's test driver defines and undefines.
#include "model/deploy/domainxml.h"
#include "model/deploy/domainxmlbuilder.h"
#include "model/deploy/libvirtconnection.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

// A descriptor with the given Items inside one VirtualSystem.
QByteArray envelopeWith(const QByteArray &items)
{
    return "<?xml version=\"1.0\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\"\n"
           " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">\n"
           " <References/>\n"
           " <VirtualSystem ovf:id=\"vm\"><Info>x</Info>\n"
           "  <VirtualHardwareSection><Info>hw</Info>"
        + items + "</VirtualHardwareSection>\n </VirtualSystem>\n</Envelope>\n";
}

QByteArray item(int type, const QByteArray &id, const QByteArray &extra = {})
{
    return "<Item><rasd:ElementName>e" + id + "</rasd:ElementName><rasd:InstanceID>" + id
        + "</rasd:InstanceID><rasd:ResourceType>" + QByteArray::number(type) + "</rasd:ResourceType>" + extra
        + "</Item>";
}

QList<HardwareItem> firstHardware(const Descriptor &d)
{
    for (const Entity &e : d.envelope().allEntities()) {
        if (e.isCollection())
            continue;
        const Section s = e.section(SectionKind::VirtualHardware);
        if (s)
            return VirtualHardwareSection(s.element()).items();
    }
    return {};
}

// Fills what the deployer would: disk files, networks.
void complete(DomainSpec &spec, const QString &folder)
{
    int n = 0;
    for (DomainSpec::Disk &disk : spec.disks) {
        if (disk.device == DomainSpec::Device::Disk)
            disk.file = folder + u"/"_s + spec.name + u"-disk"_s + QString::number(++n) + u".qcow2"_s;
    }
    for (DomainSpec::Nic &nic : spec.nics)
        nic.network = u"default"_s;
}

std::optional<QString> validate(const QByteArray &xml, const QString &dir)
{
    const QString file = dir + u"/domain.xml"_s;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
        return u"cannot write "_s + file;
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"virt-xml-validate"_s, {file, u"domain"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return u"virt-xml-validate did not run"_s;
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAll());
    return std::nullopt;
}

} // namespace

class TestDomainXml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"virt-xml-validate"_s).isEmpty(),
                 "virt-xml-validate is missing (Debian package libvirt-clients; ./dev.sh installs it)");
    }

    void mapping()
    {
        const QByteArray items = item(3, "1", "<rasd:VirtualQuantity>2</rasd:VirtualQuantity>")
            + item(4, "2", "<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:VirtualQuantity>768</rasd:VirtualQuantity>")
            + item(6, "3", "<rasd:ResourceSubType>lsilogicsas</rasd:ResourceSubType>")
            + item(5, "4") + item(5, "5")
            + item(20, "6", "<rasd:ResourceSubType>vmware.sata.ahci</rasd:ResourceSubType>")
            + item(17, "7", "<rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:Parent>3</rasd:Parent><rasd:AddressOnParent>0</rasd:AddressOnParent>")
            + item(15, "8", "<rasd:Parent>5</rasd:Parent><rasd:AddressOnParent>1</rasd:AddressOnParent>")
            + item(17, "9", "<rasd:HostResource>ovf:/disk/vmdisk2</rasd:HostResource><rasd:Parent>6</rasd:Parent>")
            + item(10, "10", "<rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType><rasd:Connection>VM Network</rasd:Connection>")
            + item(10, "11", "<rasd:ResourceSubType>PCNet32</rasd:ResourceSubType>")
            + item(10, "12", "<rasd:ResourceSubType>Tulip</rasd:ResourceSubType>")
            + item(35, "13") + item(21, "14");
        auto d = Descriptor::fromBytes(envelopeWith(items), u"mapping.ovf"_s);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
        const DomainSpec spec = DomainXmlBuilder::fromHardware(firstHardware(**d), {u"vm1"_s, u"qemu"_s, u"/tmp/x.log"_s});
        QCOMPARE(spec.vcpus, 2);
        QCOMPARE(spec.memoryBytes, quint64(768) << 20);
        QCOMPARE(spec.controllers.size(), 3);
        QCOMPARE(spec.controllers[0].model, u"lsisas1068"_s);
        QCOMPARE(spec.controllers[1].type, u"ide"_s);
        QCOMPARE(spec.controllers[2].type, u"sata"_s);
        QCOMPARE(spec.disks.size(), 3);
        QCOMPARE(spec.disks[0].bus, DomainSpec::Bus::Scsi);
        QCOMPARE(spec.disks[0].ovfDiskId, u"vmdisk1"_s);
        QCOMPARE(spec.disks[0].bootOrder, 1);
        QCOMPARE(spec.disks[1].bus, DomainSpec::Bus::Sata);
        QCOMPARE(spec.disks[2].device, DomainSpec::Device::Cdrom);
        QCOMPARE(spec.disks[2].unit, 3); // second channel, unit 1: hdd
        QCOMPARE(spec.nics.size(), 3);
        QCOMPARE(spec.nics[0].model, u"vmxnet3"_s);
        QCOMPARE(spec.nics[0].ovfNetwork, u"VM Network"_s);
        QCOMPARE(spec.nics[1].model, u"pcnet"_s);
        QCOMPARE(spec.nics[2].model, u"e1000"_s);
        QCOMPARE(spec.serials.size(), 1);
        QCOMPARE(spec.serials[0].kind, DomainSpec::Serial::Kind::File);
        QVERIFY2(spec.notes.join(u'\n').contains(u"Tulip"_s), qPrintable(spec.notes.join(u'\n')));
        QVERIFY(spec.notes.join(u'\n').contains(u"sound"_s));

        const QByteArray xml = DomainXml::write(spec);
        QVERIFY(xml.contains("<target dev=\"hdd\" bus=\"ide\"/>"));
        QVERIFY(xml.contains("<controller type=\"scsi\" index=\"0\" model=\"lsisas1068\"/>"));
        QTemporaryDir dir;
        DomainSpec completed = spec;
        complete(completed, dir.path());
        const auto problem = validate(DomainXml::write(completed), dir.path());
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }

    void escaping()
    {
        DomainSpec spec;
        spec.name = u"a&b"_s;
        DomainSpec::Disk disk;
        disk.file = u"/tmp/x\"<y>&z.qcow2"_s;
        spec.disks << disk;
        const QByteArray xml = DomainXml::write(spec);
        QXmlStreamReader reader(xml);
        QString source;
        QString name;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"source")
                source = reader.attributes().value(u"file"_s).toString();
            else if (reader.name() == u"name")
                name = reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(source, disk.file);
        QCOMPARE(name, spec.name);
    }

    void targetNames()
    {
        QCOMPARE(DomainXml::targetDevice(DomainSpec::Bus::Ide, 0), u"hda"_s);
        QCOMPARE(DomainXml::targetDevice(DomainSpec::Bus::Scsi, 25), u"sdz"_s);
        QCOMPARE(DomainXml::targetDevice(DomainSpec::Bus::Sata, 26), u"sdaa"_s);
        QCOMPARE(DomainXml::targetDevice(DomainSpec::Bus::Virtio, 1), u"vdb"_s);
    }

    void corpus()
    {
        auto connection = LibvirtConnection::open(u"test:///default"_s);
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
        QTemporaryDir dir;
        int withHardware = 0;
        QStringList failures;
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            auto d = Descriptor::load(path);
            if (!d || (*d)->kind() != Descriptor::Kind::Envelope)
                continue;
            int system = 0;
            for (const Entity &e : (*d)->envelope().allEntities()) {
                if (e.isCollection())
                    continue;
                const Section s = e.section(SectionKind::VirtualHardware);
                if (!s)
                    continue;
                // The effective items of the default configuration (or the first).
                QString configuration;
                for (const Configuration &c : (*d)->envelope().configurations()) {
                    if (configuration.isNull() || c.isDefault())
                        configuration = c.id();
                }
                const QList<EffectiveItem> items = effectiveItems(VirtualHardwareSection(s.element()).items(), configuration);
                if (items.isEmpty())
                    continue;
                ++withHardware;
                DomainXmlBuilder::Options options;
                options.name = u"corpus-%1-%2"_s.arg(withHardware).arg(++system);
                options.serialLog = dir.filePath(options.name + u".log"_s);
                DomainSpec spec = DomainXmlBuilder::fromHardware(items, options);
                complete(spec, dir.path());
                const QByteArray xml = DomainXml::write(spec);
                const QString where = QDir(QStringLiteral(OVFW_CORPUS_DIR)).relativeFilePath(path) + u" "_s + e.displayName();
                if (const auto problem = validate(xml, dir.path())) {
                    failures << where + u": virt-xml-validate: "_s + *problem;
                    continue;
                }
                auto defined = (*connection)->defineDomain(xml);
                if (!defined) {
                    failures << where + u": define: "_s + defined.error().toString();
                    continue;
                }
                QCOMPARE(*defined, options.name);
                QVERIFY((*connection)->hasDomain(options.name));
                auto undefined = (*connection)->undefineDomain(options.name);
                QVERIFY2(undefined, qPrintable(where + (undefined ? QString() : undefined.error().toString())));
                QVERIFY(!(*connection)->hasDomain(options.name));
            }
        }
        qInfo("%d virtual systems with hardware", withHardware);
        QVERIFY2(withHardware >= 40, "fewer corpus systems with hardware than expected");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
