// End to end: the VMDK our streamOptimized writer makes boots. The tiny appliance's raw disk is
// turned into a qcow2 and named as a pending source (ovfw:source) by an authored descriptor;
// `ovfctl pack` converts it into the OVA's streamOptimized VMDK; `ovfctl deploy --target
// libvirt` deploys that OVA to a real libvirtd running QEMU (TCG), powered on; the guest prints
// the ovf-env.xml it received on its serial console.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"

#include "e2etestkit.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

const QByteArray kProduct =
    "  <ProductSection><Info>p</Info><Product>Tiny</Product><Version>1.0</Version>\n"
    "   <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"tiny\"/>\n"
    "  </ProductSection>\n";

using e2ekit::run;
using e2ekit::Run;

} // namespace

class TestE2eStreamVmdk : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LibvirtConnection> m_conn;

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/streamvmdk-XXXXXX"));
        QVERIFY(m_dir->isValid());
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void packedDiskBoots()
    {
        const QString qcow2 = m_dir->filePath(u"boot.qcow2"_s);
        const Run converted = run(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s,
                                                  e2ekit::kAppliance + u"/boot.img"_s, qcow2});
        QVERIFY2(converted.exitCode == 0, qPrintable(converted.out));
        // The appliance's descriptor, its File turned into a pending source.
        QByteArray ovf = e2ekit::applianceDescriptor(0, kProduct);
        ovf.replace("ovf:size=\"0\"", QByteArray("ovfw:source=\"" + qcow2.toUtf8() + "\" ovfw:sourceFormat=\"qcow2\""));
        ovf.replace("<Envelope ", "<Envelope xmlns:ovfw=\"urn:ovf-workbench:1\" ");
        QVERIFY(QDir().mkpath(m_dir->filePath(u"authored"_s)));
        const QString authored = m_dir->filePath(u"authored/tiny.ovf"_s);
        QVERIFY(testkit::writeFile(authored, ovf));
        const QString ova = m_dir->filePath(u"tiny.ova"_s);
        const Run packed = run(QStringLiteral(OVFCTL_PATH), {u"pack"_s, authored, ova});
        QVERIFY2(packed.exitCode == 0, qPrintable(packed.out));
        QVERIFY2(packed.out.contains(u"converted disk1.vmdk"_s), qPrintable(packed.out));

        const QString vm = u"ovfw-svw-%1"_s.arg(QCoreApplication::applicationPid());
        const QString disks = m_dir->filePath(u"disks"_s);
        QVERIFY(QDir().mkpath(disks));
        const auto cleanup = qScopeGuard([&] {
            if (m_conn->isDomainActive(vm))
                m_conn->destroyDomain(vm);
            if (m_conn->hasDomain(vm))
                m_conn->undefineDomain(vm);
        });
        const Run deployed = run(QStringLiteral(OVFCTL_PATH),
                                 {u"deploy"_s, ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, u"qemu:///system"_s,
                                  u"--storage"_s, disks, u"--name"_s, u"tiny="_s + vm, u"--prop"_s, u"hostname=svw-boot"_s,
                                  u"--power-on"_s},
                                 m_dir->path());
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.out));
        auto printed = e2ekit::waitForEnvironment(m_dir->filePath(vm + u"-console.log"_s));
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        QVERIFY2(printed->contains("value=\"svw-boot\""), printed->constData());
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_GUILESS_MAIN(TestE2eStreamVmdk)
#include "tst_e2e_streamvmdk.moc"
