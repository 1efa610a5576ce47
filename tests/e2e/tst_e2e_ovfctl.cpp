// End to end through the command line, as an operator would: an OVA of the tiny appliance
// with a EULA and typed properties is deployed by `ovfctl deploy --target libvirt` to a real
// libvirtd running QEMU (TCG), powered on; the guest prints the ovf-env.xml it received on
// its serial console, which must carry the values given with --prop. Also: without
// --accept-eulas nothing is created, and invalid values are reported at once.
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
    "  <EulaSection><Info>License</Info><License>You may test this appliance.</License></EulaSection>\n"
    "  <ProductSection><Info>p</Info><Product>Tiny</Product><Version>1.0</Version>\n"
    "   <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"tiny\"/>\n"
    "   <Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:userConfigurable=\"true\" ovf:value=\"80\"/>\n"
    "   <Property ovf:key=\"debug\" ovf:type=\"boolean\" ovf:userConfigurable=\"true\" ovf:value=\"false\"/>\n"
    "  </ProductSection>\n";

struct Run
{
    int exitCode = -1;
    QString out;
};

Run ovfctl(const QStringList &args, const QString &consoleDir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // TCG (a /dev/kvm may be present without working for real-mode code), and the console
    // to a file so the test can read what the guest prints.
    env.insert(u"OVFW_DOMAIN_TYPE"_s, u"qemu"_s);
    env.insert(u"OVFW_CONSOLE_LOG_DIR"_s, consoleDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OVFCTL_PATH), args);
    if (!p.waitForFinished(600000))
        return {-1, u"ovfctl did not finish"_s};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TestE2eOvfctl : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    QString m_ova;
    QString m_vm;
    std::unique_ptr<LibvirtConnection> m_conn;

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/cli-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_ova = m_dir->filePath(u"tiny.ova"_s);
        QVERIFY(e2ekit::writeApplianceOva(m_ova, kProduct));
        m_vm = u"ovfw-cli-%1"_s.arg(QCoreApplication::applicationPid());
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void refusesWithoutEulaAcceptanceAndBadValues()
    {
        const QString disks = m_dir->filePath(u"refused"_s);
        QVERIFY(QDir().mkpath(disks));
        const Run run = ovfctl({u"deploy"_s, m_ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, u"qemu:///system"_s,
                                u"--storage"_s, disks, u"--name"_s, u"tiny="_s + m_vm, u"--prop"_s, u"port=99999"_s,
                                u"--prop"_s, u"debug=perhaps"_s},
                               m_dir->path());
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.out.contains(u"port"_s) && run.out.contains(u"debug"_s), qPrintable(run.out)); // all at once
        QVERIFY2(run.out.contains(u"accept-eulas"_s), qPrintable(run.out));
        QVERIFY(!m_conn->hasDomain(m_vm));
        QVERIFY(QDir(disks).isEmpty());
    }

    void deployBootAndReadEnvironment()
    {
        const QString disks = m_dir->filePath(u"disks"_s);
        QVERIFY(QDir().mkpath(disks));
        const QString hostname = u"cli-host-%1"_s.arg(QCoreApplication::applicationPid());
        QElapsedTimer clock;
        clock.start();
        const Run run = ovfctl({u"deploy"_s, m_ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, u"qemu:///system"_s,
                                u"--storage"_s, disks, u"--name"_s, u"tiny="_s + m_vm, u"--prop"_s, u"hostname="_s + hostname,
                                u"--prop"_s, u"port=8443"_s, u"--prop"_s, u"debug=true"_s, u"--accept-eulas"_s,
                                u"--power-on"_s},
                               m_dir->path());
        const auto cleanup = qScopeGuard([&] {
            if (m_conn->isDomainActive(m_vm))
                m_conn->destroyDomain(m_vm);
            if (m_conn->hasDomain(m_vm))
                m_conn->undefineDomain(m_vm);
        });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        qInfo("ovfctl deploy took %.1f s", double(clock.elapsed()) / 1000);
        QVERIFY(m_conn->hasDomain(m_vm));

        auto printed = e2ekit::waitForEnvironment(m_dir->filePath(m_vm + u"-console.log"_s));
        qInfo("guest printed its environment %.1f s after ovfctl started", double(clock.elapsed()) / 1000);
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        for (const QByteArray &value : {hostname.toUtf8(), QByteArray("8443"), QByteArray("true")})
            QVERIFY2(printed->contains(QByteArray(QByteArray("value=\"") + value + QByteArray("\""))), printed->constData());
        QVERIFY2(printed->contains("key=\"hostname\""), printed->constData());
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_GUILESS_MAIN(TestE2eOvfctl)
#include "tst_e2e_ovfctl.moc"
