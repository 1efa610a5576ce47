// The Strings editor while its snapshot is rebuilt on a worker (issue 10, "without a GUI-thread
// stall"): a translation typed during a rebuild shows at once, is made when the build ends (on
// its result, in the locale it was typed in) and is never lost; a change from elsewhere stops
// the running build instead of waiting for it; clearing a translation updates the snapshot in
// place (no rebuild), also when the removed Msg uncovers another one of the same msgid.
//
// The build is held deterministically: the editor's build pool (one thread) is kept busy with
// a task that waits on a semaphore, so the build's task stays queued (QFuture::isRunning() is
// true) until the test lets it go. An editor that waited for it would hang here. (Not the
// global pool: Qt's raster paint engine draws with it.)

#include "editortestkit.h"
#include "../l10n/l10ntestkit.h"

#include "model/commands/setelementtextcommand.h"
#include "model/l10n/catalogue.h"
#include "views/stringseditor.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// Holds the only thread of a one-thread pool until released (or destroyed).
class PoolGate
{
public:
    explicit PoolGate(QThreadPool *pool)
    {
        Q_ASSERT(pool->maxThreadCount() == 1);
        m_busy = QtConcurrent::run(pool, [this] {
            m_started.release();
            m_gate.acquire();
        });
        m_started.acquire();
    }
    ~PoolGate() { release(); }
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_gate.release();
        m_busy.waitForFinished();
    }

private:
    QSemaphore m_started;
    QSemaphore m_gate;
    QFuture<void> m_busy;
    bool m_released = false;
};

QString shownTranslation(StringsEditor *e, const QString &msgid)
{
    const int row = e->snapshot()->rowOf(msgid);
    return e->tableModel()->index(row, StringsTableModel::TranslationColumn).data(Qt::EditRole).toString();
}

} // namespace

class TestGuiStringsEditorRebuild : public QObject
{
    Q_OBJECT

private slots:
    void editDuringRebuildIsNotLost()
    {
        auto session = l10ntestkit::sample();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        QAbstractItemModelTester tester(editor->filterModel());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        QCOMPARE(editor->locale(), u"de-DE"_s);
        const int steps = session->undoStack()->count();
        const auto before = editor->snapshot();

        PoolGate gate(editor->buildPool());
        editor->showLocale(u"fr-FR"_s); // a rebuild, queued behind the gate
        QTRY_VERIFY(editor->isBusy());

        // Typed in the shown locale (de-DE) while the build cannot end: shown at once, held.
        QVERIFY(editor->setTranslation(u"web.info"_s, u"Ein Webserver für alle"_s));
        QVERIFY(editor->hasPendingEdits());
        QCOMPARE(editor->snapshot(), before);
        QCOMPARE(shownTranslation(editor, u"web.info"_s), u"Ein Webserver für alle"_s);
        QVERIFY2(editor->coverageLabel()->text().contains(u"de-DE 2/"_s), qPrintable(editor->coverageLabel()->text()));
        // The missing label, cleared: the status follows at once as well.
        QVERIFY(editor->setTranslation(u"product.product"_s, QString()));
        QCOMPARE(editor->snapshot()->rows[size_t(editor->snapshot()->rowOf(u"product.product"_s))].status,
                 ovf::l10n::MessageStatus::Missing);
        QCOMPARE(session->undoStack()->count(), steps); // nothing touched the document yet
        QCOMPARE(l10ntestkit::catalogue(*session).translation(u"de-DE"_s, u"web.info"_s)->text, u"Ein Webserver"_s);

        gate.release();
        QSignalSpy ready(editor, &StringsEditor::snapshotReady);
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(!editor->hasPendingEdits()); // made in the turns after the new table is shown
        // The switch took place and both edits were made in de-DE, in order, one step each.
        QCOMPARE(editor->locale(), u"fr-FR"_s);
        QCOMPARE(session->undoStack()->count(), steps + 2);
        const ovf::l10n::Catalogue now = l10ntestkit::catalogue(*session);
        QCOMPARE(now.translation(u"de-DE"_s, u"web.info"_s)->text, u"Ein Webserver für alle"_s);
        QVERIFY(!now.translation(u"de-DE"_s, u"product.product"_s));
        QVERIFY(!now.translation(u"fr-FR"_s, u"product.product"_s));
        // The snapshot took them in place: de-DE's coverage is the document's.
        const QString coverage = editor->coverageLabel()->text();
        QVERIFY2(coverage.contains(StringsSnapshot::coverageText(now.coverage(u"de-DE"_s))), qPrintable(coverage));
        editor->showLocale(u"de-DE"_s);
        editor->settle();
        QCOMPARE(shownTranslation(editor, u"web.info"_s), u"Ein Webserver für alle"_s);

        session->undoStack()->undo();
        session->undoStack()->undo();
        editor->settle();
        QCOMPARE(shownTranslation(editor, u"web.info"_s), u"Ein Webserver"_s);
        QCOMPARE(shownTranslation(editor, u"product.product"_s), u"Web Appliance"_s);
    }

    void changeFromElsewhereStopsTheBuild()
    {
        auto session = l10ntestkit::sample();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();

        PoolGate gate(editor->buildPool());
        editor->showLocale(u"fr-FR"_s);
        QTRY_VERIFY(editor->isBusy());
        QVERIFY(editor->setTranslation(u"web.info"_s, u"Ein Server"_s)); // held
        // An edit from another editor: the queued build is stopped (run to its first check on
        // this thread) instead of being waited for behind the gate; this returns.
        ovf::xml::Element *info = editor->snapshot()->message(editor->snapshot()->rowOf(u"eula"_s)).uses.first();
        auto made = ovf::commands::SetElementTextCommand::create(session.get(), info, u"Use it well, please."_s);
        QVERIFY(made);
        QVERIFY(session->push(ovf::commands::Made<ovf::commands::Command>(std::move(*made))));
        QVERIFY(editor->hasPendingEdits());

        gate.release();
        editor->settle();
        QVERIFY(!editor->hasPendingEdits());
        const ovf::l10n::Catalogue now = l10ntestkit::catalogue(*session);
        QCOMPARE(now.translation(u"de-DE"_s, u"web.info"_s)->text, u"Ein Server"_s);
        QCOMPARE(editor->snapshot()->catalogue.message(u"eula"_s)->defaultText, u"Use it well, please."_s);
        QCOMPARE(editor->locale(), u"fr-FR"_s);
    }

    void clearUpdatesInPlace()
    {
        // de has "a" twice: clearing the first uncovers the second.
        // Ordinary string literals: moc does not read raw ones (it would lose this class).
        auto session = l10ntestkit::session(QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
            "  <VirtualSystem ovf:id=\"vm\">\n"
            "    <Info ovf:msgid=\"a\">Alpha</Info>\n"
            "    <Name ovf:msgid=\"b\">Beta</Name>\n"
            "  </VirtualSystem>\n"
            "  <Strings xml:lang=\"de\">\n"
            "    <Msg ovf:msgid=\"a\">Eins</Msg>\n"
            "    <Msg ovf:msgid=\"b\">Zwei</Msg>\n"
            "    <Msg ovf:msgid=\"a\">Noch eins</Msg>\n"
            "  </Strings>\n"
            "</Envelope>\n"));
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        QAbstractItemModelTester tester(editor->filterModel());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        const auto snapshot = editor->snapshot();
        QSignalSpy ready(editor, &StringsEditor::snapshotReady);

        QVERIFY(editor->setTranslation(u"b"_s, QString()));
        QVERIFY(!editor->isBusy()); // no rebuild started, none queued
        QVERIFY(!editor->hasPendingEdits());
        QCOMPARE(shownTranslation(editor, u"b"_s), QString());
        QCOMPARE(snapshot->rows[size_t(snapshot->rowOf(u"b"_s))].status, ovf::l10n::MessageStatus::Missing);

        QVERIFY(editor->setTranslation(u"a"_s, u"  "_s)); // blank clears
        QCOMPARE(shownTranslation(editor, u"a"_s), u"Noch eins"_s);
        QVERIFY2(editor->coverageLabel()->text().contains(u"de 1/2"_s), qPrintable(editor->coverageLabel()->text()));

        QTest::qWait(50); // a queued rebuild would start (and end) here
        QCOMPARE(ready.count(), 0);
        QCOMPARE(editor->snapshot(), snapshot);
        // What the editor shows is what a fresh catalogue reads.
        const ovf::l10n::Catalogue now = l10ntestkit::catalogue(*session);
        QCOMPARE(now.translation(u"de"_s, u"a"_s)->text, u"Noch eins"_s);
        QVERIFY(!now.translation(u"de"_s, u"b"_s));
        QCOMPARE(snapshot->catalogue.translation(u"de"_s, u"a"_s)->msg, now.translation(u"de"_s, u"a"_s)->msg);
        QCOMPARE(snapshot->catalogue.unusedMessages(u"de"_s), now.unusedMessages(u"de"_s));
        QCOMPARE(snapshot->coverage.first().translated, now.coverage(u"de"_s).translated);

        session->undoStack()->undo();
        session->undoStack()->undo();
        editor->settle();
        QCOMPARE(shownTranslation(editor, u"a"_s), u"Eins"_s);
        QCOMPARE(shownTranslation(editor, u"b"_s), u"Zwei"_s);
    }

    void searchFollowsEdits()
    {
        // Typing more letters re-reads only the rows that matched; an edit made while another
        // filter hid the row is still found afterwards.
        auto session = l10ntestkit::sample();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        QAbstractItemModelTester tester(editor->filterModel());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        StringsFilterModel *filter = editor->filterModel();
        editor->searchEdit()->setText(u"w"_s);
        const int withW = filter->rowCount();
        QVERIFY(withW >= 2);
        editor->searchEdit()->setText(u"we"_s);
        QCOMPARE(filter->rowCount(), 3); // web.info, product.product ("Web Appliance"), eula ("well")
        editor->searchEdit()->setText(u"zz"_s);
        QCOMPARE(filter->rowCount(), 0);
        editor->statusFilterCombo()->setCurrentIndex(1); // Untranslated
        emit editor->statusFilterCombo()->activated(1);
        QVERIFY(editor->setTranslation(u"prop.admin_password.label"_s, u"Passwort zz"_s));
        QCOMPARE(filter->rowCount(), 0); // translated now: not untranslated
        editor->statusFilterCombo()->setCurrentIndex(0);
        emit editor->statusFilterCombo()->activated(0);
        QCOMPARE(filter->rowCount(), 1);
        editor->searchEdit()->setText(u"zzz"_s);
        QCOMPARE(filter->rowCount(), 0);
        editor->searchEdit()->setText(u"ZZ"_s);
        QCOMPARE(filter->rowCount(), 1);
        editor->searchEdit()->setText(u"w"_s);
        QCOMPARE(filter->rowCount(), withW);
    }

    void typingSurvivesABuild()
    {
        auto session = l10ntestkit::sample();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        QVERIFY(editor->selectMessage(u"web.info"_s));
        editor->translationEdit()->setFocus();
        QTest::keyClick(editor->translationEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor->translationEdit(), u" hier"_s);
        // A build ends (an undo-able change elsewhere) while the field holds typing.
        ovf::xml::Element *name = editor->snapshot()->message(editor->snapshot()->rowOf(u"eula"_s)).uses.first();
        auto made = ovf::commands::SetElementTextCommand::create(session.get(), name, u"Other text"_s);
        QVERIFY(made);
        QVERIFY(session->push(ovf::commands::Made<ovf::commands::Command>(std::move(*made))));
        editor->settle();
        QCOMPARE(editor->translationEdit()->toPlainText(), u"Ein Webserver hier"_s);
        QTest::keyClick(editor->translationEdit(), Qt::Key_Return);
        QCOMPARE(l10ntestkit::catalogue(*session).translation(u"de-DE"_s, u"web.info"_s)->text, u"Ein Webserver hier"_s);
    }
};

QTEST_MAIN(TestGuiStringsEditorRebuild)
#include "tst_gui_stringseditor_rebuild.moc"
