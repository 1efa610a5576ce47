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

#include "e2etestkit.h"

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
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_tempDir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/run-XXXXXX"));
        QVERIFY(dir().isValid());
    }

    void deployBootAndReadEnvironment()
    {
        // The package.
        const QString ova = dir().filePath(u"tiny.ova"_s);
        QVERIFY(e2ekit::writeApplianceOva(ova, "  <ProductSection><Info>p</Info><Product>Tiny</Product>\n"
                                               "   <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:value=\"tiny\"/>\n"
                                               "   <Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:value=\"80\"/>\n"
                                               "  </ProductSection>\n"));
        const ovf::package::VerifyResult verified = ovf::package::PackageVerifier::verify(ova);
        QVERIFY(!verified.isInvalid());
        QVERIFY(verified.descriptor);

        // A dir pool of our own in the run folder.
        const QString poolName = u"ovfw-e2e-%1"_s.arg(QCoreApplication::applicationPid());
        const QString poolDir = dir().filePath(u"pool"_s);
        QVERIFY(QDir().mkpath(poolDir));
        QVERIFY(e2ekit::virsh({u"pool-create-as"_s, poolName, u"dir"_s, u"--target"_s, poolDir}));
        const auto dropPool = qScopeGuard([&] { e2ekit::virsh({u"pool-destroy"_s, poolName}); });

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
        auto printed = e2ekit::waitForEnvironment(options.serialLog);
        qInfo("guest printed its environment %.1f s after start", double(clock.elapsed()) / 1000);
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        QVERIFY2(printed->contains(hostname.toUtf8()), printed->constData());
        QVERIFY2(printed->contains("oe:value=\"8080\""), printed->constData());

        // Roll back: the domain and the files it created go; the pool stays clean.
        const QStringList problems = backend.rollback();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        LibvirtConnection &conn = static_cast<LibvirtBackend &>(backend).connection();
        QVERIFY(!conn.hasDomain(domainName));
        QVERIFY(!QFileInfo::exists(disk->file));
        QVERIFY(!conn.hasVolume(poolName, u"tiny-disk1.qcow2"_s));
    }

    // virStorageVolUpload through a virStream into a real pool (the test driver has none).
    void uploadIntoAPool()
    {
        const QString poolName = u"ovfw-e2e-up-%1"_s.arg(QCoreApplication::applicationPid());
        const QString poolDir = dir().filePath(u"uppool"_s);
        QVERIFY(QDir().mkpath(poolDir));
        QVERIFY(e2ekit::virsh({u"pool-create-as"_s, poolName, u"dir"_s, u"--target"_s, poolDir}));
        const auto dropPool = qScopeGuard([&] { e2ekit::virsh({u"pool-destroy"_s, poolName}); });
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY(conn);
        const QByteArray data = testkit::payload((3 << 20) + 123, 11);
        const QString source = dir().filePath(u"upload.raw"_s);
        QVERIFY(testkit::writeFile(source, data));
        auto path = (*conn)->createVolume(poolName, u"up.raw"_s, quint64(data.size()), DiskFormat::Raw);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        qint64 last = 0;
        auto uploaded = (*conn)->uploadVolume(poolName, u"up.raw"_s, source, [&](qint64 done, qint64) { last = done; });
        QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().toString()));
        QCOMPARE(last, qint64(data.size()));
        QCOMPARE(testkit::readFile(*path).left(data.size()), data);
        std::atomic<bool> cancel{true};
        auto cancelled = (*conn)->uploadVolume(poolName, u"up.raw"_s, source, {}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, BackendError::Kind::Cancelled);
        QVERIFY((*conn)->deleteVolume(poolName, u"up.raw"_s));
        QVERIFY(!QFileInfo::exists(*path));
    }

    void cleanupTestCase()
    {
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_GUILESS_MAIN(TestE2eLibvirt)
#include "tst_e2e_libvirt.moc"
