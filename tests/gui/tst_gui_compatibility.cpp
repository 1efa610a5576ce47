// View > Compatibility and Edit > Make Compatible with: the matrix of the open document
// against every profile, findings that jump to their element, and the fixes as one undo step.
#include "app/gui/compatibilitycontroller.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "editortestkit.h"
#include "model/commands/editsession.h"
#include "model/ovf/xmldocument.h"
#include "views/compatibilityview.h"

#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using editortest::saveScreenshot;

class TestGuiCompatibility : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(OVFW_TEST_DATA_DIR) + u"/compat/"_s + name;
    }

    static bool waitForDocument(MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QSignalSpy validated(&window, &MainWindow::validationFinished);
        window.openFile(path);
        return opened.wait(10000) && (validated.size() > 0 || validated.wait(30000));
    }

    static bool waitForLint(CompatibilityController *c)
    {
        QSignalSpy linted(c, &CompatibilityController::linted);
        return linted.wait(20000);
    }

    static int rowOf(QTableWidget *matrix, const QString &id)
    {
        for (int r = 0; r < matrix->rowCount(); ++r) {
            if (matrix->item(r, CompatibilityView::TargetColumn)->data(Qt::UserRole).toString() == id)
                return r;
        }
        return -1;
    }

    static void closeResultBoxes()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->close();
        }
    }

    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        closeResultBoxes();
        m_window.reset();
    }

    void matrixAndJump()
    {
        MainWindow &w = *m_window;
        CompatibilityController *c = w.compatibility();
        QVERIFY(c);
        QVERIFY(!c->dock()->isVisible());
        QVERIFY(w.actions()->viewMenu->actions().contains(c->dock()->toggleViewAction()));
        QVERIFY(waitForDocument(w, fixture(u"virtualbox7-ovf2.ovf"_s)));
        c->dock()->toggleViewAction()->trigger(); // View > Compatibility
        QVERIFY(c->dock()->isVisible());
        QVERIFY(waitForLint(c));

        QTableWidget *matrix = c->view()->matrix();
        QCOMPARE(matrix->rowCount(), int(ovf::compat::allProfiles().size()));
        const int vsphere = rowOf(matrix, u"vsphere8"_s);
        const int vbox = rowOf(matrix, u"virtualbox7"_s);
        QVERIFY(vsphere >= 0 && vbox >= 0);
        // One colour per target: refused red on vSphere, compatible green on VirtualBox.
        QCOMPARE(matrix->item(vsphere, CompatibilityView::VerdictColumn)->background().color(),
                 CompatibilityView::verdictColor(ovf::compat::Verdict::Refused));
        QCOMPARE(matrix->item(vbox, CompatibilityView::VerdictColumn)->background().color(),
                 CompatibilityView::verdictColor(std::nullopt));

        // The findings of vSphere 8; activating one shows its element.
        c->view()->selectTarget(u"vsphere8"_s);
        QTreeWidget *findings = c->view()->findings();
        QVERIFY(findings->topLevelItemCount() >= 5);
        QTreeWidgetItem *systemType = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            if (findings->topLevelItem(i)->text(CompatibilityView::RuleColumn) == u"system-type")
                systemType = findings->topLevelItem(i);
        }
        QVERIFY(systemType);
        const auto *element = reinterpret_cast<const ovf::xml::Element *>(
            systemType->data(0, CompatibilityView::ElementRole).value<quintptr>());
        QVERIFY(element);
        QCOMPARE(element->localName(), u"VirtualSystemType"_s);
        QCOMPARE(element->document(), &w.session()->document()); // mapped back to the live document
        QSignalSpy shown(c, &CompatibilityController::showElement);
        emit findings->itemActivated(systemType, 0);
        QCOMPARE(shown.size(), 1);

        saveScreenshot(w, u"compatibility-1280x800.png"_s);
        w.resize(1024, 700);
        QTest::qWait(100);
        saveScreenshot(w, u"compatibility-1024x700.png"_s);
        // Nothing of the matrix is cut off at the smaller size.
        QVERIFY(matrix->horizontalHeader()->length() <= matrix->viewport()->width() + 2);
    }

    void makeCompatibleIsOneUndoStep()
    {
        MainWindow &w = *m_window;
        CompatibilityController *c = w.compatibility();
        // Hidden while the document opens, so the one lint waited for is the one View >
        // Compatibility starts (a lint started by the open could finish before a spy exists).
        QVERIFY(!c->dock()->isVisible());
        // The descriptor with its disk beside it: the size of the File comes from the disk.
        QTemporaryDir dir;
        const QString descriptor = dir.filePath(u"vbox.ovf"_s);
        QVERIFY(QFile::copy(fixture(u"virtualbox7-ovf2.ovf"_s), descriptor));
        QFile disk(dir.filePath(u"debian12-disk001.vmdk"_s));
        QVERIFY(disk.open(QIODevice::WriteOnly) && disk.write(QByteArray(3000, 'x')) == 3000);
        disk.close();
        QVERIFY(waitForDocument(w, descriptor));
        QSignalSpy linted(c, &CompatibilityController::linted);
        c->dock()->toggleViewAction()->trigger();
        QVERIFY(linted.wait(20000));
        const QByteArray original = w.session()->document().save();
        QUndoStack *stack = w.session()->undoStack();
        const int before = stack->count();

        // Edit > Make Compatible with > VMware vSphere 8.
        QAction *action = c->fixMenu()->findChild<QAction *>(u"makeCompatibleWith_vsphere8"_s);
        QVERIFY(action);
        QVERIFY(c->fixMenu()->isEnabled());
        action->trigger();
        QVERIFY(c->lastOutcome());
        QVERIFY(c->lastOutcome()->changes.size() >= 6);
        QCOMPARE(stack->count(), before + 1);
        QVERIFY(stack->undoText().contains(u"vSphere 8"_s));
        auto *box = w.findChild<QMessageBox *>(u"makeCompatibleResult"_s);
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(u"StorageItem"_s));
        QVERIFY(box->detailedText().contains(u"ovf:size 3000 added"_s));
        QVERIFY(waitForLint(c));
        const int row = rowOf(c->view()->matrix(), u"vsphere8"_s);
        QCOMPARE(c->view()->matrix()->item(row, CompatibilityView::VerdictColumn)->background().color(),
                 CompatibilityView::verdictColor(std::nullopt));
        saveScreenshot(w, u"compatibility-fixed.png"_s);

        // Undo: the very bytes of before, and the matrix follows.
        w.actions()->undo->trigger();
        QCOMPARE(w.session()->document().save(), original);
        QVERIFY(waitForLint(c));
        QCOMPARE(c->view()->matrix()->item(row, CompatibilityView::VerdictColumn)->background().color(),
                 CompatibilityView::verdictColor(ovf::compat::Verdict::Refused));
    }
};

QTEST_MAIN(TestGuiCompatibility)
#include "tst_gui_compatibility.moc"
