// The deploy wizard on a freshly installed libvirt host (libvirt's test driver with a node
// that has no network, no pool and no domain): the Networks page explains the empty list and
// offers user-mode networking and "not connected" (vCloud Director's "none" is not
// connected), the Storage page offers the default pool to be created, the Target page limits
// vCPUs and memory to the package's ovf:bound ranges, and the Summary says before deploying
// what is chosen, mapped or dropped. Also: the target inventory never blocks the GUI thread
// on a libvirt daemon that does not answer (its late result is dropped), and a manifest with
// coverage gaps (Incomplete) needs the tick box, which the plan records. Screenshots of the
// changed pages at 1280x800 and 1024x700 go to build/screenshots/freshhost-*.png.

#include "model/deploy/plan.h"
#include "packagetestkit.h"
#include "tst_gui_freshhost_packages.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/networkspage.h"
#include "wizards/storagepage.h"
#include "wizards/summarypage.h"
#include "wizards/targetinventory.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace testkit;

namespace {

// A unix socket that takes connections into its backlog and never answers: a libvirt
// daemon that hangs. Closing it makes the waiting client fail.
class HangingSocket
{
public:
    explicit HangingSocket(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        qstrncpy(address.sun_path, name.constData(), sizeof(address.sun_path));
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
            || ::listen(m_fd, 16) != 0)
            close();
    }
    ~HangingSocket() { close(); }
    bool isValid() const { return m_fd >= 0; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestDeployWizardFreshHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_disk;
    QString m_freshUri; // test:///NODE.xml: no network, no pool, no domain

    QString build(const QString &name, const QByteArray &ovf, const QByteArray &mf)
    {
        Members members{{"appliance.ovf", ovf}};
        if (!mf.isNull())
            members.append({"appliance.mf", mf});
        members.append({"disk1.vmdk", m_disk});
        const QString path = m_dir.filePath(name);
        return writeFile(path, tar(members)) ? path : QString();
    }

    std::unique_ptr<DeployWizard> open(const QString &package)
    {
        auto w = std::make_unique<DeployWizard>(DeployWizard::Options{package, {}});
        ovf::package::VerifyOptions options;
        options.trust.useSystemStore = false;
        w->session()->setVerifyOptions(options);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    static bool waitVerified(DeployWizard &w)
    {
        auto *page = w.deployPage<VerificationPage>(DeployPageId::Verification);
        return QTest::qWaitFor([&] { return !page->isRunning() && w.session()->verification(); }, 20000);
    }

    // The page at both sizes the project checks.
    static void screenshots(QWidget &w, const QString &page)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QApplication::processEvents();
            QVERIFY(w.grab().save(u"%1/freshhost-%2-%3x%4.png"_s.arg(dir, page).arg(size.width()).arg(size.height())));
        }
        w.resize(1280, 800);
    }

    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }
    static DeployPageId current(QWizard &w) { return DeployPageId(w.currentId()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess qemuImg;
        const QString disk = m_dir.filePath(u"disk1.vmdk"_s);
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, disk, u"64M"_s});
        QVERIFY(qemuImg.waitForFinished(30000));
        QCOMPARE(qemuImg.exitCode(), 0);
        m_disk = readFile(disk);
        QVERIFY(writeFile(m_dir.filePath(u"fresh-node.xml"_s), "<node>\n</node>\n"));
        m_freshUri = u"test://"_s + m_dir.filePath(u"fresh-node.xml"_s);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void inventoryNeverBlocks()
    {
        const QString socket = m_dir.filePath(u"hung.sock"_s);
        auto hung = std::make_unique<HangingSocket>(socket);
        QVERIFY(hung->isValid());
        ovf::deploy::Plan plan;
        plan.backend = ovf::deploy::BackendKind::Libvirt;
        plan.libvirtUri = u"qemu+unix:///system?socket="_s + socket;

        auto inventory = std::make_unique<TargetInventory>();
        inventory->setTimeout(1500);
        // The GUI thread's event loop keeps turning while the target does not answer.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QElapsedTimer clock;
        clock.start();
        inventory->request(plan);
        QVERIFY2(clock.elapsed() < 500, qPrintable(u"request() took %1 ms"_s.arg(clock.elapsed())));
        QVERIFY(inventory->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(inventory->hasResult(), 10000);
        QVERIFY2(inventory->result().error.contains(u"did not answer within 2 s"_s),
                 qPrintable(inventory->result().error));
        QVERIFY2(ticks >= 10, qPrintable(u"only %1 ticks: the event loop was blocked"_s.arg(ticks)));
        QVERIFY(!inventory->facts());

        // Asking another target works while the hung call still waits on its thread.
        ovf::deploy::Plan fresh = plan;
        fresh.libvirtUri = m_freshUri;
        clock.restart();
        inventory->request(fresh);
        QVERIFY(clock.elapsed() < 500);
        QTRY_VERIFY_WITH_TIMEOUT(inventory->hasResult(), 20000);
        QVERIFY2(inventory->result().error.isEmpty(), qPrintable(inventory->result().error));
        QVERIFY(inventory->facts());
        QVERIFY(inventory->result().networks.isEmpty());
        QVERIFY(inventory->result().storage.isEmpty());

        // The hung call now fails; its late result is dropped.
        hung->close();
        QTest::qWait(1500);
        QVERIFY(inventory->result().error.isEmpty());
        QVERIFY(inventory->facts());

        // Destroying the inventory while a request hangs does not wait for it either.
        HangingSocket again(socket + u"2"_s);
        QVERIFY(again.isValid());
        plan.libvirtUri = u"qemu+unix:///system?socket="_s + socket + u"2"_s;
        inventory->request(plan);
        QVERIFY(inventory->isRunning());
        clock.restart();
        inventory.reset();
        QVERIFY2(clock.elapsed() < 500, qPrintable(u"the destructor took %1 ms"_s.arg(clock.elapsed())));
    }

    void freshHostFlow()
    {
        const QByteArray ovf = routerDescriptor(m_disk.size());
        const QString ova = build(u"router.ova"_s, ovf, manifest({{"appliance.ovf", ovf}, {"disk1.vmdk", m_disk}}));
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *verification = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Intact);
        verification->deployAnywayBox()->setChecked(true);
        QVERIFY(!w->session()->plan().allowUnchecked); // Intact needs no acknowledgement of coverage
        w->next(); // Details
        w->next(); // Target (no licenses, no options)
        QCOMPARE(current(*w), DeployPageId::Target);
        auto *target = w->deployPage<TargetPage>(DeployPageId::Target);
        // The name comes from the system's Name, not its id "vm-42".
        QCOMPARE(target->nameEdit(u"vm-42"_s)->text(), u"Lab-Router"_s);
        QSpinBox *cpus = target->cpuSpin(u"vm-42"_s);
        QSpinBox *memory = target->memorySpin(u"vm-42"_s);
        QVERIFY(cpus && memory);
        QCOMPARE(cpus->value(), 2);
        QCOMPARE(cpus->minimum(), 1);
        QCOMPARE(cpus->maximum(), 4);
        QCOMPARE(memory->value(), 512);
        QCOMPARE(memory->minimum(), 256);
        QCOMPARE(memory->maximum(), 1024);
        cpus->setValue(9); // clamped to the package's range
        QCOMPARE(cpus->value(), 4);
        cpus->setValue(3);
        target->libvirtButton()->setChecked(true);
        target->uriEdit()->setText(m_freshUri);
        QVERIFY(nextEnabled(*w));
        screenshots(*w, u"target"_s);
        w->next();

        QCOMPARE(current(*w), DeployPageId::Networks);
        QTRY_VERIFY_WITH_TIMEOUT(w->inventory()->hasResult(), 20000);
        QVERIFY2(w->inventory()->result().error.isEmpty(), qPrintable(w->inventory()->result().error));
        auto *networks = w->deployPage<NetworksPage>(DeployPageId::Networks);
        auto *status = networks->findChild<QLabel *>(u"networkStatus"_s);
        QVERIFY(status->text().contains(u"no virtual network"_s));
        QVERIFY(status->text().contains(u"user-mode networking"_s));
        QComboBox *lan = networks->targetCombo(u"VM Network"_s);
        QComboBox *wan = networks->targetCombo(u"none"_s);
        QVERIFY(lan && wan);
        QCOMPARE(lan->currentData().toString(), ovf::deploy::Plan::userNetworking.toString());
        QCOMPARE(wan->currentData().toString(), ovf::deploy::Plan::notConnected.toString());
        QVERIFY(lan->findData(ovf::deploy::Plan::notConnected.toString()) >= 0); // always a choice
        QTRY_VERIFY(nextEnabled(*w));
        screenshots(*w, u"networks"_s);
        w->next();

        QCOMPARE(current(*w), DeployPageId::Storage);
        auto *storage = w->deployPage<StoragePage>(DeployPageId::Storage);
        QCOMPARE(storage->poolCombo()->count(), 1);
        QCOMPARE(storage->poolCombo()->currentData().toString(), u"default"_s);
        QVERIFY(storage->poolCombo()->currentText().contains(u"to be created"_s));
        QVERIFY(storage->poolCombo()->currentText().contains(u"/var/lib/libvirt/images"_s));
        QVERIFY(nextEnabled(*w));
        screenshots(*w, u"storage"_s);
        w->next();

        QCOMPARE(current(*w), DeployPageId::Summary);
        auto *summary = w->deployPage<SummaryPage>(DeployPageId::Summary);
        QVERIFY2(summary->problems().isEmpty(), qPrintable(summary->problems().join(u'\n')));
        const QString notes = summary->mappingNotes().join(u'\n');
        for (const QString &needle : {u"will be created as virt-install does"_s, u"floppy drive Floppy ignored"_s,
                                      u"sound card Sound ignored"_s, u"UEFI (OVMF), as the package asks"_s,
                                      u"vmw:BootOrderSection (required) is understood but not applied"_s,
                                      u"tools.syncTime"_s})
            QVERIFY2(notes.contains(needle), qPrintable(notes + u"\n-- lacks: "_s + needle));
        const QString choices = summary->findChild<QTextBrowser *>(u"choices"_s)->toPlainText();
        QVERIFY2(choices.contains(u"Lab-Router, vCPUs: 3, memory: 512.0 MiB"_s), qPrintable(choices));
        QVERIFY2(choices.contains(u"(user-mode networking)"_s), qPrintable(choices));
        QVERIFY2(choices.contains(u"(not connected)"_s), qPrintable(choices));
        const QString command = summary->commandLine();
        QVERIFY2(command.contains(u"--cpus vm-42=3"_s), qPrintable(command));
        QVERIFY2(!command.contains(u"--memory"_s), qPrintable(command)); // unchanged: not a choice
        QVERIFY2(command.contains(u"--net 'VM Network=user'"_s), qPrintable(command));
        screenshots(*w, u"summary"_s);
    }

    void incompleteManifestNeedsAcknowledgement()
    {
        // OVF Tool 4.0: blank padding where the descriptor's digest belongs.
        const QByteArray ovf = routerDescriptor(m_disk.size());
        const QString ova = build(u"padded.ova"_s, ovf,
                                  QByteArray(60, ' ') + "\n" + manifest({{"disk1.vmdk", m_disk}}));
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *page = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Incomplete);
        QVERIFY(page->stateLabel()->text().contains(u"Incomplete"_s));
        QVERIFY(!page->deployAnywayBox()->isHidden());
        QVERIFY(page->deployAnywayBox()->text().contains(u"does not cover every file"_s));
        QVERIFY(!nextEnabled(*w));
        screenshots(*w, u"verification-incomplete"_s);
        page->deployAnywayBox()->setChecked(true);
        QVERIFY(nextEnabled(*w));
        QVERIFY(w->session()->plan().allowUnchecked); // recorded: answer file and command line
        page->deployAnywayBox()->setChecked(false);
        QVERIFY(!w->session()->plan().allowUnchecked);
    }
};

QTEST_MAIN(TestDeployWizardFreshHost)
#include "tst_gui_deploywizard_freshhost.moc"
