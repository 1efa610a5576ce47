// File > Deploy… in the main window: disabled without a document; opens the deploy wizard on
// the open package (offered on its Source page); with unsaved changes it asks, and either
// saves first, deploys the package as last saved, or does nothing; a document without a file
// can only be saved first.

#include "app/gui/deploylauncher.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "model/commands/setelementtextcommand.h"
#include "wizards/deploywizard.h"
#include "wizards/sourcepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::commands::SetElementTextCommand;
using Choice = DeployLauncher::Choice;

class TestGuiDeployAction : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_ova;

    static bool open(MainWindow &w, const std::function<void()> &how)
    {
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        how();
        return opened.wait(30000);
    }

    // Changes the VirtualSystem's Info through an undo command: the document is modified.
    static void edit(MainWindow &w)
    {
        ovf::xml::Element *root = w.session()->document().root();
        ovf::xml::Element *info = nullptr;
        for (ovf::xml::Element *e : root->childElements()) {
            if (e->localName() == u"VirtualSystem")
                info = e->firstChildElement(e->namespaceUri(), u"Info");
        }
        QVERIFY(info);
        auto command = SetElementTextCommand::create(w.session(), info, u"Edited before deploying"_s);
        QVERIFY(command.has_value());
        QVERIFY(w.session()->push(std::move(command)).has_value());
        QVERIFY(w.session()->isModified());
    }

    static void checkWizardOn(DeployWizard *wizard, const QString &path)
    {
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(DeployPageId::Source));
        auto *source = wizard->deployPage<SourcePage>(DeployPageId::Source);
        QCOMPARE(source->pathEdit()->text(), path);
        auto *useOpen = source->findChild<QRadioButton *>(u"useOpenDocument"_s);
        QVERIFY(useOpen->isChecked());
        QVERIFY(useOpen->text().contains(QFileInfo(path).fileName()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // the offered document is enough
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ova = m_dir.filePath(u"testserver.ova"_s);
        QVERIFY(QFile::copy(QStringLiteral(OVFW_CORPUS_DIR "/glance/testserver.ova"), m_ova));
        QVERIFY(QFile::setPermissions(m_ova, QFile::ReadOwner | QFile::WriteOwner));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void opensTheWizardOnTheOpenPackage()
    {
        MainWindow &w = *m_window;
        QAction *deploy = w.actions()->deploy;
        QVERIFY(w.actions()->fileMenu->actions().contains(deploy));
        QVERIFY(!deploy->isEnabled()); // no document
        QVERIFY(open(w, [&] { w.openFile(m_ova); }));
        QVERIFY(deploy->isEnabled());
        int asked = 0;
        w.deployLauncher()->setPrompt([&](const QString &, bool) {
            ++asked;
            return Choice::Cancel;
        });
        QSignalSpy opened(w.deployLauncher(), &DeployLauncher::wizardOpened);
        deploy->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(asked, 0); // nothing unsaved: no question
        checkWizardOn(w.deployLauncher()->wizard(), m_ova);
        QCOMPARE(w.deployLauncher()->wizard()->parentWidget(), &w);
        w.deployLauncher()->wizard()->close(); // deleted on close
        QTRY_VERIFY(!w.deployLauncher()->wizard());

        QVERIFY(w.closeDocument());
        QVERIFY(!deploy->isEnabled());
    }

    void unsavedChangesAsk()
    {
        MainWindow &w = *m_window;
        QVERIFY(open(w, [&] { w.openFile(m_ova); }));
        edit(w);
        const QByteArray onDisk = [&] {
            QFile f(m_ova);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        Choice answer = Choice::Cancel;
        QString askedName;
        bool askedHasFile = false;
        w.deployLauncher()->setPrompt([&](const QString &name, bool hasFile) {
            askedName = name;
            askedHasFile = hasFile;
            return answer;
        });
        QSignalSpy opened(w.deployLauncher(), &DeployLauncher::wizardOpened);

        w.actions()->deploy->trigger(); // Cancel: nothing happens
        QCOMPARE(askedName, u"testserver.ova"_s);
        QVERIFY(askedHasFile);
        QCOMPARE(opened.size(), 0);
        QVERIFY(w.session()->isModified());

        answer = Choice::DeploySaved; // the package as last saved; the edit stays unsaved
        w.actions()->deploy->trigger();
        QCOMPARE(opened.size(), 1);
        checkWizardOn(w.deployLauncher()->wizard(), m_ova);
        QVERIFY(w.session()->isModified());
        QFile f(m_ova);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), onDisk);
        f.close();
        w.deployLauncher()->wizard()->close();

        answer = Choice::SaveFirst; // saved, then the wizard opens on the saved package
        QSignalSpy saved(&w, &MainWindow::saveFinished);
        w.actions()->deploy->trigger();
        QCOMPARE(opened.size(), 1); // not before the save finished
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.first().first().toBool());
        QTRY_COMPARE(opened.size(), 2);
        QVERIFY(!w.session()->isModified());
        checkWizardOn(w.deployLauncher()->wizard(), m_ova);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Edited before deploying"));
    }

    void documentWithoutFileMustBeSavedFirst()
    {
        MainWindow &w = *m_window;
        QVERIFY(open(w, [&] { w.openSample(); }));
        QVERIFY(w.currentFile().isEmpty());
        QVERIFY(w.actions()->deploy->isEnabled());
        bool askedHasFile = true;
        w.deployLauncher()->setPrompt([&](const QString &, bool hasFile) {
            askedHasFile = hasFile;
            return Choice::DeploySaved; // meaningless without a file: ignored
        });
        QSignalSpy opened(w.deployLauncher(), &DeployLauncher::wizardOpened);
        w.actions()->deploy->trigger();
        QVERIFY(!askedHasFile);
        QCOMPARE(opened.size(), 0);
    }
};

QTEST_MAIN(TestGuiDeployAction)
#include "tst_gui_deployaction.moc"
