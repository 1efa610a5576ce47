// The virtual system / collection editor (EntityEditor) and the startup order
// (StartupOrderTable, StartupSectionEditor) driven with QTest: the id renamed by typing (the
// startup entry follows), Name and Info typed, a row dragged to the top of the startup order
// (through the view's model, as a drop does), a delay typed into its cell and an action
// picked; the document is checked after each edit, the table model by
// QAbstractItemModelTester, and undoing everything gives the original bytes. Screenshots at
// 1280x800 and 1024x700.
#include "commandtestkit.h"
#include "editortestkit.h"

#include "model/items/startuptablemodel.h"
#include "model/ovf/entity.h"
#include "model/ovf/sections.h"
#include "views/entityeditor.h"
#include "views/startupordertable.h"
#include "views/startupsectioneditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ovf::items::StartupTableModel;
namespace cmd = ovf::commands;

class TestGuiEntityEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmd::EditSession> m_session;
    QByteArray m_original;

    ovf::xml::Element *collection() const { return m_session->descriptor().envelope().content().element(); }
    QStringList startupIds() const
    {
        QList<ovf::StartupEntry> entries =
            ovf::StartupSection(ovf::Entity(collection()).section(ovf::SectionKind::Startup).element()).entries();
        std::sort(entries.begin(), entries.end(),
                  [](const ovf::StartupEntry &a, const ovf::StartupEntry &b) { return a.order.toInt() < b.order.toInt(); });
        QStringList ids;
        for (const ovf::StartupEntry &e : entries)
            ids << e.id;
        return ids;
    }

private slots:
    void init()
    {
        m_session = commandtestkit::open(u"govmomi/Nested-ESXi-3-Node-VSAN-Template.ovf"_s);
        m_original = m_session->document().save();
    }

    void virtualSystem()
    {
        ovf::xml::Element *vs = commandtestkit::at(*m_session, u"VirtualSystemCollection/VirtualSystem[1]"_s);
        auto *editor = new EntityEditor(m_session.get(), vs);
        editortest::Host host(editor);
        host.resize(1280, 800);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QApplication::setActiveWindow(&host);
        QVERIFY(QTest::qWaitForWindowActive(&host));
        QCOMPARE(editor->idField()->text(), u"VSAN-Nested-ESXi-2"_s);
        QCOMPARE(editor->nameField()->text(), u"VSAN-Nested-ESXi-2"_s);
        QVERIFY(!editor->startupTable());

        // The id: typed, committed when the field is left; the startup entry follows.
        editortest::retype(editor->idField(), u"esxi-b"_s);
        QCOMPARE(ovf::Entity(vs).id(), u"VSAN-Nested-ESXi-2"_s); // not before leaving the field
        editor->nameField()->setFocus();
        QCOMPARE(ovf::Entity(vs).id(), u"esxi-b"_s);
        QVERIFY(startupIds().contains(u"esxi-b"_s));
        QVERIFY(!startupIds().contains(u"VSAN-Nested-ESXi-2"_s));
        // A refused id says why and changes nothing.
        editortest::retype(editor->idField(), u"VSAN-Nested-ESXi-3"_s);
        editor->nameField()->setFocus();
        QCOMPARE(ovf::Entity(vs).id(), u"esxi-b"_s);
        QVERIFY(!editor->idNote()->text().isEmpty());

        editortest::retype(editor->nameField(), u"ESXi host B"_s);
        editor->infoField()->setFocus(); // committed when the field is left
        QCOMPARE(ovf::Entity(vs).name().text, u"ESXi host B"_s);
        editortest::retype(editor->infoField(), u"The second nested ESXi host"_s);
        editor->idField()->setFocus();
        QCOMPARE(ovf::ovfChild(vs, u"Info")->text(), u"The second nested ESXi host"_s);
        // Info is required: emptying it is refused and the field shows the document again.
        editortest::retype(editor->infoField(), QString());
        editor->idField()->setFocus();
        QCOMPARE(ovf::ovfChild(vs, u"Info")->text(), u"The second nested ESXi host"_s);
        QCOMPARE(editor->infoField()->text(), u"The second nested ESXi host"_s);
        editortest::saveScreenshot(host, u"entity-editor.png"_s);
        host.resize(1024, 700);
        editortest::saveScreenshot(host, u"entity-editor-1024.png"_s);

        editortest::undoAll(m_session->undoStack());
        QCOMPARE(m_session->document().save(), m_original);
        QCOMPARE(editor->idField()->text(), u"VSAN-Nested-ESXi-2"_s);
    }

    void startupOrder()
    {
        auto *editor = new EntityEditor(m_session.get(), collection());
        editortest::Host host(editor);
        host.resize(1280, 800);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        StartupOrderTable *table = editor->startupTable();
        QVERIFY(table && table->isVisible());
        StartupTableModel *model = table->startupModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->ids(), (QStringList{u"VSAN-Nested-ESXi-1"_s, u"VSAN-Nested-ESXi-2"_s, u"VSAN-Nested-ESXi-3"_s}));

        // Drop the third row on the first: it starts first now, the others after it.
        QMimeData *drag = model->mimeData({model->index(2, 0)});
        QVERIFY(model->canDropMimeData(drag, Qt::MoveAction, 0, 0, {}));
        model->dropMimeData(drag, Qt::MoveAction, 0, 0, {});
        delete drag;
        QCOMPARE(startupIds(), (QStringList{u"VSAN-Nested-ESXi-3"_s, u"VSAN-Nested-ESXi-1"_s, u"VSAN-Nested-ESXi-2"_s}));
        QCOMPARE(model->ids(), startupIds());
        QCOMPARE(m_session->undoStack()->count(), 1); // one step for the whole reorder

        // A start delay typed into its cell (double-click opens a spin box of seconds).
        const QModelIndex delay = model->index(0, StartupTableModel::StartDelayColumn);
        table->setCurrentIndex(delay);
        table->edit(delay);
        auto *spin = table->findChild<QSpinBox *>();
        QVERIFY(spin);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, u"45"_s);
        QCOMPARE(spin->value(), 45);
        QTest::keyClick(spin, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits Return through a queued call
        QCoreApplication::processEvents();
        QCOMPARE(ovf::StartupSection(ovf::Entity(collection()).section(ovf::SectionKind::Startup).element())
                     .entries().at(2).startDelay,
                 u"45"_s);
        // The stop action picked from its list.
        const QModelIndex stop = model->index(0, StartupTableModel::StopActionColumn);
        QVERIFY(model->setData(stop, u"guestShutdown"_s));
        QVERIFY(!model->setData(stop, u"explode"_s)); // not a stop action
        QCOMPARE(model->index(0, StartupTableModel::StopActionColumn).data().toString(), u"guestShutdown"_s);
        // Waiting for guest is a check box.
        QVERIFY(model->setData(model->index(0, StartupTableModel::WaitingForGuestColumn), Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(model->index(0, StartupTableModel::WaitingForGuestColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        editortest::saveScreenshot(host, u"collection-editor.png"_s);
        host.resize(1024, 700);
        editortest::saveScreenshot(host, u"collection-editor-1024.png"_s);

        editortest::undoAll(m_session->undoStack());
        QCOMPARE(m_session->document().save(), m_original);
        QCOMPARE(model->ids().first(), u"VSAN-Nested-ESXi-1"_s);
    }

    void startupSectionAddedAndEdited()
    {
        // A collection without a startup order gets one from its editor; its own editor then
        // lists the systems, and an edit creates their entries.
        auto s = commandtestkit::open(u"govmomi/virtualsystemcollection.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vsc = s->descriptor().envelope().content().element();
        QVERIFY(ovf::Entity(vsc).isCollection());
        if (!ovf::Entity(vsc).section(ovf::SectionKind::Startup).isNull())
            QSKIP("the corpus file has a startup order already");
        auto *editor = new EntityEditor(s.get(), vsc);
        editortest::Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(editor->addStartupButton()->isVisible());
        QTest::mouseClick(editor->addStartupButton(), Qt::LeftButton);
        ovf::xml::Element *section = ovf::Entity(vsc).section(ovf::SectionKind::Startup).element();
        QVERIFY(section);
        QVERIFY(editor->startupTable()->isVisible());
        auto *sectionEditor = new StartupSectionEditor(s.get(), section);
        editortest::Host sectionHost(sectionEditor);
        sectionHost.show();
        StartupTableModel *model = sectionEditor->table()->startupModel();
        QVERIFY(model->rowCount() >= 2);
        // Refused (a read-only session): the table says why, and the document is as it was
        // with no undo step (moving used to go on with an Item the session had dropped).
        const QByteArray withSection = s->document().save();
        const int steps = s->undoStack()->count();
        s->setReadOnly(u"inspection"_s);
        QSignalSpy refused(sectionEditor, &FormEditor::editRefused);
        QVERIFY(!model->moveRow(1, 0));
        QVERIFY(!model->setData(model->index(0, StartupTableModel::StartDelayColumn), 30, Qt::EditRole));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.first().first().toString(), u"inspection"_s);
        QCOMPARE(s->document().save(), withSection);
        QCOMPARE(s->undoStack()->count(), steps);
        s->setReadOnly(QString());
        QVERIFY(model->moveRow(1, 0));
        QCOMPARE(ovf::StartupSection(section).entries().size(), model->rowCount());
        editortest::saveScreenshot(sectionHost, u"startup-section-editor.png"_s);
        editortest::undoAll(s->undoStack());
        QCOMPARE(s->document().save(), original);
    }
};

QTEST_MAIN(TestGuiEntityEditor)
#include "tst_gui_entityeditor.moc"
