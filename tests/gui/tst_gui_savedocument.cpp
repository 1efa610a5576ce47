// The open document shows what was saved: after File > Save / Save As of a package, what the
// package writer added to the saved descriptor (ovf:size on every File; a pending disk image's
// VMDK href, format and sizes) is in the open document at once, in the model, the Files table
// and the XML view, without an undo entry and without marking the document modified.
// Screenshots at 1280x800 and 1024x700 into build/screenshots.
#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
#include "editortestkit.h"
#include "model/commands/editsession.h"
#include "model/commands/setelementtextcommand.h"
#include "model/items/packageentriesmodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/package/packageopener.h"
#include "model/package/packageverifier.h"
#include "ovfctltestkit.h"
#include "packagetestkit.h"
#include "views/envelopetreeview.h"
#include "views/packageentrieseditor.h"
#include "views/xmleditorpane.h"
#include "views/xmlsourceview.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using Target = DocumentSaver::Target;
using ovf::items::PackageEntriesModel;

class TestGuiSaveDocument : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    static QString corpus(const QString &relative) { return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative; }

    bool open(const QString &path)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->openFile(path);
        return opened.wait(30000);
    }

    bool saveTo(const QString &path, Target target)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
        if (!m_window->saveTo(path, target) || !finished.wait(60000))
            return false;
        return finished.first().at(0).toBool();
    }

    ovf::xml::Element *firstFile() const
    {
        const auto files = m_window->session()->descriptor().envelope().files();
        return files.isEmpty() ? nullptr : files.first().element();
    }

    QString envelopeNs() const { return m_window->session()->descriptor().envelopeNamespace(); }

    void edit(ovf::xml::Element *element, const QString &text)
    {
        auto command = ovf::commands::SetElementTextCommand::create(m_window->session(), element, text);
        QVERIFY(command.has_value());
        QVERIFY(m_window->session()->push(std::move(command)).has_value());
    }

    ovf::xml::Element *systemInfo() const
    {
        for (ovf::xml::Element *e : m_window->session()->document().root()->childElements()) {
            if (e->localName() == u"VirtualSystem")
                return e->firstChildElement(e->namespaceUri(), u"Info");
        }
        return nullptr;
    }

    // The Files table of the References node, shown.
    PackageEntriesEditor *filesTable() const
    {
        DocumentWorkspace *workspace = m_window->workspace();
        if (!workspace->treeView()->selectElement(firstFile()))
            return nullptr;
        workspace->showEditor();
        return qobject_cast<PackageEntriesEditor *>(workspace->editor());
    }

    // The XML view showing the whole descriptor.
    QString xmlViewText() const
    {
        DocumentWorkspace *workspace = m_window->workspace();
        workspace->showXml();
        workspace->xmlPane()->setScope(XmlEditorPane::Scope::Document);
        QApplication::processEvents();
        return workspace->xmlView()->toPlainText();
    }

    void shoot(const QString &name)
    {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            m_window->resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(*m_window, u"%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height())));
        }
        m_window->resize(1280, 800);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // glance/testserver.ova's File has no ovf:size; Save As OVA writes ovf:size="4". The open
    // document has it right after the save: its bytes are the saved descriptor's, the Files
    // table and the XML view show it, the undo stack holds only the user's edit and the
    // document is unmodified. Undo and redo come back to the saved bytes.
    void sizesShownAfterSave()
    {
        QVERIFY(open(corpus(u"glance/testserver.ova"_s)));
        QVERIFY(firstFile());
        QVERIFY(!firstFile()->hasAttribute(envelopeNs(), u"size"));
        edit(systemInfo(), u"Saved with sizes"_s);
        QUndoStack *stack = m_window->session()->undoStack();
        QCOMPARE(stack->count(), 1);

        const QString out = m_dir.filePath(u"sized.ova"_s);
        QVERIFY(saveTo(out, Target::Ova));
        const auto saved = PackageOpener::readDescriptor(out);
        QVERIFY(saved.has_value());
        QVERIFY(saved->bytes.contains("ovf:size=\"4\""));

        // The model.
        QCOMPARE(firstFile()->attributeValue(envelopeNs(), u"size"), u"4"_s);
        QCOMPARE(m_window->session()->document().save(), saved->bytes);
        QCOMPARE(stack->count(), 1);
        QVERIFY(stack->isClean());
        QVERIFY(!m_window->session()->isModified());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(u"reopen"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The Files table.
        PackageEntriesEditor *files = filesTable();
        QVERIFY(files);
        const QModelIndex size = files->entriesModel()->index(0, PackageEntriesModel::FileSize);
        QCOMPARE(size.data(Qt::EditRole).toString(), u"4"_s);
        QVERIFY(!size.data().toString().isEmpty());
        shoot(u"save-sizes-files"_s);
        // The XML view.
        QVERIFY(xmlViewText().contains(u"ovf:id=\"file1\" ovf:size=\"4\""_s));
        shoot(u"save-sizes-xml"_s);

        // Undo gives the state before the edit (modified: the file has the edit); redo the
        // saved bytes again, clean.
        stack->undo();
        QVERIFY(m_window->session()->isModified());
        QVERIFY(systemInfo()->text() != u"Saved with sizes"_s);
        QCOMPARE(firstFile()->attributeValue(envelopeNs(), u"size"), u"4"_s); // no command touched it
        stack->redo();
        QVERIFY(!m_window->session()->isModified());
        QCOMPARE(m_window->session()->document().save(), saved->bytes);

        // Saving again changes nothing more: the package's descriptor is the document's.
        QVERIFY(m_window->save());
        QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(PackageOpener::readDescriptor(out)->bytes, saved->bytes);
        QCOMPARE(PackageVerifier::verify(out).verdict.state, TrustState::Intact);
    }

    // An edit made while the save runs is not in the file: the document stays modified and
    // takes none of the writer's edits (they were made to the bytes saved, not to these).
    void editDuringSaveStaysModified()
    {
        QVERIFY(open(corpus(u"glance/testserver.ova"_s)));
        QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
        QVERIFY(m_window->saveTo(m_dir.filePath(u"during.ova"_s), Target::Ova));
        edit(systemInfo(), u"Typed while saving"_s); // before the save's result can be delivered
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(m_window->session()->isModified());
        QVERIFY(!firstFile()->hasAttribute(envelopeNs(), u"size"));
        QVERIFY(!PackageOpener::readDescriptor(m_dir.filePath(u"during.ova"_s))->bytes.contains("Typed while saving"));
    }

    // A disk image still to be converted (ovfw:source) becomes a streamOptimized VMDK when the
    // package is saved: the open document then names the VMDK with its sizes and format, and
    // no pending source, as the saved descriptor does (it differs only by the OVA's padding).
    void pendingDiskShownAfterSave()
    {
        if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty())
            QSKIP("qemu-img is not installed");
        const QString image = m_dir.filePath(u"disk.qcow2"_s);
        QProcess qemu;
        qemu.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"4M"_s});
        QVERIFY(qemu.waitForFinished(60000) && qemu.exitCode() == 0);
        const QString descriptor = m_dir.filePath(u"pending.ovf"_s);
        const auto made = testkit::ovfctl({u"new"_s, descriptor, u"--name"_s, u"Pending"_s, u"--disk"_s, image});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(open(descriptor));
        QVERIFY(firstFile()->hasAttribute(ovf::ns::Workbench, u"source"));

        const QString out = m_dir.filePath(u"pending.ova"_s);
        QVERIFY(saveTo(out, Target::Ova));
        const auto saved = PackageOpener::readDescriptor(out);
        QVERIFY(saved.has_value());
        QVERIFY(!m_window->session()->isModified());
        QVERIFY(!firstFile()->hasAttribute(ovf::ns::Workbench, u"source"));
        QVERIFY(firstFile()->attributeValue(envelopeNs(), u"href").endsWith(u".vmdk"_s));
        QByteArray unpadded = saved->bytes;
        while (unpadded.endsWith(' '))
            unpadded.chop(1);
        QVERIFY(unpadded.size() < saved->bytes.size()); // the OVA's descriptor room was padded
        QCOMPARE(m_window->session()->document().save(), unpadded);
        QCOMPARE(m_window->session()->undoStack()->count(), 0);

        PackageEntriesEditor *files = filesTable();
        QVERIFY(files);
        QVERIFY(files->entriesModel()->index(0, PackageEntriesModel::FileSource).data().toString().isEmpty());
        QCOMPARE(files->entriesModel()->index(0, PackageEntriesModel::FileSize).data(Qt::EditRole).toString(),
                 firstFile()->attributeValue(envelopeNs(), u"size"));
        QVERIFY(xmlViewText().contains(u"streamOptimized"_s));
        QVERIFY(!xmlViewText().contains(u"ovfw:source"_s));
        shoot(u"save-pending-disk"_s);
    }
};

QTEST_MAIN(TestGuiSaveDocument)
#include "tst_gui_savedocument.moc"
