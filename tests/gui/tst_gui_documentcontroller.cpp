// The document controller without a window (a QCoreApplication, no widget anywhere): loading
// a descriptor and a package, edits and the modified state, the unsaved-changes question and
// its three answers, Save / Save As / save-then-continue, the signed-package question, live
// validation after edits, autosave while modified, and the order of aboutToDrop / closed.
#include "app/gui/autosavemanager.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/validationrunner.h"
#include "model/commands/editsession.h"
#include "model/commands/setelementtextcommand.h"
#include "model/package/packageverifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Choice = DocumentController::UnsavedChoice;
using Target = DocumentSaver::Target;

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    static QString corpus(const QString &relative) { return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative; }
    static QString data(const QString &name) { return QStringLiteral(OVFW_TEST_DATA_DIR) + u'/' + name; }

    // Opens `path` and waits for its first validation.
    static bool open(DocumentController &c, const QString &path)
    {
        QSignalSpy opened(&c, &DocumentController::opened);
        QSignalSpy validated(&c, &DocumentController::validationFinished);
        c.open(path);
        return opened.wait(30000) && (validated.size() > 0 || validated.wait(30000));
    }

    static bool waitSaved(DocumentController &c, ovf::package::PackageWriteError *failure = nullptr)
    {
        QSignalSpy saved(&c, &DocumentController::saved);
        QSignalSpy failed(&c, &DocumentController::saveFailed);
        if (!QTest::qWaitFor([&] { return saved.size() + failed.size() > 0; }, 30000))
            return false;
        if (failure && !failed.isEmpty())
            *failure = failed.first().at(0).value<ovf::package::PackageWriteError>();
        return !saved.isEmpty();
    }

    // Changes the first VirtualSystem's (or the envelope's first) Info text.
    static void edit(DocumentController &c, const QString &text)
    {
        ovf::xml::Element *root = c.session()->document().root();
        ovf::xml::Element *info = nullptr;
        for (ovf::xml::Element *e : root->childElements()) {
            if (e->localName() == u"VirtualSystem" || e->localName() == u"VirtualSystemCollection")
                info = e->firstChildElement(e->namespaceUri(), u"Info");
            if (info)
                break;
        }
        QVERIFY(info);
        auto command = ovf::commands::SetElementTextCommand::create(c.session(), info, text);
        QVERIFY2(command.has_value(), qPrintable(command ? QString() : command.error()));
        QVERIFY(c.session()->push(std::move(command)).has_value());
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    }
    void init() { QSettings().clear(); }

    // A lone descriptor: opened, its origin, a first validation with a report.
    void opensDescriptorAndValidates()
    {
        DocumentController c;
        QSignalSpy started(&c, &DocumentController::loadStarted);
        QVERIFY(!c.isOpen());
        QVERIFY(open(c, data(u"tiny-appliance.ovf"_s)));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).value<DocumentController::LoadKind>(), DocumentController::LoadKind::File);
        QVERIFY(c.isOpen());
        QVERIFY(c.descriptor());
        QCOMPARE(c.origin().kind, DocumentOrigin::Kind::Descriptor);
        QCOMPARE(c.currentFile(), QFileInfo(data(u"tiny-appliance.ovf"_s)).absoluteFilePath());
        QCOMPARE(c.name(), u"tiny-appliance.ovf"_s);
        QVERIFY(!c.isModified());
        QVERIFY(!c.isValidating());
        QVERIFY(c.report());
    }

    // A package: the origin says where the other members come from.
    void opensPackage()
    {
        DocumentController c;
        QVERIFY(open(c, corpus(u"glance/testserver.ova"_s)));
        QVERIFY(c.origin().isPackage());
        QCOMPARE(c.origin().format, DocumentOrigin::Format::Ova);
        QVERIFY(!c.origin().members.isEmpty());
    }

    void loadFailureIsReported()
    {
        const QString broken = m_dir.filePath(u"broken.ovf"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<Envelope><unclosed></Envelope>");
        file.close();
        DocumentController c;
        QSignalSpy failed(&c, &DocumentController::loadFailed);
        c.open(broken);
        QVERIFY(failed.wait(30000));
        QVERIFY(!c.isOpen());
        QCOMPARE(failed.first().at(0).value<ovf::LoadError>().file, broken);
    }

    // Edits mark the document modified, start a new validation and the autosave; the
    // question on close: Cancel keeps it, Discard drops it and its autosave.
    void editsAndTheUnsavedQuestion()
    {
        DocumentController c;
        QVERIFY(open(c, data(u"tiny-appliance.ovf"_s)));
        QSignalSpy modified(&c, &DocumentController::modifiedChanged);
        QSignalSpy validated(&c, &DocumentController::validationFinished);
        c.autosave()->setInterval(50);
        QSignalSpy autosaved(c.autosave(), &AutosaveManager::autosaved);
        edit(c, u"edited"_s);
        QVERIFY(c.isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(modified.first().at(0).toBool());
        QVERIFY(validated.wait(10000));
        QVERIFY(autosaved.wait(10000));
        const QString autosave = c.autosave()->currentDataPath();
        QVERIFY(QFile::exists(autosave));

        QStringList asked;
        Choice answer = Choice::Cancel;
        c.setUnsavedPrompt([&](const QString &name) {
            asked << name;
            return answer;
        });
        QSignalSpy closed(&c, &DocumentController::closed);
        QVERIFY(!c.close());
        QCOMPARE(asked, QStringList{u"tiny-appliance.ovf"_s});
        QVERIFY(c.isOpen());
        QVERIFY(closed.isEmpty());

        // aboutToDrop comes while the session still exists, closed once it is gone.
        bool sessionWhenDropped = false;
        connect(&c, &DocumentController::aboutToDrop, this, [&] { sessionWhenDropped = c.session() != nullptr; });
        answer = Choice::Discard;
        QVERIFY(c.close());
        QVERIFY(sessionWhenDropped);
        QCOMPARE(closed.size(), 1);
        QVERIFY(!c.isOpen());
        QVERIFY(c.name().isEmpty());
        QVERIFY(!c.report());
        QVERIFY(!QFile::exists(autosave));
    }

    // Without a prompt installed the question is answered Cancel: nothing is lost.
    void noPromptMeansCancel()
    {
        DocumentController c;
        QVERIFY(open(c, data(u"tiny-appliance.ovf"_s)));
        edit(c, u"edited"_s);
        QVERIFY(!c.close());
        QVERIFY(c.isOpen());
        c.discard();
        QVERIFY(!c.isOpen());
    }

    // Save writes back to the same file; the document is then unmodified and its bytes are
    // the file's.
    void saveWritesBack()
    {
        const QString path = m_dir.filePath(u"save.ovf"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(data(u"tiny-appliance.ovf"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        DocumentController c;
        QVERIFY(open(c, path));
        edit(c, u"saved text"_s);
        QSignalSpy started(&c, &DocumentController::saveStarted);
        QVERIFY(c.save());
        QVERIFY(c.isSaving());
        QVERIFY(!c.save()); // one save at a time
        QVERIFY(waitSaved(c));
        QCOMPARE(started.size(), 1);
        QVERIFY(!c.isModified());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), c.session()->document().save());
    }

    // The sample has no file: Save asks for a destination (none: nothing happens), and the
    // unsaved question's Save runs the continuation only after the save succeeded.
    void sampleSavesAsThenContinues()
    {
        DocumentController c;
        QSignalSpy opened(&c, &DocumentController::opened);
        c.openSample();
        QVERIFY(opened.wait(30000));
        QCOMPARE(c.origin().kind, DocumentOrigin::Kind::Unsaved);
        QVERIFY(!c.save()); // no destination hook: cancelled
        edit(c, u"sample edited"_s);

        // (The sample's disks are not on disk, so it is saved as a lone descriptor.)
        const QString destination = m_dir.filePath(u"sample-saved.ovf"_s);
        QFile::remove(destination);
        int chosen = 0;
        c.setChooseDestination([&](const DocumentOrigin &) {
            ++chosen;
            return std::optional(DocumentController::Destination{destination, Target::Descriptor});
        });
        c.setUnsavedPrompt([](const QString &) { return Choice::Save; });
        bool continued = false;
        QVERIFY(c.whenDiscardable([&] { continued = true; }));
        QVERIFY(!continued); // not before the save finished
        ovf::package::PackageWriteError failure;
        QVERIFY2(waitSaved(c, &failure), qPrintable(failure.toString()));
        QVERIFY(continued);
        QCOMPARE(chosen, 1);
        QCOMPARE(c.origin().kind, DocumentOrigin::Kind::Descriptor);
        QCOMPARE(c.currentFile(), destination);
        QVERIFY(!c.isModified());
        QFile saved(destination);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("sample edited"));
    }

    // A failed save keeps the document modified and drops the continuation.
    void failedSaveKeepsContinuationFromRunning()
    {
        DocumentController c;
        QVERIFY(open(c, data(u"tiny-appliance.ovf"_s)));
        edit(c, u"edited"_s);
        const QString impossible = m_dir.filePath(u"no-such-dir/sub/x.ovf"_s);
        c.setChooseDestination([&](const DocumentOrigin &) {
            return std::optional(DocumentController::Destination{impossible, Target::Descriptor});
        });
        bool continued = false;
        QVERIFY(c.saveThen(true, [&] { continued = true; }));
        ovf::package::PackageWriteError failure;
        QVERIFY(!waitSaved(c, &failure));
        QCOMPARE(failure.cause, ovf::package::PackageWriteError::Cause::Io);
        QCOMPARE(failure.path, impossible);
        QVERIFY(!continued);
        QVERIFY(c.isModified());
        QCOMPARE(c.currentFile(), QFileInfo(data(u"tiny-appliance.ovf"_s)).absoluteFilePath());
    }

    // The manifest algorithm hook decides the saved package's manifest.
    void manifestAlgorithmHook()
    {
        DocumentController c;
        QVERIFY(open(c, corpus(u"glance/testserver.ova"_s)));
        c.setManifestAlgorithm([] { return ovf::package::DigestAlgorithm::Sha512; });
        const QString destination = m_dir.filePath(u"sha512.ova"_s);
        QFile::remove(destination);
        QVERIFY(c.saveTo(destination, Target::Ova));
        QVERIFY(waitSaved(c));
        const ovf::package::VerifyResult v = ovf::package::PackageVerifier::verify(destination);
        QCOMPARE(v.verdict.state, ovf::package::TrustState::Intact);
        QVERIFY2(v.manifestBytes.startsWith("SHA512("), v.manifestBytes.left(40).constData());
    }

    // Opening another document replaces the open one (aboutToDrop first), after the question.
    void openReplaces()
    {
        DocumentController c;
        QVERIFY(open(c, data(u"tiny-appliance.ovf"_s)));
        QSignalSpy dropped(&c, &DocumentController::aboutToDrop);
        QVERIFY(open(c, data(u"dsp2017-petstore.ovf"_s)));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(c.name(), u"dsp2017-petstore.ovf"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocumentController)
#include "tst_gui_documentcontroller.moc"
