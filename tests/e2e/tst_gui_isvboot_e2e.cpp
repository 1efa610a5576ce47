// End to end, the ISV's journey of issue 13 through the real GUI, into a real libvirtd: from
// the empty main window, Edit > Preferences > Trust > Add… (the test root, picked in the file
// dialog), File > New with the tiny test appliance's disk (as a qcow2, picked in the file
// dialog of the disks page), guest OS, CPUs, memory, network, a property, two deployment
// options (the large one with 2 CPUs), a EULA, File > Export… as an OVA signed with a PEM key
// and certificate (both picked with their Browse… buttons) to a destination picked with
// Browse…. Every file is chosen by clicking the button, typing the path into the real
// QFileDialog and pressing Return; each dialog is saved at 1280x800 and 1024x700
// (build/screenshots/guiboot-*.png). Then the package passes `ovfctl verify` with the root
// trusted, `ovfctl validate` with 0 errors, `qemu-img check` (and `compare` with the source),
// deploys to the folder backend, and deploys to the real libvirtd where it boots and prints
// the OVF environment, with the property typed in the GUI, on its serial console.
// Finally the same appliance is built with only `ovfctl new`, `ovfctl edit` and `ovfctl pack`
// and is the same appliance (testkit::applianceFacts), and a changed value is told apart.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "app/gui/documentworkspace.h"
#include "app/gui/exportcontroller.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/trustpage.h"
#include "app/gui/trustsettings.h"
#include "model/commands/editsession.h"
#include "model/deploy/libvirtconnection.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/descriptor.h"
#include "views/deploymentoptionseditor.h"
#include "views/diskimagelist.h"
#include "views/envelopetreeview.h"
#include "views/eulaeditor.h"
#include "views/producteditortabs.h"
#include "views/propertieseditor.h"
#include "views/qualifiersdialog.h"
#include "views/virtualhardwareeditor.h"
#include "wizards/appliancediskspage.h"
#include "wizards/appliancenamepage.h"
#include "wizards/exportdestinationpage.h"
#include "wizards/exportrunpage.h"
#include "wizards/exportsigningpage.h"
#include "wizards/exportwizard.h"
#include "wizards/guestospage.h"
#include "wizards/hardwarepage.h"
#include "wizards/newappliancewizard.h"
#include "wizards/signerform.h"

#include "appliancefacts.h"
#include "dialogtestkit.h"
#include "e2etestkit.h"
#include "editortestkit.h"
#include "mainwindowtestkit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using e2ekit::ovfctl;
using e2ekit::Run;
using e2ekit::run;
using ovf::deploy::LibvirtConnection;

namespace {

// The appliance both builds describe.
const QString kName = u"Guiboot Appliance"_s;
const QString kPropertyKey = u"hostname"_s;
const QString kPropertyValue = u"guiboot-appliance"_s;
const QString kPropertyLabel = u"Host name"_s;
const QString kQualifiers = u"MinLen(1) MaxLen(63)"_s;
const QString kEula = u"Guiboot License. Boot it, test it."_s;
const QString kSmall = u"One CPU, for trying it out"_s;

} // namespace

class TestGuiIsvBootE2e : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LibvirtConnection> m_conn;
    std::optional<testkit::CertificateAuthority> m_ca;
    QString m_qcow2;
    QString m_ova;      // exported by the GUI
    QString m_systemId; // its virtual system's ovf:id

    static void next(QWizard *wizard)
    {
        dialogtest::click(wizard->button(QWizard::NextButton));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(TrustSettings::storeDirectory()).removeRecursively();
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/guiboot-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_ca.emplace(m_dir->filePath(u"ca"_s));
        QVERIFY2(m_ca->create(), "openssl could not create the test certificates");
        m_qcow2 = m_dir->filePath(u"guiboot.qcow2"_s);
        const Run r = run(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s,
                                         e2ekit::kAppliance + u"/boot.img"_s, m_qcow2});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void exportsFromTheGui()
    {
        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        MainActions *actions = w.actions();

        // Edit > Preferences > Trust > Add…: the company's root certificate.
        QVERIFY(dialogtest::driveModal<PreferencesDialog>(
            [&] { QVERIFY(mainwindowtest::choose(actions->editMenu, actions->preferences)); },
            [&](PreferencesDialog *preferences) {
                TrustPage *trust = preferences->trustPage();
                preferences->tabs()->setCurrentWidget(trust);
                const auto added = dialogtest::chooseFile([&] { dialogtest::click(trust->addButton()); },
                                                          m_ca->path(u"root.pem"_s), u"guiboot-trust-add"_s);
                QVERIFY(added.shown);
                QTRY_COMPARE(trust->files(), QStringList{m_ca->path(u"root.pem"_s)}); // read on a worker
                if (trust->systemStoreBox()->isChecked())
                    dialogtest::click(trust->systemStoreBox()); // only the test root counts
                QVERIFY(!trust->systemStoreBox()->isChecked());
                QVERIFY(dialogtest::screenshots(preferences, u"guiboot-trust"_s));
                dialogtest::click(preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
                // OK stores the certificate on a worker and closes the dialog once it is stored.
                QTRY_VERIFY_WITH_TIMEOUT(!preferences->isVisible(), 20000);
                QVERIFY(preferences->trustPage()->errorText().isEmpty());
            }));
        QCOMPARE(TrustSettings::anchorFiles().size(), 1);

        // File > New: the test appliance's disk, picked in the file dialog of the disks page.
        QVERIFY(mainwindowtest::choose(actions->fileMenu, actions->newAppliance));
        NewApplianceWizard *wizard = w.newApplianceWizard();
        QVERIFY(wizard);
        auto *name = qobject_cast<ApplianceNamePage *>(wizard->currentPage());
        QVERIFY(name);
        QTest::keyClicks(name->nameField(), kName);
        dialogtest::click(name->imagesChoice());
        next(wizard);
        auto *disks = qobject_cast<ApplianceDisksPage *>(wizard->currentPage());
        QVERIFY(disks);
        const auto image = dialogtest::chooseFile([&] { dialogtest::click(disks->images()->addButton()); }, m_qcow2,
                                                  u"guiboot-new-disk"_s);
        QVERIFY(image.shown);
        QCOMPARE(image.selected, QStringList{m_qcow2});
        QTRY_VERIFY_WITH_TIMEOUT(!disks->images()->isBusy(), 60000);
        QCOMPARE(disks->images()->count(), 1);
        QVERIFY2(disks->images()->errors().isEmpty(), qPrintable(disks->images()->errors().join(u'\n')));
        QVERIFY(dialogtest::screenshots(wizard, u"guiboot-new-disks-page"_s));
        next(wizard);
        auto *os = qobject_cast<GuestOsPage *>(wizard->currentPage());
        QVERIFY(os);
        QTest::keyClicks(os->searchField(), u"debian 64"_s);
        next(wizard);
        auto *hardware = qobject_cast<HardwarePage *>(wizard->currentPage());
        QVERIFY(hardware);
        editortest::retype(hardware->cpuSpin(), u"1"_s);
        hardware->memoryUnit()->setCurrentIndex(hardware->memoryUnit()->findText(u"MiB"_s));
        editortest::retype(hardware->memorySpin(), u"256"_s);
        QCOMPARE(hardware->networkTable()->rowCount(), 1); // "VM Network", the template's adapter
        QVERIFY(dialogtest::screenshots(wizard, u"guiboot-new-hardware"_s));
        next(wizard);
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        dialogtest::click(wizard->button(QWizard::FinishButton));
        QTRY_COMPARE(opened.count(), 1);
        ovf::commands::EditSession *session = w.session();
        QVERIFY(session);
        ovf::Envelope envelope = session->descriptor().envelope();
        ovf::xml::Element *system = envelope.content().element();
        QVERIFY(system);
        m_systemId = envelope.content().id();

        // The property the guest will print.
        QVERIFY(mainwindowtest::addSection(w, system, u"ProductSection"_s));
        auto *product = qobject_cast<ProductEditorTabs *>(w.workspace()->editor());
        QVERIFY(product);
        PropertiesEditor *properties = product->propertiesEditor();
        product->setCurrentWidget(properties);
        properties->addPropertyAction()->trigger();
        using Columns = ovf::items::PropertyTableModel;
        ovf::items::PropertyTableModel *model = properties->model();
        QCOMPARE(model->rowCount(), 1);
        editortest::editCell(properties->table(), model->index(0, Columns::KeyColumn), kPropertyKey);
        editortest::editCell(properties->table(), model->index(0, Columns::ValueColumn), kPropertyValue);
        editortest::editCell(properties->table(), model->index(0, Columns::LabelColumn), kPropertyLabel);
        // Its qualifiers, in the dialog the Qualifiers… button opens.
        QVERIFY(dialogtest::driveModal<QualifiersDialog>(
            [&] { properties->qualifiersAction()->trigger(); },
            [&](QualifiersDialog *dialog) {
                editortest::retype(dialog->field(u"minLen"_s), u"1"_s);
                editortest::retype(dialog->field(u"maxLen"_s), u"63"_s);
                QVERIFY(dialogtest::screenshots(dialog, u"guiboot-qualifiers"_s));
                dialogtest::click(dialog->buttons()->button(QDialogButtonBox::Ok));
            }));
        QCOMPARE(model->index(0, Columns::QualifiersColumn).data().toString(), kQualifiers);
        QVERIFY(editortest::saveScreenshot(w, u"guiboot-properties.png"_s));

        // Two deployment options: "small" (the default) and "large" with 2 CPUs.
        QVERIFY(mainwindowtest::addDeploymentOptions(w, {{u"small"_s, u"Small"_s, kSmall}, {u"large"_s, u"Large"_s, {}}}));
        QVERIFY(editortest::saveScreenshot(w, u"guiboot-options.png"_s));
        QVERIFY(mainwindowtest::setOptionCpus(w, system, u"large"_s, u"2"_s));

        // The EULA.
        QVERIFY(mainwindowtest::addSection(w, system, u"EulaSection"_s));
        auto *eula = qobject_cast<EulaEditor *>(w.workspace()->editor());
        QVERIFY(eula);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        eula->licenseEdit()->setFocus();
        QTest::keyClicks(eula->licenseEdit(), kEula);

        // File > Export…: an OVA signed with the PEM key and certificate, both picked with
        // Browse…, to a destination picked with Browse….
        QVERIFY(mainwindowtest::choose(actions->fileMenu, actions->exportPackage));
        ExportWizard *exporter = w.exportController()->wizard();
        QVERIFY(exporter);
        next(exporter); // format: OVA, SHA-256
        next(exporter); // target: any
        QTRY_COMPARE(exporter->currentId(), int(ExportWizard::SigningId));
        SignerForm *form = exporter->signingPage()->form();
        dialogtest::click(exporter->signingPage()->findChild<QRadioButton *>(u"signPem"_s));
        QCOMPARE(form->mode(), SignerForm::Mode::Pem);
        const auto key = dialogtest::chooseFile([&] { dialogtest::click(form->keyBrowseButton()); },
                                                m_ca->path(u"leaf.key"_s), u"guiboot-sign-key"_s);
        QVERIFY(key.shown);
        QCOMPARE(form->keyEdit()->text(), m_ca->path(u"leaf.key"_s));
        const auto certificate = dialogtest::chooseFile([&] { dialogtest::click(form->certificateBrowseButton()); },
                                                        m_ca->path(u"leaf.pem"_s), u"guiboot-sign-certificate"_s);
        QVERIFY(certificate.shown);
        QCOMPARE(form->certificateEdit()->text(), m_ca->path(u"leaf.pem"_s));
        QVERIFY(dialogtest::screenshots(exporter, u"guiboot-export-signing"_s));
        next(exporter); // loads the key on a worker, then moves on
        QTRY_COMPARE_WITH_TIMEOUT(exporter->currentId(), int(ExportWizard::DestinationId), 60000);
        m_ova = m_dir->filePath(u"guiboot-gui.ova"_s);
        const auto destination = dialogtest::chooseFile(
            [&] { dialogtest::click(exporter->destinationPage()->browseButton()); }, m_ova, u"guiboot-export-destination"_s);
        QVERIFY(destination.shown);
        QCOMPARE(exporter->destinationPage()->destination(), m_ova);
        next(exporter); // Export
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->runPage()->isBusy(), 300000);
        QVERIFY2(exporter->runPage()->stage() == ExportRunPage::Stage::Done,
                 qPrintable(exporter->runPage()->reasonsList()->count() ? exporter->runPage()->reasonsList()->item(0)->text()
                                                                       : QString()));
        QVERIFY2(exporter->runPage()->result().verdict.state == ovf::package::TrustState::Verified,
                 qPrintable(testkit::describe(exporter->runPage()->result())));
        QVERIFY(dialogtest::screenshots(exporter, u"guiboot-exported"_s));
        dialogtest::click(exporter->button(QWizard::FinishButton));
        QTRY_VERIFY(!w.exportController()->wizard());
    }

    // What the command line says of the GUI's package.
    void verifiesValidatesAndChecks()
    {
        QVERIFY(QFileInfo::exists(m_ova));
        Run r = ovfctl({u"verify"_s, u"--no-system-trust"_s, u"--trust"_s, m_ca->path(u"root.pem"_s), u"--require"_s,
                        u"verified"_s, m_ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"validate"_s, m_ova});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"0 error"_s), qPrintable(r.out));
        const auto disk = e2ekit::checkPackagedDisk(m_ova, m_qcow2, u"qcow2"_s, m_dir->filePath(u"gui-unpacked"_s));
        QVERIFY2(disk, qPrintable(disk ? QString() : disk.error()));
    }

    void deploysToTheFolderBackend()
    {
        QVERIFY(QFileInfo::exists(m_ova));
        const QString out = m_dir->filePath(u"folder-deploy"_s);
        const Run r = ovfctl({u"deploy"_s, m_ova, u"--target"_s, u"folder"_s, u"--out"_s, out, u"--accept-eulas"_s,
                              u"--option"_s, u"large"_s, u"--net"_s, u"VM Network=none"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QString domain;
        QDirIterator it(out, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QByteArray bytes = testkit::readFile(it.next());
            if (bytes.contains("<domain"))
                domain = QString::fromUtf8(bytes);
        }
        QVERIFY2(domain.contains(u">2</vcpu>"_s), qPrintable(domain)); // the large option's CPUs
    }

    void bootsOnLibvirt()
    {
        QVERIFY(QFileInfo::exists(m_ova));
        const auto printed = e2ekit::bootOnLibvirt(*m_conn, m_ova, m_systemId,
                                                   u"guiboot-%1"_s.arg(QCoreApplication::applicationPid()),
                                                   m_dir->path(), {u"--accept-eulas"_s, u"--net"_s, u"VM Network=none"_s});
        QVERIFY2(printed, qPrintable(printed ? QString() : printed.error()));
        QVERIFY2(printed->contains((u"value=\""_s + kPropertyValue + u'"').toUtf8()), printed->constData());
    }

    // The same appliance with only ovfctl new, edit and pack: the same facts.
    void theCommandLineBuildsTheSameAppliance()
    {
        QVERIFY(QFileInfo::exists(m_ova));
        const QString folder = m_dir->filePath(u"cli"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString ovf = QDir(folder).filePath(u"guiboot.ovf"_s);
        const QString eula = QDir(folder).filePath(u"eula.txt"_s);
        QVERIFY(testkit::writeFile(eula, kEula.toUtf8()));
        const QList<QStringList> steps{
            {u"new"_s, ovf, u"--name"_s, kName, u"--os"_s, u"Debian 64-Bit"_s, u"--cpus"_s, u"1"_s, u"--memory"_s,
             u"256MiB"_s, u"--network"_s, u"VM Network"_s, u"--disk"_s, m_qcow2},
            {u"edit"_s, ovf, u"set-property"_s, u"--key"_s, kPropertyKey, u"--type"_s, u"string"_s, u"--value"_s,
             kPropertyValue, u"--label"_s, kPropertyLabel, u"--qualifiers"_s, kQualifiers, u"--user-configurable"_s, u"true"_s},
            {u"edit"_s, ovf, u"add-option"_s, u"small"_s, u"--label"_s, u"Small"_s, u"--description"_s, kSmall, u"--default"_s},
            {u"edit"_s, ovf, u"add-option"_s, u"large"_s, u"--label"_s, u"Large"_s},
            {u"edit"_s, ovf, u"set-hardware"_s, u"--option"_s, u"large"_s, u"--cpus"_s, u"2"_s},
            {u"edit"_s, ovf, u"add-eula"_s, eula},
            {u"pack"_s, ovf, QDir(folder).filePath(u"guiboot-cli.ova"_s), u"--sign"_s, m_ca->path(u"leaf.key"_s),
             u"--cert"_s, m_ca->path(u"leaf.pem"_s)},
        };
        for (const QStringList &step : steps) {
            const Run r = ovfctl(step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(u' ') + u'\n' + r.out));
        }
        const auto gui = testkit::applianceFacts(m_ova);
        QVERIFY2(gui, qPrintable(gui ? QString() : gui.error()));
        const auto cli = testkit::applianceFacts(QDir(folder).filePath(u"guiboot-cli.ova"_s));
        QVERIFY2(cli, qPrintable(cli ? QString() : cli.error()));
        // Not a vacuous comparison: what both builds were given is among the facts.
        for (const QString &fact : QStringList{u"option small default=true label=\"Small\""_s, u"option large default=false label=\"Large\" description=\"Large\""_s,
                                    QString(u" eula \""_s + kEula), u" os id=96"_s, u" item rt=3 subtype= configuration=large"_s,
                                    u" item rt=4 subtype= configuration= bound= quantity=268435456 bytes"_s,
                                    u" item rt=10 "_s, u" item rt=17 "_s, u"connection=VM Network"_s,
                                    u"qualifiers=\"MinLen(1) MaxLen(63)\" value=\"guiboot-appliance\""_s,
                                    u"populatedSize="_s, u"file \"guiboot.vmdk\" size="_s}) {
            QVERIFY2(!gui->filter(fact).isEmpty(), qPrintable(fact + u" is not among\n"_s + gui->join(u'\n')));
        }
        const QStringList differences = testkit::compareFacts(*gui, *cli);
        QVERIFY2(differences.isEmpty(), qPrintable(u"GUI (-) and ovfctl (+) differ:\n"_s + differences.join(u'\n')));

        // The comparison sees a changed value: the property's default, changed in a copy.
        auto read = ovf::package::PackageOpener::readDescriptor(m_ova);
        QVERIFY(read);
        QByteArray changed = read->bytes;
        const QByteArray value = "=\"" + kPropertyValue.toUtf8() + '"';
        QCOMPARE(changed.count(value), 1);
        changed.replace(value, "=\"guiboot-other\"");
        auto other = ovf::Descriptor::fromBytes(changed, read->name);
        QVERIFY(other);
        const QStringList told = testkit::compareFacts(*gui, testkit::applianceFacts(**other));
        QCOMPARE(told.size(), 2);
        QVERIFY2(told[0].startsWith(u"+ "_s) && told[0].contains(u"value=\"guiboot-other\""_s), qPrintable(told.join(u'\n')));
        QVERIFY2(told[1].startsWith(u"- "_s) && told[1].contains(u"value=\"%1\""_s.arg(kPropertyValue)), qPrintable(told.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_MAIN(TestGuiIsvBootE2e)
#include "tst_gui_isvboot_e2e.moc"
