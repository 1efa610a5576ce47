// Preferences > Trust (TrustPage, TrustSettings: listed, stored, removed; a package opened with
// them: tst_gui_exportwizard) and the re-sign question of Save (ResignDialog), with certificates made by openssl
// here. Screenshots at 1280x800 and 1024x700 into build/screenshots.

#include "app/gui/exportcontroller.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/resigndialog.h"
#include "app/gui/trustpage.h"
#include "app/gui/mainwindow.h"
#include "app/gui/savecontroller.h"
#include "app/gui/trustsettings.h"
#include "editortestkit.h"
#include "model/commands/editsession.h"
#include "model/compat/fixer.h"
#include "model/package/packageverifier.h"
#include "model/package/packinput.h"
#include "packagetestkit.h"
#include "wizards/exportdestinationpage.h"
#include "wizards/exportformatpage.h"
#include "wizards/exportprofilepage.h"
#include "wizards/exportrunpage.h"
#include "wizards/exportsigningpage.h"
#include "wizards/exportwizard.h"
#include "wizards/signerform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::package;

class TestGuiTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_caDir;
    std::unique_ptr<testkit::CertificateAuthority> m_ca;
    std::unique_ptr<MainWindow> m_window;

    static QString corpus(const QString &relative) { return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative; }

    bool open(const QString &path)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->openFile(path);
        return opened.wait(30000);
    }

    static void shoot(QWidget *w, const QString &name)
    {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w->resize(size);
            QApplication::processEvents();
            QVERIFY(editortest::saveScreenshot(*w, u"%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height())));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<testkit::CertificateAuthority>(m_caDir.path());
        QVERIFY2(m_ca->create(), "openssl could not create the test certificates");
    }

    void init()
    {
        QSettings().clear();
        QDir(TrustSettings::storeDirectory()).removeRecursively();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(open(corpus(u"glance/testserver.ova"_s)));
    }

    void cleanup()
    {
        m_window.reset();
    }

    // The re-sign question of Save: a key that does not fit keeps it open with the reason;
    // the right one closes it with a signer; Save Unsigned says so explicitly.
    void resignDialog()
    {
        ResignDialog dialog(u"signed.ova"_s, m_window.get());
        dialog.show();
        SignerForm *form = dialog.form();
        form->keyEdit()->setText(m_ca->path(u"leaf.key"_s));
        form->certificateEdit()->setText(m_ca->path(u"self.pem"_s));
        dialog.signAndSave();
        QTRY_VERIFY(!form->isLoading());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        shoot(&dialog, u"resign-dialog"_s);
        form->certificateEdit()->setText(m_ca->path(u"leaf.pem"_s));
        dialog.signAndSave();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.choice(), ResignDialog::Choice::Resign);
        QVERIFY(dialog.signer());
        QVERIFY(dialog.signer()->certificate().subject.contains(u"OVFW verify leaf"_s));
        ResignDialog plain(u"signed.ova"_s, m_window.get());
        plain.show();
        plain.saveUnsigned();
        QCOMPARE(plain.choice(), ResignDialog::Choice::Unsigned);
        QVERIFY(!plain.signer());
    }

    // Preferences > Trust: a PEM file's certificates listed with subject, issuer and expiry;
    // OK copies it into the store and records it; Remove and OK delete the copy.
    void trustPreferences()
    {
        {
            PreferencesDialog dialog(m_window.get());
            TrustPage *page = dialog.trustPage();
            dialog.tabs()->setCurrentWidget(page);
            QVERIFY(!page->addFile(m_ca->path(u"leaf.key"_s))); // a key is not a certificate
            QVERIFY(page->addFile(m_ca->path(u"root.pem"_s)));
            QVERIFY(page->addFile(m_ca->path(u"expired.pem"_s)));
            QCOMPARE(page->view()->topLevelItemCount(), 2);
            QVERIFY(page->view()->topLevelItem(0)->text(0).contains(u"OVFW verify test root"_s));
            QVERIFY(!page->view()->topLevelItem(1)->text(1).isEmpty());
            QVERIFY(!page->view()->topLevelItem(1)->text(2).isEmpty());
            page->systemStoreBox()->setChecked(false);
            dialog.show();
            shoot(&dialog, u"preferences-trust"_s);
            dialog.accept();
        }
        const QStringList stored = TrustSettings::anchorFiles();
        QCOMPARE(stored.size(), 2);
        for (const QString &file : stored)
            QCOMPARE(QFileInfo(file).absolutePath(), QDir(TrustSettings::storeDirectory()).absolutePath());
        QCOMPARE(testkit::readFile(stored.first()), testkit::readFile(m_ca->path(u"root.pem"_s)));
        QVERIFY(!TrustSettings::trustOptions().useSystemStore);
        QCOMPARE(TrustSettings::trustOptions().extraAnchors, stored);
        {
            PreferencesDialog dialog(m_window.get());
            TrustPage *page = dialog.trustPage();
            QCOMPARE(page->view()->topLevelItemCount(), 2);
            page->view()->setCurrentItem(page->view()->topLevelItem(1));
            QTest::mouseClick(page->removeButton(), Qt::LeftButton);
            QCOMPARE(page->view()->topLevelItemCount(), 1);
            dialog.accept();
        }
        QCOMPARE(TrustSettings::anchorFiles(), QStringList{stored.first()});
        QVERIFY(!QFile::exists(stored.at(1)));
    }

};

QTEST_MAIN(TestGuiTrust)
#include "tst_gui_trust.moc"
