// Saving from the main window: packages and descriptors written back through the real
// package writer, checked by the real verifier; undo back to the original bytes; the
// unsaved-changes prompt; the signed-package warning; live validation after edits.
#include "app/gui/documentsaver.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/savecontroller.h"
#include "app/gui/validationrunner.h"
#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/package/packageopener.h"
#include "model/package/packageverifier.h"
#include "model/package/signer.h"
#include "packagetestkit.h"
#include "views/envelopeiconproxymodel.h"
#include "views/envelopetreeview.h"
#include "model/items/envelopetreemodel.h"
#include "views/problemsview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using ovf::commands::SetAttributeCommand;
using ovf::commands::SetElementTextCommand;
using Target = DocumentSaver::Target;

class TestGuiSave : public QObject
{
    Q_OBJECT

private:
    static QString corpus(const QString &relative) { return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative; }

    static bool open(MainWindow &w, const QString &path)
    {
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QSignalSpy validated(&w, &MainWindow::validationFinished);
        w.openFile(path);
        return opened.wait(30000) && (validated.size() > 0 || validated.wait(30000));
    }

    static bool saveTo(MainWindow &w, const QString &path, Target target, QString *message = nullptr)
    {
        QSignalSpy finished(&w, &MainWindow::saveFinished);
        if (!w.saveTo(path, target))
            return false;
        if (!finished.wait(30000))
            return false;
        if (message)
            *message = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    // testserver.ovf's File without ovf:size, as every package written has it (4 bytes).
    static QByteArray withSize(QByteArray descriptor)
    {
        return descriptor.replace("<File ovf:href=\"testserver-disk1.vmdk\" ovf:id=\"file1\"/>",
                                  "<File ovf:href=\"testserver-disk1.vmdk\" ovf:id=\"file1\" ovf:size=\"4\"/>");
    }

    static QString shownTitle(const QWidget &w)
    {
        QString title = w.windowTitle();
        return title.replace(u"[*]"_s, w.isWindowModified() ? u"*"_s : QString());
    }

    // The VirtualSystem's Info element of glance/testserver.ova.
    static ovf::xml::Element *systemInfo(MainWindow &w)
    {
        ovf::xml::Element *root = w.session()->document().root();
        for (ovf::xml::Element *e : root->childElements()) {
            if (e->localName() == u"VirtualSystem")
                return e->firstChildElement(e->namespaceUri(), u"Info");
        }
        return nullptr;
    }

    static void edit(MainWindow &w, ovf::xml::Element *element, const QString &text)
    {
        auto command = SetElementTextCommand::create(w.session(), element, text);
        QVERIFY2(command.has_value(), qPrintable(command ? QString() : command.error()));
        QVERIFY(w.session()->push(std::move(command)).has_value());
    }

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        // No dialog may block a test: any unexpected question fails it.
        m_window->setUnsavedChangesPrompt([](const QString &) {
            qWarning("unexpected unsaved-changes prompt");
            return QMessageBox::Cancel;
        });
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        if (m_window && m_window->session())
            m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        m_window.reset();
    }

    // An edited OVA saved as OVA, ZIP and folder: each verifies Intact with a manifest that
    // matches the edited descriptor, the disk carried over; reopening shows the edit.
    void editSaveAsPackagesAndVerify_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("name");
        QTest::newRow("ova") << int(Target::Ova) << u"edited.ova"_s;
        QTest::newRow("zip") << int(Target::Zip) << u"edited.zip"_s;
        QTest::newRow("folder") << int(Target::Folder) << u"edited-folder"_s;
    }
    void editSaveAsPackagesAndVerify()
    {
        QFETCH(int, target);
        QFETCH(QString, name);
        MainWindow &w = *m_window;
        const QString source = corpus(u"glance/testserver.ova"_s);
        QVERIFY(open(w, source));
        QCOMPARE(w.origin().kind, DocumentOrigin::Kind::Package);
        QCOMPARE(w.origin().descriptorName, u"testserver.ovf"_s);
        QCOMPARE(shownTitle(w), u"testserver.ova — OVF Workbench"_s);

        edit(w, systemInfo(w), u"An edited virtual machine"_s);
        QCOMPARE(shownTitle(w), u"testserver.ova* — OVF Workbench"_s);
        QCOMPARE(w.actions()->undo->text(), u"Undo "_s + w.session()->undoStack()->undoText());
        QVERIFY(w.actions()->undo->isEnabled());

        const QString destination = m_dir.filePath(name);
        QString message;
        QVERIFY(saveTo(w, destination, Target(target), &message));
        QVERIFY2(message.startsWith(u"Saved %1 ("_s.arg(name)), qPrintable(message));
        QCOMPARE(w.statusBar()->currentMessage(), message);
        QCOMPARE(shownTitle(w), name + u" — OVF Workbench"_s);
        QVERIFY(!w.session()->isModified());

        const VerifyResult v = PackageVerifier::verify(destination);
        QVERIFY2(v.verdict.state == TrustState::Intact, qPrintable(v.verdict.reasons.join(u'\n')));
        QVERIFY(!v.manifestName.isEmpty());
        // The document's bytes, and the ovf:size the writer puts on every File (the source
        // had none).
        QCOMPARE(v.descriptorBytes, withSize(w.session()->document().save()));
        QVERIFY(v.descriptorBytes.contains("<Info>An edited virtual machine</Info>"));
        QCOMPARE(v.files.size(), 1);
        QCOMPARE(v.files.first().status, FileCheck::Status::Ok);
        QCOMPARE(v.files.first().members.first().algorithm, DigestAlgorithm::Sha256);

        // Saved again, now from the saved package (checked against its own digests).
        edit(w, systemInfo(w), u"Edited twice"_s);
        QVERIFY(saveTo(w, destination, Target(target)));
        QCOMPARE(PackageVerifier::verify(destination).verdict.state, TrustState::Intact);

        QVERIFY(open(w, destination));
        QCOMPARE(systemInfo(w)->text(), u"Edited twice"_s);
        QVERIFY(!w.session()->isModified());
    }

    // Undoing every edit and saving gives back the original descriptor, byte for byte, but
    // for the ovf:size the package writer added, in the package and as a lone descriptor.
    void undoAllGivesOriginalBytes()
    {
        MainWindow &w = *m_window;
        const QString source = corpus(u"glance/testserver.ova"_s);
        const auto original = PackageOpener::readDescriptor(source);
        QVERIFY(original.has_value());
        QVERIFY(open(w, source));
        ovf::xml::Element *info = systemInfo(w);
        edit(w, info, u"one"_s);
        edit(w, info, u"two"_s);
        auto rename = SetAttributeCommand::createOvf(w.session(), info->parent(), u"id", u"renamed"_s);
        QVERIFY(rename.has_value());
        QVERIFY(w.session()->push(std::move(rename)).has_value());
        const QString out = m_dir.filePath(u"undo.ova"_s);
        QVERIFY(saveTo(w, out, Target::Ova));
        QVERIFY(PackageOpener::readDescriptor(out)->bytes != original->bytes);

        while (w.session()->undoStack()->canUndo())
            w.actions()->undo->trigger();
        QVERIFY(w.session()->isModified()); // differs from what was saved last
        QVERIFY(saveTo(w, out, Target::Ova));
        QCOMPARE(PackageOpener::readDescriptor(out)->bytes, withSize(original->bytes)); // the one edit
        QCOMPARE(PackageVerifier::verify(out).verdict.state, TrustState::Intact);

        // The document took the ovf:size of the first save (no command of the user's made it,
        // so no undo takes it away): the lone descriptor is the original with that one edit.
        const QString lone = m_dir.filePath(u"undo.ovf"_s);
        QVERIFY(saveTo(w, lone, Target::Descriptor));
        QCOMPARE(testkit::readFile(lone), withSize(original->bytes));
        QCOMPARE(w.origin().kind, DocumentOrigin::Kind::Descriptor);

        // Redo all: the edited document again.
        while (w.session()->undoStack()->canRedo())
            w.actions()->redo->trigger();
        QCOMPARE(systemInfo(w)->text(), u"two"_s);
    }

    // A lone descriptor saved unedited keeps its bytes (CRLF, comments and all).
    void descriptorSavedUneditedIsIdentical()
    {
        MainWindow &w = *m_window;
        const QString copy = m_dir.filePath(u"csr1000v.ovf"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(corpus(u"cot/csr1000v.ovf"_s), copy));
        QVERIFY(open(w, copy));
        QCOMPARE(w.origin().kind, DocumentOrigin::Kind::Descriptor);
        QVERIFY(w.save());
        QSignalSpy finished(&w, &MainWindow::saveFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(testkit::readFile(copy), testkit::readFile(corpus(u"cot/csr1000v.ovf"_s)));
    }

    // A failed package save leaves the existing package exactly as it was.
    void failedSaveKeepsExistingPackage()
    {
        MainWindow &w = *m_window;
        const QString dir = m_dir.filePath(u"broken-source"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(corpus(u"glance/testserver.ova"_s), dir + u"/app.ova"_s));
        QVERIFY(open(w, dir + u"/app.ova"_s));
        const QString target = m_dir.filePath(u"existing.ova"_s);
        QVERIFY(testkit::writeFile(target, "precious bytes"));
        // The source disappears: the writer cannot carry the disk over.
        QVERIFY(QFile::remove(dir + u"/app.ova"_s));
        edit(w, systemInfo(w), u"lost"_s);
        QString message;
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!saveTo(w, target, Target::Ova, &message));
        QVERIFY2(message.contains(u"app.ova"_s), qPrintable(message));
        QCOMPARE(testkit::readFile(target), QByteArray("precious bytes"));
        QVERIFY(w.session()->isModified());
        QTRY_VERIFY(!QApplication::activeModalWidget() || (QApplication::activeModalWidget()->close(), true));
    }

    // A cancelled package save reports it and leaves the destination as it was.
    void cancelledSaveKeepsDestination()
    {
        const QString out = m_dir.filePath(u"cancelled.ova"_s);
        QVERIFY(testkit::writeFile(out, "existing"));
        DocumentSaver::Request request;
        request.bytes = PackageOpener::readDescriptor(corpus(u"glance/testserver.ova"_s))->bytes;
        request.origin.kind = DocumentOrigin::Kind::Package;
        request.origin.path = corpus(u"glance/testserver.ova"_s);
        request.origin.displayName = u"testserver.ova"_s;
        request.destination = out;
        request.target = Target::Ova;
        const std::atomic<bool> cancel = true;
        const DocumentSaver::Result result = DocumentSaver::write(request, {}, &cancel);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().cause, ovf::package::PackageWriteError::Cause::Cancelled);
        QCOMPARE(testkit::readFile(out), QByteArray("existing"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"*cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList{u"cancelled.ova"_s});
    }

    // Close, open and quit ask first when there are unsaved changes: Cancel keeps everything,
    // Discard drops the edits, Save writes them and then closes.
    void unsavedChangesPrompt()
    {
        MainWindow &w = *m_window;
        const QString copy = m_dir.filePath(u"prompt.ovf"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(corpus(u"cot/csr1000v.ovf"_s), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(open(w, copy));
        ovf::xml::Element *vs = nullptr;
        for (ovf::xml::Element *e : w.session()->document().root()->childElements())
            if (e->localName() == u"VirtualSystem")
                vs = e;
        QVERIFY(vs);
        auto command = SetAttributeCommand::createOvf(w.session(), vs, u"id", u"prompted"_s);
        QVERIFY(command.has_value());
        QVERIFY(w.session()->push(std::move(command)).has_value());

        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        w.setUnsavedChangesPrompt([&](const QString &name) {
            asked << name;
            return answer;
        });
        QVERIFY(!w.closeDocument());
        QVERIFY(w.session());
        QVERIFY(!w.close()); // the window close event asks too
        QVERIFY(w.isVisible());
        QCOMPARE(asked, QStringList({u"prompt.ovf"_s, u"prompt.ovf"_s}));

        answer = QMessageBox::Save;
        QSignalSpy saved(&w, &MainWindow::saveFinished);
        QVERIFY(w.closeDocument());
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(!w.session());
        QVERIFY(testkit::readFile(copy).contains("ovf:id=\"prompted\""));

        QVERIFY(open(w, copy));
        auto again = SetAttributeCommand::createOvf(w.session(), w.session()->document().root()->childElements().last(),
                                                    u"id", u"discarded"_s);
        QVERIFY(again.has_value());
        QVERIFY(w.session()->push(std::move(again)).has_value());
        answer = QMessageBox::Discard;
        QVERIFY(w.closeDocument());
        QVERIFY(!w.session());
        QVERIFY(!testkit::readFile(copy).contains("discarded"));
        QCOMPARE(asked.size(), 4);

        // Quitting: unmodified closes at once; with changes and Save, after the save.
        QVERIFY(open(w, copy));
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
        w.show();
        QVERIFY(open(w, copy));
        auto third = SetAttributeCommand::createOvf(w.session(), w.session()->document().root()->childElements().last(),
                                                    u"id"_s, u"saved-on-quit"_s);
        QVERIFY(third.has_value());
        QVERIFY(w.session()->push(std::move(third)).has_value());
        answer = QMessageBox::Save;
        QVERIFY(!w.close()); // not yet: the save runs first
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 10000);
        QVERIFY(testkit::readFile(copy).contains("saved-on-quit"));
        QCOMPARE(asked.size(), 5);
    }

    // A signed package: Save asks whether to sign again or save unsigned; Cancel saves
    // nothing, "unsigned" drops the signature explicitly, a key signs the saved package.
    void signedPackageResignOrUnsigned()
    {
        QTemporaryDir ca;
        testkit::CertificateAuthority authority(ca.path());
        if (!authority.create())
            QSKIP("openssl could not create test certificates");
        const QString src = m_dir.filePath(u"signsrc"_s);
        QVERIFY(QDir().mkpath(src));
        const QByteArray ova = testkit::readFile(corpus(u"glance/testserver.ova"_s));
        QVERIFY(QFile::copy(corpus(u"glance/testserver.ova"_s), src + u"/unsigned.ova"_s));
        const QString signedOva = m_dir.filePath(u"signed.ova"_s);
        QProcess ovfctl;
        ovfctl.start(QStringLiteral(OVFCTL_PATH), {u"pack"_s, u"--sign"_s, authority.path(u"self.key"_s), u"--cert"_s,
                                                  authority.path(u"self.pem"_s), src + u"/unsigned.ova"_s, signedOva});
        QVERIFY(ovfctl.waitForFinished(30000));
        QCOMPARE(ovfctl.exitCode(), 0);

        MainWindow &w = *m_window;
        QVERIFY(open(w, signedOva));
        QVERIFY(w.origin().wasSigned);
        edit(w, systemInfo(w), u"unsigned now"_s);
        int asked = 0;
        DocumentController::SigningChoice answer; // nullopt: Cancel
        w.saveController()->setAskResign([&](const DocumentOrigin &origin) {
            ++asked;
            [&] { QVERIFY(origin.wasSigned); }();
            return answer;
        });
        const QByteArray before = testkit::readFile(signedOva);
        QVERIFY(!w.saveTo(signedOva, Target::Ova));
        QCOMPARE(asked, 1);
        QCOMPARE(testkit::readFile(signedOva), before);

        // Signed again with the leaf key: the chain verifies against the root as anchor.
        auto leaf = ovf::package::Signer::fromPem(authority.path(u"leaf.key"_s), authority.path(u"leaf.pem"_s));
        QVERIFY2(leaf, qPrintable(leaf ? QString() : leaf.error()));
        answer = std::make_shared<const ovf::package::Signer>(std::move(*leaf));
        QVERIFY(saveTo(w, signedOva, Target::Ova));
        QCOMPARE(asked, 2);
        VerifyOptions trusted;
        trusted.trust.useSystemStore = false;
        trusted.trust.extraAnchors = {authority.path(u"root.pem"_s)};
        const VerifyResult resigned = PackageVerifier::verify(signedOva, trusted);
        QVERIFY2(resigned.verdict.state == TrustState::Verified, qPrintable(testkit::describe(resigned)));
        QVERIFY(resigned.descriptorBytes.contains("unsigned now"));
        QVERIFY(w.origin().wasSigned);

        edit(w, systemInfo(w), u"unsigned at last"_s);
        answer = std::shared_ptr<const ovf::package::Signer>(); // Save Unsigned
        QVERIFY(saveTo(w, signedOva, Target::Ova));
        QCOMPARE(asked, 3);
        const VerifyResult v = PackageVerifier::verify(signedOva);
        QCOMPARE(v.verdict.state, TrustState::Intact);
        QVERIFY(v.certificateName.isEmpty());
        QVERIFY(!w.origin().wasSigned);
    }

    // Live validation: an edit that breaks a rule shows up in the problems dock without a
    // reload; double-clicking the problem selects the element in the tree.
    void liveValidationAfterEdit()
    {
        MainWindow &w = *m_window;
        QVERIFY(open(w, corpus(u"govmomi/SugarCRM.ovf"_s)));
        const int before = w.problemsView()->problemCount();
        // Point a disk at a file id that does not exist.
        ovf::xml::Element *disk = nullptr;
        for (ovf::xml::Element *section : w.session()->document().root()->childElements())
            if (section->localName() == u"DiskSection")
                disk = section->firstChildElement(section->namespaceUri(), u"Disk");
        QVERIFY(disk);
        QSignalSpy validated(&w, &MainWindow::validationFinished);
        auto command = SetAttributeCommand::createOvf(w.session(), disk, u"fileRef", u"no-such-file"_s);
        QVERIFY(command.has_value());
        QVERIFY(w.session()->push(std::move(command)).has_value());
        QVERIFY(validated.wait(10000));
        ProblemsView *problems = w.problemsView();
        QVERIFY2(problems->problemCount() > before, qPrintable(QString::number(problems->problemCount())));
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            QTreeWidgetItem *r = problems->topLevelItem(i);
            if (r->data(0, ProblemsView::ElementRole).value<quintptr>() == reinterpret_cast<quintptr>(disk))
                row = r;
        }
        QVERIFY2(row, "no problem points at the edited Disk element");
        QVERIFY(row->text(ProblemsView::MessageColumn).contains(u"no-such-file"_s));

        // The tree marks the disk's node with the problem.
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const auto nodeOfDisk = [&] {
            auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
            return proxy->mapFromSource(tree->envelopeModel()->indexOf(disk));
        };
        QVERIFY(nodeOfDisk().isValid());
        QVERIFY(nodeOfDisk().data(EnvelopeIconProxyModel::ProblemSeverityRole).isValid());
        QVERIFY(nodeOfDisk().siblingAtColumn(1).data(Qt::ToolTipRole).toString().contains(u"no-such-file"_s));

        // Double-click: the tree selects the disk (or its nearest node).
        tree->setCurrentIndex(tree->model()->index(0, 0));
        problems->scrollToItem(row);
        const QRect rect = problems->visualItemRect(row);
        QSignalSpy activated(problems, &ProblemsView::problemActivated);
        // A real double-click: press, release, press, double-click, release.
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        const ovf::xml::Element *current = tree->currentElement();
        QVERIFY(current);
        QVERIFY2(current == disk || current == disk->parent(), qPrintable(current->localName()));

        // Undo: the problem goes again.
        w.actions()->undo->trigger();
        QVERIFY(validated.wait(10000));
        QCOMPARE(problems->problemCount(), before);
        QVERIFY(!nodeOfDisk().siblingAtColumn(1).data(Qt::ToolTipRole).toString().contains(u"no-such-file"_s));
        QVERIFY(w.validation()->lastSnapshotMs() >= 0);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_save"_s);
    TestGuiSave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_save.moc"
