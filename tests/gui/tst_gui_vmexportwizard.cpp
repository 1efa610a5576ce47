// File > New from Virtual Machine against libvirt's test driver (test:///default, in process:
// its stock running domain "test", and a shut-off domain this test defines with a real qcow2
// file): the machines listed in the background with state, vCPUs, memory and disk sizes; a
// running machine refused with how to shut it down; the New Appliance pages filled in from the
// shut-off machine and what they change applied to the export plan; the output page refusing a
// destination that exists. The export itself runs against a real libvirtd in
// tests/e2e/tst_gui_vmexport_e2e.cpp (the test driver's block sizes are made up).
// Saves screenshots (1280x800, 1024x700) to build/screenshots/vmexport-*.png.
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "model/deploy/libvirtconnection.h"
#include "wizards/appliancenamepage.h"
#include "wizards/guestospage.h"
#include "wizards/hardwarepage.h"
#include "wizards/libvirtconnectionhistory.h"
#include "wizards/vmexportsession.h"
#include "wizards/vmexportwizard.h"
#include "wizards/vmoutputpage.h"
#include "wizards/vmsourcepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ovf::deploy::LibvirtConnection;

class TestVmExportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Keeps test:///default's in-process state alive: the wizard's own connections share it.
    std::unique_ptr<LibvirtConnection> m_conn;

    static void screenshots(QWizard &w, const QString &name)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QApplication::processEvents();
            QVERIFY(w.grab().save(dir + u"/vmexport-%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height())));
        }
    }
    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }

    static QTreeWidgetItem *row(VmSourcePage *page, const QString &domain)
    {
        for (int i = 0; i < page->domainTree()->topLevelItemCount(); ++i) {
            if (page->domainTree()->topLevelItem(i)->data(0, Qt::UserRole).toString() == domain)
                return page->domainTree()->topLevelItem(i);
        }
        return nullptr;
    }

    static void listTestDriver(VmExportWizard &w)
    {
        VmSourcePage *source = w.sourcePage();
        source->connectionCombo()->setCurrentText(u"test:///default"_s);
        source->listButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isListing(), 20000);
        QVERIFY2(w.session()->listError().isEmpty(), qPrintable(w.session()->listError()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"libvirt/connections"_s);
        QLocale::setDefault(QLocale(u"en_US"_s));
        QVERIFY(m_dir.isValid());
        const QString disk = m_dir.filePath(u"web.qcow2"_s);
        QProcess qemuImg;
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"64M"_s});
        QVERIFY(qemuImg.waitForFinished(30000));
        QCOMPARE(qemuImg.exitCode(), 0);
        auto conn = LibvirtConnection::open(u"test:///default"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
        const QByteArray xml = "<domain type='test'><name>web-off</name><title>Web Frontend</title>"
                               "<memory unit='MiB'>768</memory><vcpu>2</vcpu>"
                               "<os><type arch='x86_64'>hvm</type></os><devices>"
                               "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='"
            + QFile::encodeName(disk)
            + "'/><target dev='vda' bus='virtio'/></disk>"
              "<interface type='network'><source network='default'/><model type='virtio'/></interface>"
              "<graphics type='vnc'/></devices></domain>";
        auto defined = m_conn->defineDomain(xml);
        QVERIFY2(defined, qPrintable(defined ? QString() : defined.error().toString()));
    }

    void fileMenuOffersIt()
    {
        MainWindow window;
        window.show();
        QAction *action = window.findChild<QAction *>(u"newFromVmAction"_s);
        QVERIFY(action);
        QVERIFY(QString(action->text()).remove(u'&').contains(u"Virtual Machine"_s));
        MainActions *actions = window.actions();
        QVERIFY(actions);
        QVERIFY(actions->fileMenu->actions().contains(action));
        action->trigger();
        QTRY_VERIFY(actions->vmExportWizard() && actions->vmExportWizard()->isVisible());
        actions->vmExportWizard()->reject();
    }

    void listsMachinesWithStateAndSizes()
    {
        VmExportWizard w;
        w.show();
        VmSourcePage *source = w.sourcePage();
        QVERIFY(source->connectionCombo()->findText(u"qemu:///system"_s) >= 0); // always offered
        listTestDriver(w);
        QTreeWidgetItem *running = row(source, u"test"_s);
        QTreeWidgetItem *off = row(source, u"web-off"_s);
        QVERIFY(running && off);
        QCOMPARE(running->text(1), u"running"_s);
        QCOMPARE(off->text(1), u"shut off"_s);
        QVERIFY(off->text(0).contains(u"Web Frontend"_s)); // the title beside the name
        QCOMPARE(off->text(2), u"2"_s);
        QCOMPARE(off->text(3), u"768.0 MiB"_s);
        QVERIFY2(off->text(4).contains(u"B"_s), qPrintable(off->text(4))); // the disks' capacity
        QCOMPARE(LibvirtConnectionHistory::uris().constFirst(), u"test:///default"_s); // it answered: remembered
    }

    void runningMachineIsRefused()
    {
        VmExportWizard w;
        w.show();
        listTestDriver(w);
        VmSourcePage *source = w.sourcePage();
        source->selectDomains({u"test"_s});
        QVERIFY(!source->isComplete());
        QVERIFY(!nextEnabled(w));
        const QString status = source->statusLabel()->text();
        QVERIFY2(status.contains(u"test is running: shut it down first"_s), qPrintable(status));
        QVERIFY2(status.contains(u"virsh -c test:///default shutdown test"_s), qPrintable(status));
        QVERIFY(!w.session()->isPlanning() && !w.session()->plan()); // nothing asked of a running machine
        screenshots(w, u"refused"_s);
    }

    void pagesFilledFromTheMachine()
    {
        VmExportWizard w;
        w.show();
        listTestDriver(w);
        VmSourcePage *source = w.sourcePage();
        source->selectDomains({u"web-off"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isPlanning(), 20000);
        QVERIFY2(w.session()->planError().isEmpty(), qPrintable(w.session()->planError()));
        QVERIFY(source->isComplete());
        QVERIFY(source->statusLabel()->text().contains(u"Disks to export: 1"_s));
        QVERIFY2(source->statusLabel()->text().contains(u"graphics"_s), qPrintable(source->statusLabel()->text()));
        screenshots(w, u"source"_s);

        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::NameId));
        auto *name = static_cast<ApplianceNamePage *>(w.currentPage());
        QCOMPARE(name->nameField()->text(), u"Web Frontend"_s);
        QVERIFY(!name->imagesChoice()->isVisible()); // no start to choose: the machine is the start
        name->nameField()->setText(u"Web Appliance"_s);
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::GuestOsId));
        auto *os = static_cast<GuestOsPage *>(w.currentPage());
        QVERIFY(!os->osId().isEmpty());
        QVERIFY(os->selectOs(96)); // Debian 64-Bit
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::HardwareId));
        auto *hardware = static_cast<HardwarePage *>(w.currentPage());
        QCOMPARE(hardware->cpuSpin()->value(), 2);
        QCOMPARE(hardware->memorySpin()->value(), 768);
        QCOMPARE(hardware->memoryUnit()->currentData().toInt(), 20); // MiB: 768 MiB is no whole GiB
        QCOMPARE(hardware->networkTable()->rowCount(), 1);
        QCOMPARE(hardware->networkTable()->item(0, 0)->text(), u"default"_s);
        QVERIFY(!hardware->controllerCombo()->isEnabled()); // exported as the machine has them
        hardware->cpuSpin()->setValue(4);
        hardware->memoryUnit()->setCurrentIndex(hardware->memoryUnit()->findData(30));
        hardware->memorySpin()->setValue(2);
        screenshots(w, u"hardware"_s);

        const ovf::vmexport::ExportPlan plan = w.finalPlan();
        QCOMPARE(plan.systems.size(), 1);
        QCOMPARE(plan.systems.first().domain.vcpus, 4);
        QCOMPARE(plan.systems.first().domain.memoryBytes, quint64(2) << 30);
        const QByteArray descriptor = plan.descriptor();
        QVERIFY2(descriptor.contains("<Name>Web Appliance</Name>"), descriptor.constData());
        QVERIFY(descriptor.contains("ovf:id=\"96\""));
        QVERIFY(descriptor.contains("<rasd:VirtualQuantity>4</rasd:VirtualQuantity>"));
        QVERIFY(descriptor.contains("<rasd:VirtualQuantity>2048</rasd:VirtualQuantity>"));

        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::OutputId));
        VmOutputPage *output = w.outputPage();
        QVERIFY(output->destinationEdit()->text().endsWith(u"web-off.ova"_s));
        QVERIFY(output->summaryLabel()->text().contains(u"vda"_s));
        const QString exists = m_dir.filePath(u"web.qcow2"_s);
        output->destinationEdit()->setText(exists);
        QVERIFY(!output->isComplete()); // an export never overwrites
        output->destinationEdit()->setText(m_dir.filePath(u"web.ova"_s));
        QVERIFY(output->isComplete());
        QCOMPARE(output->writerOptions().format, ovf::package::PackageWriterOptions::Format::Ova);
        screenshots(w, u"output"_s);
    }

    void connectionThatFailsSaysWhy()
    {
        VmExportWizard w;
        w.show();
        VmSourcePage *source = w.sourcePage();
        source->connectionCombo()->setCurrentText(u"nosuchdriver:///nothing"_s);
        source->listButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isListing(), 20000);
        QVERIFY(!w.session()->listError().isEmpty());
        QVERIFY(source->statusLabel()->text().contains(u"could not be listed"_s));
        QVERIFY(!source->isComplete());
        QVERIFY(!LibvirtConnectionHistory::uris().contains(u"nosuchdriver:///nothing"_s)); // only what answered
    }
};

QTEST_MAIN(TestVmExportWizard)
#include "tst_gui_vmexportwizard.moc"
