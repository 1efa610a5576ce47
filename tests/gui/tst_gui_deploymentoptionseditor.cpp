// DeploymentOptionsEditor driven offscreen: rename with every reference updated, default,
// add, remove, label and description typing; undo back to the original bytes.

#include "editortestkit.h"

#include "model/ovf/envelope.h"
#include "model/ovf/hardware.h"
#include "model/ovf/productsection.h"
#include "views/deploymentoptionseditor.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace editortest;

class TestGuiDeploymentOptionsEditor : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(ovf::commands::EditSession &s)
    {
        QStringList out;
        for (const ovf::Configuration &c : s.descriptor().envelope().configurations())
            out.append(c.id() + (c.isDefault() ? u"*"_s : QString()));
        return out;
    }
    // Every ovf:configuration token in the document.
    static QStringList references(const ovf::xml::Element *e)
    {
        QStringList out;
        for (const ovf::xml::Attribute &a : e->attributes()) {
            if (a.name->local == u"configuration")
                out += a.value.split(u' ', Qt::SkipEmptyParts);
        }
        for (const ovf::xml::Element *c : e->childElements())
            out += references(c);
        return out;
    }

private slots:
    void renameUpdatesEveryReference()
    {
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        const ovf::Envelope env = session->descriptor().envelope();
        const QStringList before = references(env.element());
        QCOMPARE(before.count(u"small"_s), 4);
        QCOMPARE(before.count(u"large"_s), 5);

        auto *editor = new DeploymentOptionsEditor(session.get(), env.section(ovf::SectionKind::DeploymentOption).element());
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(editor->list()->count(), 2);
        QCOMPARE(editor->idField()->text(), u"small"_s);
        QVERIFY(editor->defaultBox()->isChecked());
        QVERIFY(editor->findChildren<QLabel *>().size() > 0);

        retype(editor->idField(), u"ti ny"_s);
        QVERIFY(!editor->idProblem()->text().isEmpty()); // spaces are refused while typing
        retype(editor->idField(), u"large"_s);
        QVERIFY(editor->idProblem()->text().contains(u"large"_s)); // duplicate
        retype(editor->idField(), u"tiny"_s);
        QVERIFY(editor->idProblem()->text().isEmpty());
        QCOMPARE(session->undoStack()->count(), 0); // nothing before the field is left
        QTest::keyClick(editor->idField(), Qt::Key_Return);
        QCOMPARE(ids(*session), (QStringList{u"tiny*"_s, u"large"_s}));
        const QStringList after = references(env.element());
        QCOMPARE(after.count(u"small"_s), 0);
        QCOMPARE(after.count(u"tiny"_s), 4);
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->undoStack()->undoText(), u"Rename deployment option 'small' to 'tiny'"_s);
        QVERIFY(editor->list()->item(0)->text().startsWith(u"tiny"_s));

        session->undoStack()->undo();
        QCOMPARE(session->document().save(), original);
        QCOMPARE(editor->idField()->text(), u"small"_s);
        session->undoStack()->redo();
        QCOMPARE(editor->idField()->text(), u"tiny"_s);
    }

    void defaultAddRemoveAndTexts()
    {
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        const ovf::Envelope env = session->descriptor().envelope();
        auto *editor = new DeploymentOptionsEditor(session.get(), env.section(ovf::SectionKind::DeploymentOption).element());
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        // Make "large" the default: exactly one default afterwards, one undo step.
        editor->list()->setCurrentRow(1);
        QCOMPARE(editor->idField()->text(), u"large"_s);
        QTest::keyClick(editor->defaultBox(), Qt::Key_Space);
        QCOMPARE(ids(*session), (QStringList{u"small"_s, u"large*"_s}));
        QCOMPARE(session->undoStack()->count(), 1);

        // Label typing merges into one step.
        retype(editor->labelField(), u"Large (production)"_s);
        QCOMPARE(env.configurations().at(1).label().text, u"Large (production)"_s);
        QCOMPARE(session->undoStack()->count(), 2);
        QVERIFY(editor->list()->item(1)->text().contains(u"Large (production)"_s));

        // Add: a new option with Label and Description, current, as one step.
        editor->addAction()->trigger();
        QCOMPARE(ids(*session), (QStringList{u"small"_s, u"large*"_s, u"option1"_s}));
        QCOMPARE(editor->list()->currentRow(), 2);
        QCOMPARE(editor->idField()->text(), u"option1"_s);
        QCOMPARE(session->undoStack()->count(), 3);
        const ovf::Configuration added = env.configurations().at(2);
        QCOMPARE(added.label().text, u"option1"_s);
        QVERIFY(!added.description().isNull());
        QTest::keyClicks(editor->labelField(), u"Medium"_s); // the label is selected after adding
        QCOMPARE(env.configurations().at(2).label().text, u"Medium"_s);
        retype(editor->descriptionField(), u"Up to 500 users"_s);
        QCOMPARE(env.configurations().at(2).description().text, u"Up to 500 users"_s);
        QVERIFY(saveScreenshot(host, u"deploymentoptionseditor.png"_s));

        editor->removeAction()->trigger();
        QCOMPARE(ids(*session), (QStringList{u"small"_s, u"large*"_s}));
        QCOMPARE(editor->list()->count(), 2);

        undoAll(session->undoStack());
        QCOMPARE(session->document().save(), original);
        QCOMPARE(editor->list()->count(), 2);
        QCOMPARE(editor->list()->currentRow() >= 0, true);
    }
};

QTEST_MAIN(TestGuiDeploymentOptionsEditor)
#include "tst_gui_deploymentoptionseditor.moc"
