// The New Appliance wizard driven with QTest, page by page: a name, the start choice and its
// branch (disk images inspected with qemu-img; a template), the guest OS found by typing into
// the search, CPUs, memory, firmware, controller and two networks, OVF 2.0; Finish gives a
// descriptor with 0 validation errors whose disks are pending sources of the images. Then
// File > New in the main window: the wizard opens, and Finish shows the new appliance as an
// unsaved, modified document whose files table shows the pending image. Screenshots of every
// page at 1280x800 and 1024x700.
#include "editortestkit.h"

#include "app/gui/documentworkspace.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "model/items/packageentriesmodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/sections.h"
#include "model/validation/validator.h"
#include "views/diskimagelist.h"
#include "views/envelopetreeview.h"
#include "views/packageentrieseditor.h"
#include "wizards/appliancediskspage.h"
#include "wizards/appliancenamepage.h"
#include "wizards/appliancetemplatepage.h"
#include "wizards/formatpage.h"
#include "wizards/guestospage.h"
#include "wizards/hardwarepage.h"
#include "wizards/newappliancewizard.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QToolBar>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(u"qemu-img"_s, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void shoot(QWizard &wizard, const QString &name)
{
    wizard.resize(1280, 800);
    QTest::qWait(20);
    QVERIFY(editortest::saveScreenshot(wizard, u"new-appliance-%1.png"_s.arg(name)));
    wizard.resize(1024, 700);
    QTest::qWait(20);
    QVERIFY(editortest::saveScreenshot(wizard, u"new-appliance-%1-1024.png"_s.arg(name)));
}

QPushButton *button(QWizard &w, QWizard::WizardButton which)
{
    return qobject_cast<QPushButton *>(w.button(which));
}

} // namespace

class TestGuiNewAppliance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = m_dir.filePath(u"system.qcow2"_s);
        QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_image, u"96M"_s}));
    }

    void fromDiskImages()
    {
        const QByteArray imageBefore = editortest::readAll(m_image);
        NewApplianceWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *name = qobject_cast<ApplianceNamePage *>(wizard.page(NewApplianceWizard::NameId));
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // a name is required
        QTest::keyClicks(name->nameField(), u"Web Frontend"_s);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        QTest::mouseClick(name->imagesChoice(), Qt::LeftButton, {}, QPoint(8, name->imagesChoice()->height() / 2));
        QVERIFY(name->imagesChoice()->isChecked());
        shoot(wizard, u"1-name"_s);
        QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::ImagesId));

        auto *disks = qobject_cast<ApplianceDisksPage *>(wizard.currentPage());
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // no image yet
        disks->images()->addImage(m_image);
        QTRY_VERIFY_WITH_TIMEOUT(!disks->images()->isBusy(), 60000);
        QVERIFY2(disks->images()->errors().isEmpty(), qPrintable(disks->images()->errors().join(u'\n')));
        QCOMPARE(disks->imports().size(), 1);
        QCOMPARE(disks->imports().first().virtualBytes, quint64(96) << 20);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        shoot(wizard, u"2-images"_s);
        QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::GuestOsId));
        auto *os = qobject_cast<GuestOsPage *>(wizard.currentPage());
        QTest::keyClicks(os->searchField(), u"debian 64"_s);
        QCOMPARE(os->list()->model()->rowCount(), 1);
        QCOMPARE(os->osId(), u"96"_s);
        shoot(wizard, u"3-guest-os"_s);
        QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::HardwareId));
        auto *hw = qobject_cast<HardwarePage *>(wizard.currentPage());
        hw->cpuSpin()->setValue(4);
        hw->memorySpin()->setValue(3);
        hw->firmwareCombo()->setCurrentIndex(2); // UEFI
        hw->controllerCombo()->setCurrentIndex(hw->controllerCombo()->findText(u"SATA (AHCI)"_s));
        QTest::mouseClick(hw->addNetworkButton(), Qt::LeftButton);
        QCOMPARE(hw->networkTable()->rowCount(), 2);
        hw->networkTable()->item(1, 0)->setText(u"Backend"_s);
        // Two networks of one name are one too many.
        hw->networkTable()->item(1, 0)->setText(u"VM Network"_s);
        QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
        hw->networkTable()->item(1, 0)->setText(u"Backend"_s);
        QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        shoot(wizard, u"4-hardware"_s);
        QTest::mouseClick(button(wizard, QWizard::NextButton), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::FormatId));
        auto *format = qobject_cast<FormatPage *>(wizard.currentPage());
        // A radio button takes clicks on its indicator and text, not on the empty rest of its row.
        QTest::mouseClick(format->ovf2Choice(), Qt::LeftButton, {}, QPoint(8, format->ovf2Choice()->height() / 2));
        QVERIFY(format->ovf2Choice()->isChecked());
        QCOMPARE(wizard.spec().ovfMajorVersion, 2);
        QVERIFY(format->summaryLabel()->text().contains(u"Web Frontend"));
        QVERIFY(format->summaryLabel()->text().contains(u"system.qcow2"));
        shoot(wizard, u"5-format"_s);
        QTest::mouseClick(button(wizard, QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(wizard.result() == QDialog::Accepted, qPrintable(format->errorLabel()->text()));

        std::unique_ptr<ovf::Descriptor> d = wizard.takeDescriptor();
        QVERIFY(d);
        QCOMPARE(d->version(), ovf::ns::OvfVersion::V2);
        const ovf::validation::Report report = ovf::validation::validate(*d);
        QStringList errors;
        for (const ovf::validation::Problem &p : report.problems) {
            if (p.severity == ovf::validation::Severity::Error)
                errors << p.message;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const ovf::Envelope envelope = d->envelope();
        QCOMPARE(envelope.networks().size(), 2);
        QCOMPARE(envelope.disks().size(), 1);
        QCOMPARE(envelope.files().size(), 1);
        QCOMPARE(envelope.files().first().element()->attributeValue(ovf::ns::Workbench, u"source"), m_image);
        QCOMPARE(envelope.content().name().text, u"Web Frontend"_s);
        const ovf::OperatingSystemSection os2(envelope.content().section(ovf::SectionKind::OperatingSystem).element());
        QCOMPARE(os2.osId(), u"96"_s);
        QCOMPARE(editortest::readAll(m_image), imageBefore); // the image is never modified
    }

    void fromTemplateBranch()
    {
        NewApplianceWizard wizard;
        wizard.show();
        auto *name = qobject_cast<ApplianceNamePage *>(wizard.page(NewApplianceWizard::NameId));
        QTest::keyClicks(name->nameField(), u"Box"_s);
        name->templateChoice()->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::TemplateId));
        auto *templates = qobject_cast<ApplianceTemplatePage *>(wizard.currentPage());
        QVERIFY(templates->list()->count() >= 3);
        templates->list()->setCurrentRow(2);
        const QString chosen = templates->templateId();
        QCOMPARE(wizard.field(u"template"_s).toString(), chosen);
        shoot(wizard, u"2-template"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::GuestOsId));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::FormatId));
        QCOMPARE(wizard.spec().templateId, chosen);
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        auto d = wizard.takeDescriptor();
        QVERIFY(d);
        QVERIFY(!ovf::validation::validate(*d).hasErrors());
        // Back on the name page, "empty" skips the images and template pages.
        NewApplianceWizard empty;
        empty.show();
        QTest::keyClicks(qobject_cast<ApplianceNamePage *>(empty.currentPage())->nameField(), u"Empty"_s);
        empty.next();
        QCOMPARE(empty.currentId(), int(NewApplianceWizard::GuestOsId));
    }

    void fileNewInTheWindow()
    {
        MainWindow window;
        window.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The empty window offers New next to Open.
        auto *newButton = window.workspace()->findChild<QPushButton *>(u"newApplianceActionButton"_s);
        QVERIFY(newButton && newButton->isVisible());
        QVERIFY(window.workspace()->findChild<QPushButton *>(u"openActionButton"_s));
        QVERIFY(editortest::saveScreenshot(window, u"empty-window.png"_s));
        QTest::mouseClick(newButton, Qt::LeftButton);
        NewApplianceWizard *wizard = window.newApplianceWizard();
        QVERIFY(wizard);
        QTest::keyClicks(qobject_cast<ApplianceNamePage *>(wizard->currentPage())->nameField(), u"From the window"_s);
        qobject_cast<ApplianceNamePage *>(wizard->currentPage())->imagesChoice()->setChecked(true);
        wizard->next();
        auto *disks = qobject_cast<ApplianceDisksPage *>(wizard->currentPage());
        disks->images()->addImage(m_image);
        QTRY_VERIFY_WITH_TIMEOUT(!disks->images()->isBusy(), 60000);
        while (wizard->currentId() != NewApplianceWizard::FormatId)
            wizard->next();
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        wizard->accept();
        QTRY_VERIFY(opened.count() == 1);
        QVERIFY(window.session());
        QVERIFY(window.session()->isModified()); // never saved
        QVERIFY(window.isWindowModified());
        QVERIFY(window.currentFile().isEmpty());
        QVERIFY(window.windowTitle().startsWith(u"From-the-window.ovf"_s)
                || window.windowTitle().contains(u".ovf"_s));
        // The References node shows the image as pending.
        EnvelopeTreeView *tree = window.workspace()->treeView();
        QVERIFY(tree->selectElement(window.session()->descriptor().envelope().files().first().element()));
        auto *files = qobject_cast<PackageEntriesEditor *>(window.workspace()->editor());
        QVERIFY(files);
        window.workspace()->showEditor();
        const QString source = files->entriesModel()
                                   ->index(0, ovf::items::PackageEntriesModel::FileSource)
                                   .data()
                                   .toString();
        QVERIFY2(source.contains(u"pending") && source.contains(m_image), qPrintable(source));
        QTest::qWait(50);
        QVERIFY(editortest::saveScreenshot(window, u"new-appliance-opened.png"_s));
        window.resize(1024, 700);
        QTest::qWait(50);
        QVERIFY(editortest::saveScreenshot(window, u"new-appliance-opened-1024.png"_s));
        // The toolbar and the Insert menu carry the tree's add actions.
        QVERIFY(window.actions()->toolBar->actions().contains(tree->addVirtualSystemAction()));
        QVERIFY(window.actions()->insertMenu->actions().contains(tree->addDiskAction()));
        QVERIFY(window.actions()->insertMenu->actions().contains(tree->addNetworkAdapterAction()));
    }
};

QTEST_MAIN(TestGuiNewAppliance)
#include "tst_gui_newappliance.moc"
