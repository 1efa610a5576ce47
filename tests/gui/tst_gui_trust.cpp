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
#include "mainwindowtestkit.h"
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
#include <QElapsedTimer>
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
#include <QThreadPool>
#include <QUndoStack>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

    // Writes `bytes` into a FIFO when fed (or at the latest after 30 s, so that a test that
    // went wrong does not hang: whoever blocks on the FIFO is then released), once a reader
    // has it open.
    class Feeder
    {
    public:
        Feeder(const QString &fifo, const QByteArray &bytes) : m_fifo(fifo), m_bytes(bytes)
        {
            m_thread = std::thread([this] {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, std::chrono::seconds(30), [this] { return m_fed; });
                // Without blocking: only once a reader has the FIFO open (for up to 20 s).
                const QByteArray path = QFile::encodeName(m_fifo);
                for (int attempt = 0; attempt < 400; ++attempt) {
                    const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
                    if (fd >= 0) {
                        [[maybe_unused]] const auto n = ::write(fd, m_bytes.constData(), size_t(m_bytes.size()));
                        ::close(fd);
                        return;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            });
        }
        ~Feeder()
        {
            feed();
            m_thread.join();
        }
        void feed()
        {
            {
                std::lock_guard lock(m_mutex);
                m_fed = true;
            }
            m_wake.notify_all();
        }

    private:
        QString m_fifo;
        QByteArray m_bytes;
        std::mutex m_mutex;
        std::condition_variable m_wake;
        bool m_fed = false;
        std::thread m_thread;
    };

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
            QTRY_VERIFY(!page->isLoading()); // the (empty) stored list
            page->addFiles({m_ca->path(u"leaf.key"_s)}); // a key is not a certificate
            QTRY_VERIFY(!page->isLoading());
            QVERIFY2(page->errorText().contains(m_ca->path(u"leaf.key"_s)), qPrintable(page->errorText()));
            QCOMPARE(page->view()->topLevelItemCount(), 0);
            page->addFiles({m_ca->path(u"root.pem"_s), m_ca->path(u"expired.pem"_s)});
            QTRY_VERIFY(!page->isLoading());
            QVERIFY(page->errorText().isEmpty());
            QCOMPARE(page->view()->topLevelItemCount(), 2);
            QVERIFY(page->view()->topLevelItem(0)->text(0).contains(u"OVFW verify test root"_s));
            QVERIFY(!page->view()->topLevelItem(1)->text(1).isEmpty());
            QVERIFY(!page->view()->topLevelItem(1)->text(2).isEmpty());
            page->systemStoreBox()->setChecked(false);
            dialog.show();
            shoot(&dialog, u"preferences-trust"_s);
            QVERIFY(mainwindowtest::acceptPreferences(dialog));
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
            QTRY_COMPARE(page->view()->topLevelItemCount(), 2); // listed from the store, on a worker
            QVERIFY(!page->isLoading());
            page->view()->setCurrentItem(page->view()->topLevelItem(1));
            QTest::mouseClick(page->removeButton(), Qt::LeftButton);
            QCOMPARE(page->view()->topLevelItemCount(), 1);
            QVERIFY(mainwindowtest::acceptPreferences(dialog));
        }
        QCOMPARE(TrustSettings::anchorFiles(), QStringList{stored.first()});
        QVERIFY(!QFile::exists(stored.at(1)));
    }

    // The GUI thread never reads a certificate file: a FIFO that nobody writes blocks whoever
    // opens it, yet adding it returns at once and the window keeps handling events while the
    // page shows that it is busy. Once the FIFO is fed the certificate appears; OK pressed
    // meanwhile waits for it, then stores it (reading the file once more, on a worker).
    void readsOffTheGuiThread()
    {
        const QString fifo = m_dir.filePath(u"slow.pem"_s);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Feeder feeder(fifo, testkit::readFile(m_ca->path(u"root.pem"_s)));

        PreferencesDialog dialog(m_window.get());
        TrustPage *page = dialog.trustPage();
        dialog.tabs()->setCurrentWidget(page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!page->isLoading());
        QElapsedTimer clock;
        clock.start();
        page->addFiles({fifo});
        QVERIFY2(clock.elapsed() < 2000, "adding a file waited for it to be read");
        QVERIFY(page->isLoading());
        QTest::qWait(300); // events keep flowing; the worker still waits for the FIFO
        QVERIFY(page->isLoading());
        QVERIFY(page->busyLabel()->isVisible());
        QVERIFY(!page->busyLabel()->text().isEmpty());
        shoot(&dialog, u"preferences-trust-busy"_s);
        dialog.accept(); // waits for the file being read
        QTest::qWait(100);
        QVERIFY(dialog.isVisible());

        QSignalSpy finished(&dialog, &QDialog::finished);
        feeder.feed();
        QTRY_COMPARE_WITH_TIMEOUT(page->view()->topLevelItemCount(), 1, 20000);
        // Storing copies the file: it is read again (on a worker too), so it is fed again.
        QVERIFY(dialog.isVisible());
        Feeder again(fifo, testkit::readFile(m_ca->path(u"root.pem"_s)));
        again.feed();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
        QCOMPARE(page->view()->topLevelItemCount(), 1);
        QVERIFY(page->view()->topLevelItem(0)->text(0).contains(u"OVFW verify test root"_s));
        QVERIFY(!page->busyLabel()->isVisible());
        QCOMPARE(TrustSettings::anchorFiles().size(), 1);
        QCOMPARE(testkit::readFile(TrustSettings::anchorFiles().first()), testkit::readFile(m_ca->path(u"root.pem"_s)));
    }

    // A result that arrives after the page is gone is dropped: nothing is listed, stored or
    // crashed into.
    void resultsAfterCloseDropped()
    {
        const QString fifo = m_dir.filePath(u"late.pem"_s);
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Feeder feeder(fifo, testkit::readFile(m_ca->path(u"root.pem"_s)));
        {
            PreferencesDialog dialog(m_window.get());
            QTRY_VERIFY(!dialog.trustPage()->isLoading());
            dialog.trustPage()->addFiles({fifo});
            QVERIFY(dialog.trustPage()->isLoading());
            dialog.reject();
        } // the page goes while its worker still reads
        feeder.feed();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
        QVERIFY(TrustSettings::anchorFiles().isEmpty());
    }

};

QTEST_MAIN(TestGuiTrust)
#include "tst_gui_trust.moc"
