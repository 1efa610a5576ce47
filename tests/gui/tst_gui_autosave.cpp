// Autosave: written while there are unsaved changes, removed on save and discard, and
// offered for restore after a run that did not close cleanly. The crash is real: a child
// process (this executable with "--crash-child") edits, waits for its autosave and exits
// without cleaning up.
#include "app/gui/autosavemanager.h"
#include "app/gui/autosaverestoredialog.h"
#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/ovf/xmldocument.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstdlib>

using namespace Qt::StringLiterals;
using ovf::commands::SetAttributeCommand;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

bool openIn(MainWindow &w, const QString &path)
{
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(path);
    return opened.wait(30000);
}

bool renameFirstSystem(MainWindow &w, const QString &id)
{
    for (ovf::xml::Element *e : w.session()->document().root()->childElements()) {
        if (e->localName() == u"VirtualSystem" || e->localName() == u"VirtualSystemCollection") {
            auto command = SetAttributeCommand::createOvf(w.session(), e, u"id", id);
            return command && w.session()->push(std::move(command)).has_value();
        }
    }
    return false;
}

void configure(QApplication &)
{
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_autosave"_s);
}

// The child: open, edit, wait for the autosave, then die without any cleanup.
int crashChild(const QString &path)
{
    MainWindow w;
    w.autosave()->setInterval(100);
    if (!openIn(w, path) || !renameFirstSystem(w, u"crashed-edit"_s))
        return 10;
    QSignalSpy autosaved(w.autosave(), &AutosaveManager::autosaved);
    if (!autosaved.wait(10000))
        return 11;
    std::_Exit(42);
}

} // namespace

class TestGuiAutosave : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QDir(AutosaveManager::directory()).removeRecursively();
        QSettings().clear();
    }

    // Written after the interval while modified, with the document's bytes and origin;
    // removed on save; not written while unmodified.
    void writtenWhileModifiedRemovedOnSave()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"auto.ovf"_s);
        QVERIFY(QFile::copy(corpus(u"govmomi/SugarCRM.ovf"_s), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        w.autosave()->setInterval(100);
        QVERIFY(openIn(w, copy));
        QSignalSpy autosaved(w.autosave(), &AutosaveManager::autosaved);
        QVERIFY(!autosaved.wait(400)); // unmodified: nothing to autosave
        QVERIFY(w.autosave()->currentDataPath().startsWith(AutosaveManager::directory()));
        QVERIFY(!QFile::exists(w.autosave()->currentDataPath()));

        QVERIFY(renameFirstSystem(w, u"autosaved"_s));
        QVERIFY(autosaved.wait(5000));
        const QString data = autosaved.last().first().toString();
        QCOMPARE(data, w.autosave()->currentDataPath());
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), w.session()->document().save());
        QFile meta(QFileInfo(data).path() + u'/' + QFileInfo(data).completeBaseName() + u".json"_s);
        QVERIFY(meta.open(QIODevice::ReadOnly));
        const QJsonObject origin = QJsonDocument::fromJson(meta.readAll()).object().value(u"origin"_s).toObject();
        QCOMPARE(origin.value(u"path"_s).toString(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(origin.value(u"kind"_s).toString(), u"descriptor"_s);
        // Another instance of this process is running: its autosaves are not offered.
        QVERIFY(AutosaveManager::pending().isEmpty());

        QSignalSpy saved(&w, &MainWindow::saveFinished);
        QVERIFY(w.save());
        QVERIFY(saved.wait(10000));
        QVERIFY(!QFile::exists(data));
        QVERIFY(!meta.exists());
        QVERIFY(!autosaved.wait(400)); // clean again: the timer stopped
    }

    // Discarding the changes removes the autosave.
    void removedOnDiscard()
    {
        MainWindow w;
        w.autosave()->setInterval(100);
        QVERIFY(openIn(w, corpus(u"govmomi/SugarCRM.ovf"_s)));
        QVERIFY(renameFirstSystem(w, u"to-discard"_s));
        QSignalSpy autosaved(w.autosave(), &AutosaveManager::autosaved);
        QVERIFY(autosaved.wait(5000));
        const QString data = w.autosave()->currentDataPath();
        QVERIFY(QFile::exists(data));
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(w.closeDocument());
        QVERIFY(!QFile::exists(data));
        QVERIFY(QDir(AutosaveManager::directory()).entryList({u"*.ovf"_s, u"*.json"_s}, QDir::Files).isEmpty());
    }

    // A run that crashed leaves its autosave; the next start offers it and restores the
    // edit as unsaved changes of the original file.
    void restoreAfterCrash()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"crash.ovf"_s);
        QVERIFY(QFile::copy(corpus(u"govmomi/SugarCRM.ovf"_s), copy));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--crash-child"_s, copy});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 42);

        const QList<AutosaveManager::Entry> pending = AutosaveManager::pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().origin.path, QFileInfo(copy).absoluteFilePath());

        MainWindow w;
        QStringList listed;
        w.setRestorePrompt([&](AutosaveRestoreDialog &dialog) {
            for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
                listed << dialog.list()->topLevelItem(i)->text(0);
            dialog.restoreSelected();
        });
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QVERIFY(w.offerAutosaveRestore());
        QVERIFY(opened.wait(10000));
        QCOMPARE(listed, QStringList{u"crash.ovf"_s});
        QVERIFY(w.session()->isModified());
        QVERIFY(w.session()->document().save().contains("ovf:id=\"crashed-edit\""));
        QCOMPARE(w.origin().path, QFileInfo(copy).absoluteFilePath());
        QCOMPARE(w.origin().kind, DocumentOrigin::Kind::Descriptor);
        QVERIFY(w.isWindowModified());
        QVERIFY(AutosaveManager::pending().isEmpty()); // taken over by this run

        // Saving writes the restored edit to the original file.
        QSignalSpy saved(&w, &MainWindow::saveFinished);
        QVERIFY(w.save());
        QVERIFY(saved.wait(10000));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ovf:id=\"crashed-edit\""));
    }

    // Discard All removes the autosaves of the crashed run.
    void discardAfterCrash()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"crash2.ovf"_s);
        QVERIFY(QFile::copy(corpus(u"govmomi/SugarCRM.ovf"_s), copy));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--crash-child"_s, copy});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 42);
        QCOMPARE(AutosaveManager::pending().size(), 1);
        MainWindow w;
        w.setRestorePrompt([](AutosaveRestoreDialog &dialog) { dialog.discardAll(); });
        QVERIFY(!w.offerAutosaveRestore());
        QVERIFY(AutosaveManager::pending().isEmpty());
        QVERIFY(!w.session());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // AppDataLocation under ~/.qttest
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0) {
        QApplication app(argc, argv);
        configure(app);
        return crashChild(QString::fromLocal8Bit(argv[2]));
    }
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    configure(app);
    TestGuiAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_autosave.moc"
