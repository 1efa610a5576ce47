// The operator's first run on a freshly installed libvirt host, end to end: a libvirtd with
// no storage pool and no network (a private one, see libvirtd-private.sh: its own config and
// state folders in a mount namespace, so the libvirtd everyone on this machine shares is
// never touched), and `ovfctl deploy PKG --target libvirt --power-on` with no --storage and
// no --net. The default pool is created as virt-install does (a dir pool at
// /var/lib/libvirt/images, started, autostarted), the OVF network goes to QEMU user-mode
// networking, vCloud Director's "none" stays unplugged, the VM is named after the system's
// Name; it boots and prints the environment it received. Then the UEFI variant of the
// appliance (vmw:Config firmware="efi", its disk on SATA) deploys with OVMF on q35, boots
// and prints its environment too.
//
// Exits 77 (ctest: skipped) with the reason when the private libvirtd cannot be started.
#include "e2etestkit.h"
#include "tst_e2e_freshhost_packages.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

} // namespace

class TestE2eFreshHost : public QObject
{
    Q_OBJECT

    QString m_state;
    std::optional<QTemporaryDir> m_dir;
    bool m_up = false;

    // Runs `args` where the private libvirtd is qemu:///system.
    Run inside(const QStringList &args, int timeoutMs = 600000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OVFW_DOMAIN_TYPE"_s, u"qemu"_s);
        env.insert(u"OVFW_CONSOLE_LOG_DIR"_s, m_dir->path());
        p.setProcessEnvironment(env);
        p.start(u"bash"_s, QStringList{e2ekit::kScripts + u"/libvirtd-private.sh"_s, u"run"_s, m_state} + args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, u"timed out: "_s + args.join(u' ')};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }

    Run virsh(const QStringList &args) { return inside(QStringList{u"virsh"_s, u"-c"_s, u"qemu:///system"_s} + args); }

    QString writeOva(const QString &name, const QString &disk, bool efi)
    {
        const QByteArray vmdk = testkit::readFile(disk);
        if (vmdk.isEmpty())
            return {};
        const QByteArray ovf = freshHostDescriptor(vmdk.size(), efi);
        const QString path = m_dir->filePath(name);
        const bool ok = testkit::writeFile(
            path, testkit::tar({{"app.ovf", ovf},
                                {"app.mf", testkit::manifest({{"app.ovf", ovf}, {"disk1.vmdk", vmdk}})},
                                {"disk1.vmdk", vmdk}}));
        return ok ? path : QString();
    }

    // Deploys `ova` with no --storage and no --net, powered on; checks the console.
    void deployAndBoot(const QString &ova, const QString &vm, const QString &hostname)
    {
        QElapsedTimer clock;
        clock.start();
        const Run run = inside({QStringLiteral(OVFCTL_PATH), u"deploy"_s, ova, u"--target"_s, u"libvirt"_s,
                                u"--prop"_s, u"hostname="_s + hostname, u"--power-on"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        qInfo("ovfctl deploy took %.1f s", double(clock.elapsed()) / 1000);
        QVERIFY2(run.out.contains(u"user-mode networking"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"vCloud Director"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"  "_s + vm + u" (started)"_s), qPrintable(run.out));
        auto printed = e2ekit::waitForEnvironment(m_dir->filePath(vm + u"-console.log"_s), 300000);
        qInfo("%s printed its environment %.1f s after ovfctl started", qPrintable(vm), double(clock.elapsed()) / 1000);
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        QVERIFY2(printed->contains(QByteArray("value=\"" + hostname.toUtf8() + "\"")), printed->constData());
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(QStringLiteral(OVFW_BINARY_DIR "/e2e"));
        QString output;
        QVERIFY2(e2ekit::runScript(u"build-test-appliance.sh"_s, {e2ekit::kAppliance}, &output) == 0, qPrintable(output));
        QVERIFY2(e2ekit::runScript(u"build-test-appliance.sh"_s, {e2ekit::kAppliance, u"efi"_s}, &output) == 0,
                 qPrintable(output));
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/freshhost-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_state = m_dir->filePath(u"libvirt"_s);
        if (e2ekit::runScript(u"libvirtd-private.sh"_s, {u"up"_s, m_state}, &output, 300000) != 0) {
            e2ekit::runScript(u"libvirtd-private.sh"_s, {u"down"_s, m_state}, &output);
            std::fprintf(stderr, "SKIP: a private libvirtd cannot be started here:\n%s\n", qPrintable(output));
            std::exit(77);
        }
        m_up = true;
    }

    void startsWithNothing()
    {
        Run pools = virsh({u"pool-list"_s, u"--all"_s, u"--name"_s});
        QCOMPARE(pools.exitCode, 0);
        QVERIFY2(pools.out.trimmed().isEmpty(), qPrintable(pools.out));
        Run nets = virsh({u"net-list"_s, u"--all"_s, u"--name"_s});
        QVERIFY2(nets.out.trimmed().isEmpty() || nets.exitCode != 0, qPrintable(nets.out));
    }

    void dryRunSaysWhatItWillDo()
    {
        const QString ova = writeOva(u"fresh.ova"_s, e2ekit::kAppliance + u"/disk1.vmdk"_s, false);
        QVERIFY(!ova.isEmpty());
        const Run run = inside({QStringLiteral(OVFCTL_PATH), u"deploy"_s, ova, u"--target"_s, u"libvirt"_s, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        for (const QString &needle : {u"it will be created as virt-install does, a directory pool at /var/lib/libvirt/images"_s,
                                      u"uses QEMU user-mode networking"_s, u"What will be mapped or dropped"_s,
                                      u"<interface type=\"user\">"_s, u"<link state=\"down\"/>"_s,
                                      u"<name>Fresh-Host-Appliance</name>"_s})
            QVERIFY2(run.out.contains(needle), qPrintable(run.out + u"\n-- lacks: "_s + needle));
        // A dry run creates nothing.
        QVERIFY(virsh({u"pool-list"_s, u"--all"_s, u"--name"_s}).out.trimmed().isEmpty());
    }

    void biosApplianceOnAFreshHost()
    {
        const QString ova = m_dir->filePath(u"fresh.ova"_s);
        deployAndBoot(ova, u"Fresh-Host-Appliance"_s, u"fresh-bios"_s);
        // The default pool as virt-install makes it.
        const Run info = virsh({u"pool-info"_s, u"default"_s});
        QVERIFY2(info.exitCode == 0, qPrintable(info.out));
        QVERIFY2(info.out.contains(u"running"_s), qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression(u"Autostart:\\s+yes"_s)), qPrintable(info.out));
        const Run xml = virsh({u"pool-dumpxml"_s, u"default"_s});
        QVERIFY2(xml.out.contains(u"type='dir'"_s) && xml.out.contains(u"<path>/var/lib/libvirt/images</path>"_s),
                 qPrintable(xml.out));
        QVERIFY2(virsh({u"vol-list"_s, u"default"_s}).out.contains(u"Fresh-Host-Appliance-vmdisk1.qcow2"_s),
                 "the disk is a volume of the new pool");
        // It lives in the private state folder, not in the shared host's.
        QVERIFY(QFileInfo::exists(m_state + u"/lib/images/Fresh-Host-Appliance-vmdisk1.qcow2"_s));
        const Run domain = virsh({u"dumpxml"_s, u"Fresh-Host-Appliance"_s});
        QVERIFY2(domain.out.count(u"<interface type='user'>"_s) == 2, qPrintable(domain.out));
        QVERIFY2(domain.out.contains(u"<link state='down'/>"_s), qPrintable(domain.out));
    }

    void uefiAppliance()
    {
        const QString ova = writeOva(u"uefi.ova"_s, e2ekit::kAppliance + u"/disk1-efi.vmdk"_s, true);
        QVERIFY(!ova.isEmpty());
        deployAndBoot(ova, u"UEFI-Appliance"_s, u"fresh-uefi"_s);
        // What was defined (a running domain's XML shows the firmware libvirt picked instead of
        // firmware='efi', and the guest may still be running or have powered off by now).
        const Run domain = virsh({u"dumpxml"_s, u"--inactive"_s, u"UEFI-Appliance"_s});
        QVERIFY2(domain.out.contains(u"machine='pc-q35"_s), qPrintable(domain.out));
        QVERIFY2(domain.out.contains(u"<os firmware='efi'>"_s), qPrintable(domain.out));
        // The console shows OVMF's boot manager before the kernel.
        QVERIFY(testkit::readFile(m_dir->filePath(u"UEFI-Appliance-console.log"_s)).contains("BdsDxe"));
    }

    void cleanupTestCase()
    {
        if (m_up) {
            QString output;
            e2ekit::runScript(u"libvirtd-private.sh"_s, {u"down"_s, m_state}, &output);
        }
    }
};

QTEST_GUILESS_MAIN(TestE2eFreshHost)
#include "tst_e2e_freshhost.moc"
