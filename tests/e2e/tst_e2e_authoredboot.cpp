// End to end, the scripted ISV journey (issue 13): an appliance built only with `ovfctl new`,
// `ovfctl edit` and `ovfctl pack` from the tiny test appliance's disk (as a qcow2) is a package
// that verifies, validates with 0 errors, whose VMDK passes `qemu-img check` and holds the same
// bytes as the source image (`qemu-img compare`), that deploys to the folder backend, and that
// boots on a real libvirtd (QEMU under TCG) and prints the OVF environment it received,
// with the property set by `ovfctl edit`, on its serial console.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"

#include "e2etestkit.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

using e2ekit::ovfctl;
using e2ekit::Run;
using e2ekit::run;

class TestE2eAuthoredBoot : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LibvirtConnection> m_conn;
    QString m_qcow2;
    QString m_ova;

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/authoredboot-XXXXXX"));
        QVERIFY(m_dir->isValid());
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    // new → edit → pack, and what the package is.
    void buildWithOvfctlOnly()
    {
        m_qcow2 = m_dir->filePath(u"boot.qcow2"_s);
        Run r = run(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s,
                                    e2ekit::kAppliance + u"/boot.img"_s, m_qcow2});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));

        const QString ovf = m_dir->filePath(u"authored/tiny.ovf"_s);
        QVERIFY(QDir().mkpath(m_dir->filePath(u"authored"_s)));
        r = ovfctl({u"new"_s, ovf, u"--name"_s, u"Tiny Appliance"_s, u"--os"_s, u"Debian 64-Bit"_s, u"--cpus"_s,
                    u"1"_s, u"--memory"_s, u"256MiB"_s, u"--disk"_s, m_qcow2});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"edit"_s, ovf, u"set-product"_s, u"--product"_s, u"Tiny"_s, u"--vendor"_s,
                    u"OVF Workbench tests"_s, u"--version"_s, u"1.0"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"edit"_s, ovf, u"set-property"_s, u"--key"_s, u"hostname"_s, u"--type"_s, u"string"_s,
                    u"--value"_s, u"authored-boot"_s, u"--label"_s, u"Host name"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"validate"_s, ovf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));

        m_ova = m_dir->filePath(u"tiny.ova"_s);
        r = ovfctl({u"pack"_s, ovf, m_ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(u"converted"_s), qPrintable(r.out));

        r = ovfctl({u"verify"_s, m_ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"validate"_s, m_ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(u"0 error"_s), qPrintable(r.out));

        // The disk inside: a sound streamOptimized VMDK with the source image's bytes.
        const auto disk = e2ekit::checkPackagedDisk(m_ova, m_qcow2, u"qcow2"_s, m_dir->filePath(u"unpacked"_s));
        QVERIFY2(disk, qPrintable(disk ? QString() : disk.error()));
    }

    void deploysToTheFolderBackend()
    {
        QVERIFY(!m_ova.isEmpty());
        const QString out = m_dir->filePath(u"folder-deploy"_s);
        const Run r = ovfctl({u"deploy"_s, m_ova, u"--target"_s, u"folder"_s, u"--out"_s, out,
                              u"--net"_s, u"VM Network=none"_s}); // the template's network, left unconnected
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        const QStringList xml = QDir(out).entryList({u"*.xml"_s}, QDir::Files);
        QVERIFY2(!xml.isEmpty(), qPrintable(QDir(out).entryList().join(u", "_s)));
    }

    void bootsOnLibvirt()
    {
        QVERIFY(!m_ova.isEmpty());
        // The id `ovfctl new` made from the name; the template's network left unconnected.
        const auto printed = e2ekit::bootOnLibvirt(*m_conn, m_ova, u"Tiny-Appliance"_s,
                                                   u"ovfw-authored-%1"_s.arg(QCoreApplication::applicationPid()),
                                                   m_dir->path(), {u"--net"_s, u"VM Network=none"_s});
        QVERIFY2(printed, qPrintable(printed ? QString() : printed.error()));
        QVERIFY2(printed->contains("value=\"authored-boot\""), printed->constData());
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_GUILESS_MAIN(TestE2eAuthoredBoot)
#include "tst_e2e_authoredboot.moc"
