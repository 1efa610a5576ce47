// End to end through File > New from Virtual Machine, driven offscreen as a user would, against
// the real libvirtd (qemu:///system): a shut-off machine this test defines (a qcow2 disk with
// known data) is listed, chosen, its New Appliance pages are changed, and it is exported in the
// background into an OVA. The package passes `ovfctl validate` with 0 errors and `ovfctl verify`,
// and its VMDK holds the same guest bytes as the machine's disk (`qemu-img compare`). A second
// export of a bigger disk is cancelled part-way through the Cancel button: no package is left.
// Screenshots (1280x800, 1024x700) of the export page: build/screenshots/vmexport-e2e-*.png.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"
#include "wizards/vmexportprogresspage.h"
#include "wizards/vmexportsession.h"
#include "wizards/vmexportwizard.h"
#include "wizards/vmoutputpage.h"
#include "wizards/vmsourcepage.h"

#include "e2etestkit.h"
#include "ovfctltestkit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::deploy::LibvirtConnection;

class TestVmExportE2e : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LibvirtConnection> m_conn;
    QStringList m_domains;

    static bool run(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return ok;
    }

    // A shut-off machine named `name` whose disk is `disk` (qcow2).
    bool define(const QString &name, const QString &disk)
    {
        const QByteArray xml = "<domain type='qemu'><name>" + name.toUtf8()
            + "</name><title>GUI export</title><memory unit='MiB'>256</memory><vcpu>1</vcpu>"
              "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
              "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='"
            + QFile::encodeName(disk)
            + "'/><target dev='sda' bus='sata'/></disk>"
              "<interface type='network'><source network='default'/><model type='e1000'/></interface>"
              "</devices></domain>";
        auto defined = m_conn->defineDomain(xml);
        if (!defined)
            qWarning("%s", qPrintable(defined.error().toString()));
        else
            m_domains << name;
        return bool(defined);
    }

    static void screenshots(QWizard &w, const QString &name)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QApplication::processEvents();
            QVERIFY(w.grab().save(dir + u"/vmexport-e2e-%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height())));
        }
    }

    // Lists qemu:///system, chooses `domain`, and goes to the output page.
    static void reachOutput(VmExportWizard &w, const QString &domain)
    {
        VmSourcePage *source = w.sourcePage();
        source->connectionCombo()->setCurrentText(u"qemu:///system"_s);
        source->listButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isListing(), 60000);
        QVERIFY2(w.session()->listError().isEmpty(), qPrintable(w.session()->listError()));
        source->selectDomains({domain});
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isPlanning() && w.session()->plannedDomains() == QStringList{domain}, 60000);
        QVERIFY2(w.session()->plan(), qPrintable(w.session()->planError()));
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next(); // Name
        w.next(); // Guest OS
        w.next(); // Hardware
        QCOMPARE(w.currentId(), int(VmExportWizard::HardwareId));
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::OutputId));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/guivmexport-XXXXXX"));
        QVERIFY(m_dir->isValid());
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void cleanupTestCase()
    {
        for (const QString &d : std::as_const(m_domains)) {
            if (m_conn && m_conn->hasDomain(d))
                m_conn->undefineDomain(d);
        }
        m_conn.reset(); // before the daemon goes: closing a connection to a stopped one raises SIGPIPE
        e2ekit::tearDown(m_startedDaemon);
    }

    void exportsAMachineIntoAnOva()
    {
        const QString disk = m_dir->filePath(u"data.qcow2"_s);
        QString output;
        QVERIFY(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"96M"_s}));
        QVERIFY2(run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x5a 1M 8M"_s, u"-c"_s,
                                    u"write -P 0x11 64M 3M"_s, disk},
                     &output),
                 qPrintable(output));
        const QString domain = u"ovfw-guivmx-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(define(domain, disk));

        VmExportWizard w;
        w.resize(1100, 760);
        w.show();
        reachOutput(w, domain);
        const QString ova = m_dir->filePath(u"exported.ova"_s);
        w.outputPage()->destinationEdit()->setText(ova);
        QVERIFY(w.outputPage()->isComplete());
        w.next(); // Export (the commit button)
        QCOMPARE(w.currentId(), int(VmExportWizard::ProgressId));
        VmExportProgressPage *progress = w.progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isRunning(), 300000);
        QVERIFY2(progress->succeeded(), qPrintable(progress->statusLabel()->text()));
        QCOMPARE(progress->progressBar()->value(), progress->progressBar()->maximum());
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w.writtenPackage(), ova);
        screenshots(w, u"done"_s);

        const testkit::OvfctlResult validate = testkit::ovfctl({u"validate"_s, ova});
        QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
        const testkit::OvfctlResult verify = testkit::ovfctl({u"verify"_s, ova});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));

        const QString unpacked = m_dir->filePath(u"unpacked"_s);
        QVERIFY(QDir().mkpath(unpacked));
        QVERIFY(run(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, unpacked}));
        const QStringList vmdks = QDir(unpacked).entryList({u"*.vmdk"_s}, QDir::Files);
        QCOMPARE(vmdks.size(), 1);
        const QString vmdk = QDir(unpacked).filePath(vmdks.constFirst());
        QVERIFY2(run(u"qemu-img"_s, {u"check"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, vmdk}, &output), qPrintable(output));
        QVERIFY2(run(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"vmdk"_s, disk, vmdk}, &output),
                 qPrintable(output));
        const QStringList descriptors = QDir(unpacked).entryList({u"*.ovf"_s}, QDir::Files);
        QCOMPARE(descriptors.size(), 1);
        QFile descriptor(QDir(unpacked).filePath(descriptors.constFirst()));
        QVERIFY(descriptor.open(QIODevice::ReadOnly));
        QVERIFY(descriptor.readAll().contains("<Name>GUI export</Name>")); // the machine's title
    }

    void cancelLeavesNothing()
    {
        // 256 MiB of incompressible data: long enough to be cancelled part-way.
        const QString raw = m_dir->filePath(u"random.raw"_s);
        const QString disk = m_dir->filePath(u"random.qcow2"_s);
        QVERIFY(run(u"dd"_s, {u"if=/dev/urandom"_s, u"of="_s + raw, u"bs=1M"_s, u"count=256"_s, u"status=none"_s}));
        QVERIFY(run(u"qemu-img"_s, {u"convert"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw, disk}));
        QFile::remove(raw);
        const QString domain = u"ovfw-guivmx-cancel-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(define(domain, disk));

        VmExportWizard w;
        w.resize(1100, 760);
        w.show();
        reachOutput(w, domain);
        const QString ova = m_dir->filePath(u"cancelled.ova"_s);
        w.outputPage()->destinationEdit()->setText(ova);
        w.next();
        VmExportProgressPage *progress = w.progressPage();
        QVERIFY(progress->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(progress->progressBar()->value() > 0 || !progress->isRunning(), 120000);
        QVERIFY2(progress->isRunning(), "the export ended before it could be cancelled");
        screenshots(w, u"running"_s);
        progress->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isRunning(), 120000);
        QVERIFY(!progress->succeeded());
        QVERIFY2(progress->statusLabel()->text().contains(u"Cancelled"_s), qPrintable(progress->statusLabel()->text()));
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!QFileInfo::exists(ova));
        const QStringList leftovers = QDir(m_dir->path()).entryList({u"cancelled*"_s, u".cancelled*"_s},
                                                                    QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }
};

QTEST_MAIN(TestVmExportE2e)
#include "tst_gui_vmexport_e2e.moc"
