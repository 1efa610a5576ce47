// File > Export… (the Export wizard through the main window and ExportController): every page
// driven with QTest, the package written by DocumentSaver/PackageWriter and verified with
// PackageVerifier; signing with keys made by openssl in the test; overwrite, cancel and
// rollback; Make Compatible as one undo step; Save As for packages (Preferences > Trust and
// re-signing on Save: tst_gui_trust).
// Screenshots of every page at 1280x800 and 1024x700 into build/screenshots.

#include "app/gui/exportcontroller.h"
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

class TestGuiExportWizard : public QObject
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

    ExportWizard *startExport()
    {
        ExportWizard *wizard = m_window->exportController()->exportDocument();
        if (wizard)
            wizard->setConfirm([](const QString &, const QString &) {
                qWarning("unexpected question");
                return false;
            });
        return wizard;
    }

    // Next, and when that loads a signing key on a worker, waits until it is loaded (the page
    // then moves on by itself, or stays with the reason).
    static void step(ExportWizard *wizard)
    {
        wizard->next();
        QDeadlineTimer deadline(60000);
        while (wizard->signingPage()->form()->isLoading() && !deadline.hasExpired())
            QTest::qWait(10);
        QCoreApplication::processEvents();
    }

    // Next until the run page, then waits for the write and the verification.
    static bool runToEnd(ExportWizard *wizard)
    {
        while (wizard->currentId() != ExportWizard::RunId) {
            const int before = wizard->currentId();
            step(wizard);
            if (wizard->currentId() == before)
                return false;
        }
        ExportRunPage *run = wizard->runPage();
        QDeadlineTimer deadline(120000);
        while (run->isBusy() && !deadline.hasExpired())
            QTest::qWait(20);
        if (run->stage() == ExportRunPage::Stage::Failed && run->reasonsList()->count() > 0)
            qInfo("export: %s", qPrintable(run->reasonsList()->item(0)->text()));
        return run->stage() == ExportRunPage::Stage::Done;
    }

    static void shoot(QWidget *w, const QString &name)
    {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w->resize(size);
            QApplication::processEvents();
            QVERIFY(editortest::saveScreenshot(*w, u"%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height())));
        }
    }

    void usePem(ExportWizard *wizard, const QString &who)
    {
        SignerForm *form = wizard->signingPage()->form();
        form->setMode(SignerForm::Mode::Pem);
        form->keyEdit()->setText(m_ca->path(who + u".key"_s));
        form->certificateEdit()->setText(m_ca->path(who + u".pem"_s));
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

    // The whole wizard: OVA, SHA-256, a target profile, signed with a PEM key by the test CA,
    // the root trusted in Preferences > Trust: the last page says Verified, and so does an
    // independent PackageVerifier run; every File has ovf:size; the document stays as it was.
    void signedOvaVerified()
    {
        QVERIFY(TrustSettings::save({m_ca->path(u"root.pem"_s)}, false));
        const QString documentPath = m_window->currentFile();
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::FormatId));
        QVERIFY(wizard->formatPage()->ovaChoice()->isChecked());
        shoot(wizard, u"exportwizard-1-format"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::ProfileId));
        wizard->profilePage()->setProfileId(u"vsphere8"_s);
        QVERIFY(!wizard->profilePage()->summaryLabel()->text().isEmpty());
        shoot(wizard, u"exportwizard-2-target"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::SigningId));
        usePem(wizard, u"leaf"_s);
        shoot(wizard, u"exportwizard-3-signing"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::DestinationId));
        QVERIFY(wizard->signingPage()->form()->passphraseEdit()->text().isEmpty());
        const QString dest = m_dir.filePath(u"signed.ova"_s);
        wizard->destinationPage()->pathEdit()->setText(m_dir.filePath(u"signed"_s)); // extension added
        shoot(wizard, u"exportwizard-4-destination"_s);
        QVERIFY(runToEnd(wizard));
        shoot(wizard, u"exportwizard-5-verified"_s);
        const VerifyResult &shown = wizard->runPage()->result();
        QCOMPARE(shown.packagePath, dest);
        QVERIFY2(shown.verdict.state == TrustState::Verified, qPrintable(testkit::describe(shown)));
        QVERIFY(wizard->runPage()->stateLabel()->text().contains(u"Verified"_s));

        VerifyOptions options;
        options.trust.useSystemStore = false;
        options.trust.extraAnchors = {m_ca->path(u"root.pem"_s)};
        const VerifyResult again = PackageVerifier::verify(dest, options);
        QVERIFY2(again.verdict.state == TrustState::Verified, qPrintable(testkit::describe(again)));
        QVERIFY(again.signature);
        QVERIFY(again.signature->signer.subject.contains(u"OVFW verify leaf"_s));
        auto input = PackInput::open(dest);
        QVERIFY2(input, qPrintable(input ? QString() : input.error()));
        const QString ns = input->descriptor().envelopeNamespace();
        QVERIFY(!input->files().isEmpty());
        for (const PackInputFile &file : input->files())
            QCOMPARE(file.element->attributeValue(ns, u"size").toLongLong(), file.size);
        // Export is not Save As: the document's file is still the one it was opened from.
        QCOMPARE(m_window->currentFile(), documentPath);
        wizard->accept();
    }

    // The trust comes from the preferences: without the root trusted, the same export is Intact
    // and the last page says why (the signer is not trusted).
    void untrustedSignerIsIntact()
    {
        QVERIFY(TrustSettings::save({}, false));
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        step(wizard);
        step(wizard);
        usePem(wizard, u"leaf"_s);
        step(wizard);
        wizard->destinationPage()->pathEdit()->setText(m_dir.filePath(u"untrusted.ova"_s));
        QVERIFY(runToEnd(wizard));
        QCOMPARE(wizard->runPage()->result().verdict.state, TrustState::Intact);
        QVERIFY(wizard->runPage()->reasonsList()->count() > 0);
        wizard->accept();
    }

    // A key that does not belong to the certificate: Next stays on the signing page and says so.
    void wrongKeyStaysOnSigningPage()
    {
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        step(wizard);
        step(wizard);
        SignerForm *form = wizard->signingPage()->form();
        form->setMode(SignerForm::Mode::Pem);
        form->keyEdit()->setText(m_ca->path(u"leaf.key"_s));
        form->certificateEdit()->setText(m_ca->path(u"self.pem"_s));
        form->passphraseEdit()->setText(u"secret"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::SigningId));
        QVERIFY(!wizard->signingPage()->statusLabel()->text().isEmpty());
        QVERIFY(form->passphraseEdit()->text().isEmpty()); // never kept
        // A PKCS#12 file that is not one: the error names it.
        form->setMode(SignerForm::Mode::Pkcs12);
        form->pkcs12Edit()->setText(m_ca->path(u"leaf.pem"_s));
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::SigningId));
        QVERIFY2(wizard->signingPage()->statusLabel()->text().contains(u"leaf.pem"_s),
                 qPrintable(wizard->signingPage()->statusLabel()->text()));
        wizard->reject();
    }

    // A PKCS#12 file with a passphrase (made by openssl here) signs like the PEM pair.
    void pkcs12Signs()
    {
        const QString p12 = m_dir.filePath(u"leaf.p12"_s);
        QProcess openssl;
        openssl.start(QStandardPaths::findExecutable(u"openssl"_s),
                      {u"pkcs12"_s, u"-export"_s, u"-inkey"_s, m_ca->path(u"leaf.key"_s), u"-in"_s,
                       m_ca->path(u"leaf.pem"_s), u"-out"_s, p12, u"-passout"_s, u"pass:s3cret"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        step(wizard);
        step(wizard);
        SignerForm *form = wizard->signingPage()->form();
        form->setMode(SignerForm::Mode::Pkcs12);
        form->pkcs12Edit()->setText(p12);
        form->passphraseEdit()->setText(u"wrong"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::SigningId));
        form->passphraseEdit()->setText(u"s3cret"_s);
        step(wizard);
        QCOMPARE(wizard->currentId(), int(ExportWizard::DestinationId));
        wizard->destinationPage()->pathEdit()->setText(m_dir.filePath(u"p12.ova"_s));
        QVERIFY(runToEnd(wizard));
        QVERIFY(wizard->runPage()->result().signature);
        QVERIFY(wizard->runPage()->result().signature->signatureValid);
        wizard->accept();
    }

    // OVF folder with gzip-compressed files, SHA-512: every File says ovf:compression="gzip"
    // and its compressed ovf:size; the result verifies (unsigned: Intact).
    void gzipFolder()
    {
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        ExportFormatPage *format = wizard->formatPage();
        format->folderChoice()->setChecked(true);
        format->manifestCombo()->setCurrentIndex(format->manifestCombo()->findData(int(DigestAlgorithm::Sha512)));
        format->compressionCombo()->setCurrentIndex(format->compressionCombo()->findData(int(ExportChoices::Compression::Gzip)));
        step(wizard);
        step(wizard);
        step(wizard);
        const QString dest = m_dir.filePath(u"gzfolder"_s);
        wizard->destinationPage()->pathEdit()->setText(dest);
        QVERIFY(runToEnd(wizard));
        QCOMPARE(wizard->runPage()->result().verdict.state, TrustState::Intact);
        QVERIFY(QFileInfo(dest).isDir());
        auto input = PackInput::open(dest);
        QVERIFY(input);
        const QString ns = input->descriptor().envelopeNamespace();
        for (const PackInputFile &file : input->files()) {
            QCOMPARE(file.element->attributeValue(ns, u"compression"), u"gzip"_s);
            QCOMPARE(file.element->attributeValue(ns, u"size").toLongLong(), file.size);
        }
        QVERIFY(testkit::readFile(QDir(dest).filePath(u"testserver.mf"_s)).startsWith("SHA512("));
        wizard->accept();
    }

    // A chunk size that does not parse keeps Next disabled and says why.
    void chunkSizeChecked()
    {
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        ExportFormatPage *format = wizard->formatPage();
        format->chunkBox()->setChecked(true);
        format->chunkEdit()->setText(u"lots"_s);
        QVERIFY(!format->isComplete());
        format->chunkEdit()->setText(u"512 KiB"_s);
        QVERIFY(!format->isComplete());
        format->chunkEdit()->setText(u"1 GiB"_s);
        QVERIFY(format->isComplete());
        ExportChoices choices;
        format->apply(choices);
        QCOMPARE(choices.chunkSize, qint64(1) << 30);
        wizard->reject();
    }

    // An existing destination: declining the question stays on the page and leaves the file;
    // accepting replaces it only with a complete, verified package.
    void overwriteAsked()
    {
        const QString dest = m_dir.filePath(u"existing.ova"_s);
        QVERIFY(testkit::writeFile(dest, "the user's file"));
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        int asked = 0;
        bool answer = false;
        wizard->setConfirm([&](const QString &, const QString &text) {
            ++asked;
            [&] { QVERIFY(text.contains(u"existing.ova"_s)); }();
            return answer;
        });
        step(wizard);
        step(wizard);
        step(wizard);
        wizard->destinationPage()->pathEdit()->setText(dest);
        step(wizard);
        QCOMPARE(asked, 1);
        QCOMPARE(wizard->currentId(), int(ExportWizard::DestinationId));
        QCOMPARE(testkit::readFile(dest), QByteArray("the user's file"));
        answer = true;
        QVERIFY(runToEnd(wizard));
        QCOMPARE(asked, 2);
        QVERIFY(testkit::readFile(dest).size() > 1024);
        wizard->accept();
    }

    // Cancel while writing: the run page says it failed, no partial file is left beside the
    // destination, and the existing file there is untouched. Back is possible afterwards.
    void cancelRollsBack()
    {
        // A document whose file is large enough that the write is still running when Stop lands.
        const QString src = m_dir.filePath(u"big"_s);
        QVERIFY(QDir().mkpath(src));
        {
            QFile disk(src + u"/big.img"_s);
            QVERIFY(disk.open(QIODevice::WriteOnly));
            QVERIFY(disk.resize(qint64(512) << 20));
        }
        QVERIFY(testkit::writeFile(src + u"/big.ovf"_s, testkit::descriptor({{u"f1"_s, u"big.img"_s, std::nullopt, std::nullopt, false}})));
        QVERIFY(open(src + u"/big.ovf"_s));
        const QString destDir = m_dir.filePath(u"cancel"_s);
        QVERIFY(QDir().mkpath(destDir));
        const QString dest = destDir + u"/big.ova"_s;
        QVERIFY(testkit::writeFile(dest, "keep me"));
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        wizard->setConfirm([](const QString &, const QString &) { return true; });
        connect(wizard, &ExportWizard::writeRequested, wizard->runPage(), &ExportRunPage::cancel, Qt::QueuedConnection);
        step(wizard);
        step(wizard);
        step(wizard);
        wizard->destinationPage()->pathEdit()->setText(dest);
        QVERIFY(!runToEnd(wizard));
        QCOMPARE(wizard->runPage()->stage(), ExportRunPage::Stage::Failed);
        shoot(wizard, u"exportwizard-5-cancelled"_s);
        QCOMPARE(testkit::readFile(dest), QByteArray("keep me"));
        QCOMPARE(QDir(destDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"big.ova"_s});
        QCOMPARE(wizard->runPage()->stateLabel()->text(), u"Export stopped"_s);
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ExportWizard::DestinationId));
        wizard->reject();
    }

    // Make Compatible on the target page is one undo step on the document; the findings are
    // linted again; Undo brings them back.
    void makeCompatibleOneUndoStep()
    {
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        step(wizard);
        ExportProfilePage *page = wizard->profilePage();
        QString chosen;
        for (int i = 1; i < page->profileCombo()->count() && chosen.isEmpty(); ++i) {
            page->profileCombo()->setCurrentIndex(i);
            for (const ovf::compat::Finding &f : page->findings()) {
                if (!f.fixId.isEmpty() && !ovf::compat::Fixer::isPackageFix(f.fixId))
                    chosen = page->profileId();
            }
        }
        if (chosen.isEmpty())
            QSKIP("no profile has a document fix for this appliance");
        const qsizetype before = page->findings().size();
        QUndoStack *stack = m_window->session()->undoStack();
        const int steps = stack->count();
        QVERIFY(page->makeCompatibleButton()->isEnabled());
        QTest::mouseClick(page->makeCompatibleButton(), Qt::LeftButton);
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(page->findings().size() < before);
        stack->undo();
        page->relint();
        QCOMPARE(page->findings().size(), before);
        wizard->reject();
    }

    // Save As with a package destination opens the wizard preset to it; the verified package
    // becomes the document's file.
    void saveAsPackageUsesWizard()
    {
        const QString dest = m_dir.filePath(u"saved-as.zip"_s);
        m_window->saveController()->setChooseDestination([&](const DocumentOrigin &) {
            return std::pair{dest, DocumentSaver::Target::Zip};
        });
        QVERIFY(m_window->saveAs());
        ExportWizard *wizard = m_window->exportController()->wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->formatPage()->zipChoice()->isChecked());
        step(wizard);
        step(wizard);
        step(wizard);
        QCOMPARE(wizard->destinationPage()->destination(), dest);
        QVERIFY(runToEnd(wizard));
        QCOMPARE(m_window->currentFile(), dest);
        QVERIFY(!m_window->session()->isModified());
        wizard->accept();
    }

    // Opening a signed package verifies it with the Trust preferences' anchors.
    void openVerifiesWithTrust()
    {
        QVERIFY(TrustSettings::save({m_ca->path(u"root.pem"_s)}, false));
        ExportWizard *wizard = startExport();
        QVERIFY(wizard);
        step(wizard);
        step(wizard);
        usePem(wizard, u"leaf"_s);
        step(wizard);
        const QString dest = m_dir.filePath(u"reopen.ova"_s);
        wizard->destinationPage()->pathEdit()->setText(dest);
        QVERIFY(runToEnd(wizard));
        wizard->accept();
        QVERIFY(open(dest));
        QCOMPARE(m_window->origin().trust, trustStateName(TrustState::Verified));
        QVERIFY(m_window->origin().wasSigned);
        QVERIFY(TrustSettings::save({}, false));
        QVERIFY(open(corpus(u"glance/testserver.ova"_s)));
        QVERIFY(open(dest));
        QCOMPARE(m_window->origin().trust, trustStateName(TrustState::Intact));
    }
};

QTEST_MAIN(TestGuiExportWizard)
#include "tst_gui_exportwizard.moc"
