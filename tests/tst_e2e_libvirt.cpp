// End to end on a real libvirtd with QEMU (TCG): the tiny test appliance is packed as an OVA
// with a manifest, verified, its disk converted straight out of the OVA into a libvirt dir
// pool by LibvirtBackend (verified while converted), an OVF environment ISO attached as a
// CD-ROM, the domain defined from the XML our builder makes out of the package's hardware,
// started; the guest prints ovf-env.xml on its serial console, which must show the values.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/domainxmlbuilder.h"
#include "model/deploy/isotransport.h"
#include "model/deploy/libvirtbackend.h"
#include "model/deploy/libvirtconnection.h"
#include "model/ovf/descriptor.h"
#include "model/package/packageverifier.h"

#include "packagetestkit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamWriter>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

const QString kState = QStringLiteral(OVFW_BINARY_DIR "/e2e/libvirt-state");
const QString kAppliance = QStringLiteral(OVFW_BINARY_DIR "/e2e/appliance");
const QString kScripts = QStringLiteral(OVFW_SOURCE_DIR "/tests/e2e");

int runScript(const QString &script, const QStringList &args, QString *output, int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, QStringList{kScripts + u'/' + script} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *output = u"timed out"_s;
        return -1;
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool virsh(const QStringList &args)
{
    QProcess p;
    p.start(u"virsh"_s, QStringList{u"-c"_s, u"qemu:///system"_s} + args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

// The appliance's descriptor: one system with IDE disk and CD-ROM, a serial port, the ISO
// transport and a product section with typed properties.
QByteArray applianceDescriptor(qint64 vmdkSize)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
           " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\"\n"
           " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">\n"
           " <References><File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\"" + QByteArray::number(vmdkSize) + "\"/></References>\n"
           " <DiskSection><Info>Disks</Info>\n"
           "  <Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"64\" ovf:capacityAllocationUnits=\"byte * 2^20\"\n"
           "   ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
           " </DiskSection>\n"
           " <VirtualSystem ovf:id=\"tiny\"><Info>The test appliance</Info>\n"
           "  <ProductSection><Info>p</Info><Product>Tiny</Product>\n"
           "   <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:value=\"tiny\"/>\n"
           "   <Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:value=\"80\"/>\n"
           "  </ProductSection>\n"
           "  <VirtualHardwareSection ovf:transport=\"iso\"><Info>hw</Info>\n"
           "   <System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID><vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType></System>\n"
           "   <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>\n"
           "   <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>\n"
           "   <Item><rasd:Address>0</rasd:Address><rasd:ElementName>ide0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType></Item>\n"
           "   <Item><rasd:Address>1</rasd:Address><rasd:ElementName>ide1</rasd:ElementName><rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType></Item>\n"
           "   <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:InstanceID>5</rasd:InstanceID><rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>\n"
           "   <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>cd</rasd:ElementName><rasd:InstanceID>6</rasd:InstanceID><rasd:Parent>4</rasd:Parent><rasd:ResourceType>15</rasd:ResourceType></Item>\n"
           "   <Item><rasd:ElementName>serial</rasd:ElementName><rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceType>21</rasd:ResourceType></Item>\n"
           "  </VirtualHardwareSection>\n"
           " </VirtualSystem>\n"
           "</Envelope>\n";
}

// A minimal OVF environment (DSP0243 §11) with the values "entered".
QByteArray environment(const QString &hostname, const QString &port)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"oe"_s);
    w.writeStartElement(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"Environment"_s);
    w.writeAttribute(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"id"_s, u"tiny"_s);
    w.writeStartElement(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"PropertySection"_s);
    for (const auto &[key, value] : {std::pair{u"hostname"_s, hostname}, std::pair{u"port"_s, port}}) {
        w.writeEmptyElement(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"Property"_s);
        w.writeAttribute(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"key"_s, key);
        w.writeAttribute(u"http://schemas.dmtf.org/ovf/environment/1"_s, u"value"_s, value);
    }
    w.writeEndDocument();
    return out;
}

} // namespace

class TestE2eLibvirt : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_tempDir;
    QTemporaryDir &dir() { return *m_tempDir; }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(QStringLiteral(OVFW_BINARY_DIR "/e2e")));
        m_tempDir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/run-XXXXXX"));
        QVERIFY(dir().isValid());
        QString output;
        QElapsedTimer clock;
        clock.start();
        const int built = runScript(u"build-test-appliance.sh"_s, {kAppliance}, &output);
        QVERIFY2(built == 0, qPrintable(u"cannot build the test appliance:\n"_s + output));
        qInfo("test appliance ready in %.1f s", double(clock.elapsed()) / 1000);
        const int up = runScript(u"libvirtd-up.sh"_s, {kState}, &output, 300000);
        if (up != 0) {
            std::fprintf(stderr, "SKIP: libvirtd cannot be started here, so the end-to-end deploy is not run:\n%s\n",
                         qPrintable(output));
            std::exit(77);
        }
        m_startedDaemon = !QFileInfo::exists(kState + u"/external"_s);
    }

    void deployBootAndReadEnvironment()
    {
        // The package.
        const QByteArray vmdk = testkit::readFile(kAppliance + u"/disk1.vmdk"_s);
        QVERIFY(!vmdk.isEmpty());
        const QByteArray ovf = applianceDescriptor(vmdk.size());
        const QString ova = dir().filePath(u"tiny.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar({{"tiny.ovf", ovf},
                                                       {"tiny.mf", testkit::manifest({{"tiny.ovf", ovf}, {"disk1.vmdk", vmdk}})},
                                                       {"disk1.vmdk", vmdk}})));
        const ovf::package::VerifyResult verified = ovf::package::PackageVerifier::verify(ova);
        QVERIFY(!verified.isInvalid());
        QVERIFY(verified.descriptor);

        // A dir pool of our own in the run folder.
        const QString poolName = u"ovfw-e2e-%1"_s.arg(QCoreApplication::applicationPid());
        const QString poolDir = dir().filePath(u"pool"_s);
        QVERIFY(QDir().mkpath(poolDir));
        QVERIFY(virsh({u"pool-create-as"_s, poolName, u"dir"_s, u"--target"_s, poolDir}));
        const auto dropPool = qScopeGuard([&] { virsh({u"pool-destroy"_s, poolName}); });

        Backend::Config config;
        config.kind = Backend::Kind::Libvirt;
        config.uri = u"qemu:///system"_s;
        config.pool = poolName;
        // TCG, as on the CI machines: a /dev/kvm may be present without being able to run
        // SeaBIOS (nested virtualization), and the guest is tiny.
        config.domainType = u"qemu"_s;
        auto created = Backend::create(config);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        Backend &backend = **created;
        QVERIFY(backend.checkFreeSpace(qint64(64) << 20));
        QElapsedTimer clock;
        clock.start();
        auto disk = backend.convertDisk({&verified, u"file1"_s, quint64(64) << 20, u"tiny-disk1"_s, DiskFormat::Qcow2}, {}, nullptr);
        QVERIFY2(disk, qPrintable(disk ? QString() : disk.error().toString()));
        qInfo("disk converted and verified in %.2f s", double(clock.elapsed()) / 1000);
        QCOMPARE(disk->pool, poolName);

        const QString hostname = u"e2e-host-%1"_s.arg(QCoreApplication::applicationPid());
        const QString isoPath = dir().filePath(u"env.iso"_s);
        auto iso = IsoTransport::write(isoPath, {IsoFile{u"ovf-env.xml"_s, {}, environment(hostname, u"8080"_s)}});
        QVERIFY2(iso, qPrintable(iso ? QString() : iso.error()));
        const QString domainName = u"ovfw-e2e-%1"_s.arg(QCoreApplication::applicationPid());
        auto attached = backend.addIso(domainName, isoPath);
        QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().toString()));

        // The domain, from the package's own hardware.
        const ovf::Entity system = verified.descriptor->envelope().content();
        const ovf::VirtualHardwareSection hardware(system.section(ovf::SectionKind::VirtualHardware).element());
        DomainXmlBuilder::Options options;
        options.name = domainName;
        options.type = backend.domainType();
        options.serialLog = dir().filePath(u"serial.log"_s);
        DomainSpec spec = DomainXmlBuilder::fromHardware(hardware.items(), options);
        bool cdrom = false;
        for (DomainSpec::Disk &d : spec.disks) {
            if (d.device == DomainSpec::Device::Disk && d.ovfDiskId == u"vmdisk1") {
                d.file = disk->file;
                d.format = disk->format;
            } else if (d.device == DomainSpec::Device::Cdrom && !cdrom) {
                d.file = *attached;
                cdrom = true;
            }
        }
        QVERIFY(cdrom);
        auto xml = backend.define(spec);
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().toString()));
        clock.restart();
        auto started = backend.start(domainName);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));

        // The guest prints its environment between the markers, then powers off.
        QByteArray serial;
        while (clock.elapsed() < 120000) {
            serial = testkit::readFile(options.serialLog);
            if (serial.contains("===OVF-ENV-END===") || serial.contains("===OVF-ENV-NO-CDROM==="))
                break;
            QThread::msleep(500);
        }
        qInfo("guest printed its environment %.1f s after start", double(clock.elapsed()) / 1000);
        const qsizetype begin = serial.indexOf("===OVF-ENV-BEGIN===");
        const qsizetype end = serial.indexOf("===OVF-ENV-END===");
        QVERIFY2(begin >= 0 && end > begin, serial.right(2000).constData());
        const QByteArray printed = serial.mid(begin, end - begin);
        QVERIFY2(printed.contains(hostname.toUtf8()), printed.constData());
        QVERIFY2(printed.contains("oe:value=\"8080\""), printed.constData());

        // Roll back: the domain and the files it created go; the pool stays clean.
        const QStringList problems = backend.rollback();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        LibvirtConnection &conn = static_cast<LibvirtBackend &>(backend).connection();
        QVERIFY(!conn.hasDomain(domainName));
        QVERIFY(!QFileInfo::exists(disk->file));
        QVERIFY(!conn.hasVolume(poolName, u"tiny-disk1.qcow2"_s));
    }

    void cleanupTestCase()
    {
        if (m_startedDaemon) {
            QString output;
            runScript(u"libvirtd-down.sh"_s, {kState}, &output);
        }
    }
};

QTEST_GUILESS_MAIN(TestE2eLibvirt)
#include "tst_e2e_libvirt.moc"
