// The ISV's journey of issue 13, driven through the main window with QTest: trust the test
// root in Preferences > Trust → File > New (a disk from a qcow2 made here with qemu-img, guest
// OS, hardware) → properties → two deployment options (per-option CPUs in the hardware editor)
// → EULA → File > Export… as an OVA signed with a PKCS#12 file made here with openssl → reopen:
// Verified. The root certificate, the disk image, the PKCS#12 file and the destination are
// picked in the real file dialogs their buttons open (screenshots isvjourney-*-1280x800.png and
// -1024x700.png). The exported OVA is also checked by `ovfctl verify` and `ovfctl validate`, its disk by
// `qemu-img check` and `qemu-img compare` with the qcow2, and it deploys to the folder backend
// with the large option (`ovfctl deploy`). Screenshots of the editors and the wizard's last page.

#include "app/gui/documentworkspace.h"
#include "app/gui/exportcontroller.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/trustpage.h"
#include "app/gui/trustsettings.h"
#include "dialogtestkit.h"
#include "editortestkit.h"
#include "mainwindowtestkit.h"
#include "model/commands/editsession.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/sections.h"
#include "model/validation/validator.h"
#include "ovfctltestkit.h"
#include "packagetestkit.h"
#include "views/deploymentoptionseditor.h"
#include "views/diskimagelist.h"
#include "views/envelopetreeview.h"
#include "views/eulaeditor.h"
#include "views/producteditortabs.h"
#include "views/propertieseditor.h"
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

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::package;

class TestGuiIsvJourney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_caDir;

    static bool tool(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return false;
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(TrustSettings::storeDirectory()).removeRecursively();
        if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty())
            QSKIP("qemu-img is not installed");
    }

    void journey()
    {
        testkit::CertificateAuthority ca(m_caDir.path());
        QVERIFY2(ca.create(), "openssl could not create the test certificates");
        const QString image = m_dir.filePath(u"webfront.qcow2"_s);
        QVERIFY(tool(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"64M"_s}));
        // The signing key as a PKCS#12 file with a passphrase, as a CA hands it out.
        const QString p12 = ca.path(u"leaf.p12"_s);
        QVERIFY(tool(u"openssl"_s, {u"pkcs12"_s, u"-export"_s, u"-inkey"_s, ca.path(u"leaf.key"_s), u"-in"_s,
                                    ca.path(u"leaf.pem"_s), u"-out"_s, p12, u"-passout"_s, u"pass:journey"_s}));

        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Preferences > Trust: the company's root certificate.
        {
            PreferencesDialog preferences(&w);
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            const auto added = dialogtest::chooseFile([&] { dialogtest::click(preferences.trustPage()->addButton()); },
                                                      ca.path(u"root.pem"_s), u"isvjourney-trust-add"_s);
            QVERIFY(added.shown);
            QTRY_COMPARE(preferences.trustPage()->files(), QStringList{ca.path(u"root.pem"_s)}); // read on a worker
            preferences.trustPage()->systemStoreBox()->setChecked(false);
            QSignalSpy closed(&preferences, &QDialog::finished);
            preferences.accept(); // once the file is read and stored, on workers
            QVERIFY(closed.wait(20000));
            QVERIFY(preferences.trustPage()->errorText().isEmpty());
        }
        QCOMPARE(TrustSettings::anchorFiles().size(), 1);

        // File > New: a disk from the qcow2, Debian 64-bit, 2 CPUs.
        w.actions()->newAppliance->trigger();
        NewApplianceWizard *wizard = w.newApplianceWizard();
        QVERIFY(wizard);
        auto *name = qobject_cast<ApplianceNamePage *>(wizard->currentPage());
        QTest::keyClicks(name->nameField(), u"Acme Web"_s);
        name->imagesChoice()->setChecked(true);
        wizard->next();
        auto *disks = qobject_cast<ApplianceDisksPage *>(wizard->currentPage());
        QVERIFY(disks);
        const auto chosen = dialogtest::chooseFile([&] { dialogtest::click(disks->images()->addButton()); }, image,
                                                   u"isvjourney-new-disk"_s);
        QVERIFY(chosen.shown);
        QTRY_VERIFY_WITH_TIMEOUT(!disks->images()->isBusy(), 60000);
        QVERIFY2(disks->images()->errors().isEmpty(), qPrintable(disks->images()->errors().join(u'\n')));
        wizard->next();
        auto *os = qobject_cast<GuestOsPage *>(wizard->currentPage());
        QVERIFY(os);
        QTest::keyClicks(os->searchField(), u"debian 64"_s);
        wizard->next();
        auto *hardware = qobject_cast<HardwarePage *>(wizard->currentPage());
        QVERIFY(hardware);
        hardware->cpuSpin()->setValue(2);
        wizard->next();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        wizard->accept();
        QTRY_COMPARE(opened.count(), 1);
        ovf::commands::EditSession *session = w.session();
        QVERIFY(session);
        ovf::Envelope envelope = session->descriptor().envelope();
        ovf::xml::Element *system = envelope.content().element();
        QVERIFY(system);

        // Properties: the admin's e-mail address and the HTTP port.
        QVERIFY(mainwindowtest::addSection(w, system, u"ProductSection"_s));
        auto *product = qobject_cast<ProductEditorTabs *>(w.workspace()->editor());
        QVERIFY(product);
        PropertiesEditor *properties = product->propertiesEditor();
        product->setCurrentWidget(properties);
        properties->addPropertyAction()->trigger();
        properties->addPropertyAction()->trigger();
        ovf::items::PropertyTableModel *model = properties->model();
        QCOMPARE(model->rowCount(), 2);
        editortest::editCell(properties->table(), model->index(0, ovf::items::PropertyTableModel::KeyColumn), u"admin_email"_s);
        editortest::editCell(properties->table(), model->index(0, ovf::items::PropertyTableModel::ValueColumn), u"ops@acme.example"_s);
        editortest::editCell(properties->table(), model->index(1, ovf::items::PropertyTableModel::KeyColumn), u"http_port"_s);
        editortest::editCell(properties->table(), model->index(1, ovf::items::PropertyTableModel::ValueColumn), u"8080"_s);
        QVERIFY(editortest::saveScreenshot(w, u"isvjourney-properties.png"_s));

        // Two deployment options: "small" (the default) and "large".
        QVERIFY(mainwindowtest::addDeploymentOptions(w, {{u"small"_s, u"Small"_s, {}}, {u"large"_s, u"Large"_s, {}}}));
        QVERIFY(editortest::saveScreenshot(w, u"isvjourney-options.png"_s));

        // The large option gets 4 CPUs, next to the base value.
        QVERIFY(mainwindowtest::setOptionCpus(w, system, u"large"_s, u"4"_s));
        QVERIFY(editortest::saveScreenshot(w, u"isvjourney-hardware.png"_s));

        // The EULA.
        QVERIFY(mainwindowtest::addSection(w, system, u"EulaSection"_s));
        auto *eula = qobject_cast<EulaEditor *>(w.workspace()->editor());
        QVERIFY(eula);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        eula->licenseEdit()->setFocus();
        QTest::keyClicks(eula->licenseEdit(), u"Acme Web License. Use it well."_s);
        QVERIFY(editortest::saveScreenshot(w, u"isvjourney-eula.png"_s));

        const ovf::validation::Report report = ovf::validation::validate(session->descriptor());
        QStringList errors;
        for (const ovf::validation::Problem &p : report.problems) {
            if (p.severity == ovf::validation::Severity::Error)
                errors << p.message;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        // File > Export…: a signed OVA; the last page verifies it with the trusted root.
        w.actions()->exportPackage->trigger();
        ExportWizard *exporter = w.exportController()->wizard();
        QVERIFY(exporter);
        exporter->next(); // format: OVA, SHA-256
        exporter->next(); // target: any
        SignerForm *form = exporter->signingPage()->form();
        form->setMode(SignerForm::Mode::Pkcs12);
        const auto pkcs12 = dialogtest::chooseFile([&] { dialogtest::click(form->pkcs12BrowseButton()); }, p12,
                                                   u"isvjourney-sign-pkcs12"_s);
        QVERIFY(pkcs12.shown);
        QCOMPARE(form->pkcs12Edit()->text(), p12);
        form->passphraseEdit()->setFocus();
        QTest::keyClicks(form->passphraseEdit(), u"journey"_s);
        exporter->next(); // loads the key on a worker, then moves on
        QTRY_COMPARE_WITH_TIMEOUT(exporter->currentId(), int(ExportWizard::DestinationId), 60000);
        const QString ova = m_dir.filePath(u"acme-web.ova"_s);
        const auto destination = dialogtest::chooseFile(
            [&] { dialogtest::click(exporter->destinationPage()->browseButton()); }, ova, u"isvjourney-destination"_s);
        QVERIFY(destination.shown);
        QCOMPARE(exporter->destinationPage()->destination(), ova);
        exporter->next();
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->runPage()->isBusy(), 300000);
        QVERIFY2(exporter->runPage()->stage() == ExportRunPage::Stage::Done,
                 qPrintable(exporter->runPage()->reasonsList()->count() ? exporter->runPage()->reasonsList()->item(0)->text()
                                                                       : QString()));
        QVERIFY2(exporter->runPage()->result().verdict.state == TrustState::Verified,
                 qPrintable(testkit::describe(exporter->runPage()->result())));
        exporter->resize(1024, 700);
        QVERIFY(editortest::saveScreenshot(*exporter, u"isvjourney-exported.png"_s));
        exporter->accept();

        // The command line agrees; the disk is a sound streamOptimized VMDK.
        const testkit::OvfctlResult verify = testkit::ovfctl(
            {u"verify"_s, u"--no-system-trust"_s, u"--trust"_s, ca.path(u"root.pem"_s), u"--require"_s, u"verified"_s, ova});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        const testkit::OvfctlResult validate = testkit::ovfctl({u"validate"_s, ova});
        QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
        const QString extract = m_dir.filePath(u"extract"_s);
        QVERIFY(QDir().mkpath(extract));
        QVERIFY(tool(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, extract}));
        const QStringList vmdks = QDir(extract).entryList({u"*.vmdk"_s});
        QCOMPARE(vmdks.size(), 1);
        QString check;
        QVERIFY2(tool(u"qemu-img"_s, {u"check"_s, u"-f"_s, u"vmdk"_s, QDir(extract).filePath(vmdks.first())}, &check),
                 qPrintable(check));
        QString compare;
        QVERIFY2(tool(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"vmdk"_s, image,
                                      QDir(extract).filePath(vmdks.first())}, &compare),
                 qPrintable(compare));

        // Deployed to the folder backend with the large option: the disk converted, 4 vCPUs.
        const QString deployed = m_dir.filePath(u"deployed"_s);
        const testkit::OvfctlResult deploy = testkit::ovfctl(
            {u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--out"_s, deployed, u"--option"_s, u"large"_s,
             u"--accept-eulas"_s, u"--net"_s, u"VM Network=default"_s});
        QVERIFY2(deploy.code == 0, qPrintable(deploy.out + deploy.err));
        QStringList domainXml;
        QDirIterator it(deployed, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (testkit::readFile(file).contains("<domain"))
                domainXml << QString::fromUtf8(testkit::readFile(file));
        }
        QCOMPARE(domainXml.size(), 1);
        QVERIFY2(domainXml.first().contains(u">4</vcpu>"_s), qPrintable(domainXml.first()));

        // Reopened: Verified, because the root is trusted in the preferences; all of it is there.
        QSignalSpy reopened(&w, &MainWindow::documentOpened);
        w.openFile(ova);
        QVERIFY(reopened.wait(60000));
        QCOMPARE(w.origin().trust, trustStateName(TrustState::Verified));
        QVERIFY(w.origin().wasSigned);
        const ovf::Envelope back = w.session()->descriptor().envelope();
        QCOMPARE(back.configurations().size(), 2);
        const QByteArray xml = w.session()->document().save();
        QVERIFY(xml.contains("admin_email"));
        QVERIFY(xml.contains("Acme Web License. Use it well."));
        QVERIFY(xml.contains("ovf:configuration=\"large\""));
        QVERIFY(!xml.contains("ovfw:source")); // the pending disk became a member of the package
        for (const ovf::FileReference &file : back.files())
            QVERIFY(file.element()->hasAttribute(w.session()->descriptor().envelopeNamespace(), u"size"));
    }
};

QTEST_MAIN(TestGuiIsvJourney)
#include "tst_gui_isvjourney.moc"
