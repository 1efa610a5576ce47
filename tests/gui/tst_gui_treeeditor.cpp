// The tree editor driven offscreen with QTest: rename with F2 and typing, remove with Del,
// duplicate, cut/paste, add and remove sections from the context menu, drag and drop through
// the view's model; the document is checked after each edit and the model is checked by
// QAbstractItemModelTester throughout, undo and redo included.
#include "commandtestkit.h"

#include "model/commands/editsession.h"
#include "model/commands/setelementtextcommand.h"
#include "model/items/envelopetreemodel.h"
#include "model/ovf/entity.h"
#include "model/ovf/productsection.h"
#include "views/envelopetreeview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeTreeModel;
using commandtestkit::at;

class TestGuiTreeEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ovf::commands::EditSession> m_session;
    std::unique_ptr<EnvelopeTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EnvelopeTreeView> m_view;
    QByteArray m_original;

    QString saved() const { return QString::fromUtf8(m_session->document().save()); }
    QSet<QString> ids() const
    {
        QSet<QString> out;
        for (const ovf::Entity &e : m_session->descriptor().envelope().allEntities())
            out << e.id();
        return out;
    }
    void select(const QString &path)
    {
        ovf::xml::Element *e = at(*m_session, path);
        QVERIFY2(e, qPrintable(path));
        QVERIFY(m_view->selectElement(e));
        QCOMPARE(m_view->currentElement(), e);
    }
    static void saveScreenshot(QWidget &w, const QString &name)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

private slots:
    void init()
    {
        m_session = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        m_original = m_session->document().save();
        m_model = std::make_unique<EnvelopeTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
        m_view = std::make_unique<EnvelopeTreeView>();
        m_view->setEnvelopeModel(m_model.get());
        m_view->resize(1000, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setFocus();
        QApplication::setActiveWindow(m_view.get());
    }

    void cleanup()
    {
        m_view.reset();
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void renameWithF2()
    {
        select(u"VirtualSystemCollection/VirtualSystem[1]"_s);
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"vs1"_s);
        editor->selectAll();
        QTest::keyClicks(editor, u"database"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits through a queued call.
        QTRY_VERIFY(saved().contains(u"<VirtualSystem ovf:id=\"database\">"_s));
        QVERIFY(saved().contains(u"<Item ovf:id=\"database\" ovf:order=\"1\""_s)); // StartupSection follows
        QCOMPARE(m_view->currentIndex().siblingAtColumn(0).data().toString(), u"database"_s);
        QCOMPARE(m_session->undoStack()->undoText(), u"Rename virtual system 'vs1' to 'database'"_s);

        // A taken id is refused with the reason, and nothing changes.
        QSignalSpy refused(m_view.get(), &EnvelopeTreeView::editRefused);
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"vs2"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(u"vs2"_s));
        QCOMPARE(m_session->undoStack()->count(), 1);

        m_session->undoStack()->undo();
        QCOMPARE(m_session->document().save(), m_original);
        QCOMPARE(m_model->index(0, 0).isValid(), true);
    }

    void removeAndDuplicate()
    {
        select(u"VirtualSystemCollection/VirtualSystem[2]"_s);
        QVERIFY(m_view->duplicateAction()->isEnabled());
        QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(ids().contains(u"vs2-copy"_s));
        QCOMPARE(ovf::Entity(m_view->currentElement()).id(), u"vs2-copy"_s); // the copy is selected

        select(u"VirtualSystemCollection/VirtualSystem[1]"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QVERIFY(!ids().contains(u"vs1"_s));
        QVERIFY(!saved().contains(u"ovf:id=\"vs1\""_s)); // its StartupSection item went too
        QCOMPARE(m_session->undoStack()->undoText(), u"Remove virtual system 'vs1'"_s);

        // The top collection cannot be removed or duplicated.
        select(u"VirtualSystemCollection"_s);
        QVERIFY(!m_view->removeAction()->isEnabled());
        QVERIFY(!m_view->duplicateAction()->isEnabled());

        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(m_session->document().save(), m_original);
        while (m_session->undoStack()->canRedo())
            m_session->undoStack()->redo();
        QVERIFY(ids().contains(u"vs2-copy"_s));
        QVERIFY(!ids().contains(u"vs1"_s));
    }

    void addCollectionCutPaste()
    {
        select(u"VirtualSystemCollection"_s);
        QTest::keyClick(m_view.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        ovf::xml::Element *nested = m_view->currentElement();
        QVERIFY(ovf::Entity::isEntity(nested));
        QCOMPARE(ovf::Entity(nested).id(), u"collection"_s);
        QCOMPARE(ovf::Entity(nested).children().size(), 1);

        // Cut vs2, select the new collection, paste: vs2 moves into it.
        select(u"VirtualSystemCollection/VirtualSystem[2]"_s);
        ovf::xml::Element *vs2 = m_view->currentElement();
        QTest::keyClick(m_view.get(), Qt::Key_X, Qt::ControlModifier);
        QVERIFY(m_view->selectElement(nested));
        QVERIFY(m_view->pasteAction()->isEnabled());
        QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(vs2->parent(), nested);
        QCOMPARE(m_view->currentElement(), vs2);
        QCOMPARE(m_session->undoStack()->undoText(), u"Move 'vs2' to 'collection'"_s);

        // Drag vs2 back to the top collection (a drop on it, as QTreeView delivers it).
        const QModelIndex source = m_view->currentIndex();
        std::unique_ptr<QMimeData> mime(m_view->model()->mimeData({source}));
        QVERIFY(mime);
        ovf::xml::Element *top = at(*m_session, u"VirtualSystemCollection"_s);
        QVERIFY(m_view->selectElement(top));
        const QModelIndex target = m_view->currentIndex();
        QVERIFY(m_view->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(!m_view->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, source)); // a VS takes none
        m_view->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
        QCOMPARE(vs2->parent(), top);
        QCOMPARE(ovf::Entity(top).children().last().element(), vs2);

        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(m_session->document().save(), m_original);
    }

    // Typing in a form (the commands a form editor pushes) updates the node in place: no
    // reset, the selection stays.
    void typingUpdatesInPlace()
    {
        ovf::xml::Element *product = at(*m_session, u"VirtualSystemCollection/ProductSection/Product"_s);
        QVERIFY(product);
        QVERIFY(m_view->selectElement(product->parent()));
        const QPersistentModelIndex node = m_view->currentIndex();
        QCOMPARE(node.data().toString(), u"Complete test vApp with two VMs 1.0"_s);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        const QString typed = u"Web shop"_s;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            QVERIFY(m_session->push(ovf::commands::SetElementTextCommand::create(m_session.get(), product,
                                                                                 typed.left(i), true)));
        QCOMPARE(node.data().toString(), u"Web shop 1.0"_s);
        QCOMPARE(m_view->currentIndex(), QModelIndex(node));
        QCOMPARE(resets.size(), 0);
        // One dataChanged per keystroke that changes the shown text ("Web " shows as "Web").
        QCOMPARE(changes.size(), typed.size() - 1);
        m_session->undoStack()->undo();
        QCOMPARE(node.data().toString(), u"Complete test vApp with two VMs 1.0"_s);
        QCOMPARE(m_session->document().save(), m_original);
    }

    void sectionsFromTheMenu()
    {
        select(u"VirtualSystemCollection/VirtualSystem[1]"_s);
        std::unique_ptr<QMenu> menu(m_view->createContextMenu(nullptr));
        QMenu *add = m_view->addSectionMenu();
        emit add->aboutToShow();
        QStringList offered;
        for (QAction *a : add->actions())
            offered << a->text();
        // A VirtualSystem takes Annotation, Product, Eula, ... but never collection sections.
        QVERIFY(offered.contains(u"ProductSection"_s));
        QVERIFY(!offered.contains(u"StartupSection"_s));
        QVERIFY(!offered.contains(u"DiskSection"_s));
        QVERIFY(!offered.contains(u"OperatingSystemSection"_s)); // it has one already

        // Screenshot of the editor with its context menu open beside it.
        menu->popup(m_view->mapToGlobal(QPoint(200, 200)));
        QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
        saveScreenshot(*m_view, u"tree-editor.png"_s);
        saveScreenshot(*menu, u"tree-editor-menu.png"_s);
        menu->close();

        QAction *product = add->findChild<QAction *>(u"addSection_ProductSection"_s);
        QVERIFY(product);
        const int before = ovf::Entity(at(*m_session, u"VirtualSystemCollection/VirtualSystem[1]"_s)).productSections().size();
        product->trigger();
        ovf::xml::Element *vs1 = at(*m_session, u"VirtualSystemCollection/VirtualSystem[1]"_s);
        QCOMPARE(ovf::Entity(vs1).productSections().size(), before + 1);
        QCOMPARE(m_view->currentElement()->localName(), u"ProductSection"_s); // the new one is selected
        QVERIFY(m_view->removeSectionAction()->isEnabled());
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(ovf::Entity(vs1).productSections().size(), before);

        // The last VirtualHardwareSection cannot go.
        QVERIFY(m_view->selectElement(ovf::Entity(vs1).section(ovf::SectionKind::VirtualHardware).element()));
        QVERIFY(!m_view->removeSectionAction()->isEnabled());
        // Extension sections are read-only nodes: not renamable.
        select(u"StorageGroupSection"_s);
        QVERIFY(!m_view->renameAction()->isEnabled());

        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(m_session->document().save(), m_original);
    }
};

QTEST_MAIN(TestGuiTreeEditor)
#include "tst_gui_treeeditor.moc"
