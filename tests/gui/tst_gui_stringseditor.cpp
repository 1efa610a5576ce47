// The Strings editor driven offscreen with QTest: add a locale, translate with Enter moving on,
// multi-line translations, filters, make translatable, move to a bundle and back, XLIFF/PO
// export and import (a refused import changes nothing and names file:line), and undo of
// everything giving the original bytes back (descriptor and bundle).

#include "editortestkit.h"
#include "../l10n/l10ntestkit.h"

#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "model/ovf/section.h"
#include "views/stringseditor.h"
#include "views/stringsexchange.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestGuiStringsEditor : public QObject
{
    Q_OBJECT

private:
    static ovf::l10n::Catalogue catalogue(ovf::commands::EditSession &s) { return l10ntestkit::catalogue(s); }
    static QString currentMsgid(StringsEditor *e)
    {
        const QModelIndex i = e->table()->currentIndex();
        return i.isValid() ? e->filterModel()->index(i.row(), StringsTableModel::MsgidColumn).data().toString() : QString();
    }

private slots:
    void showsCoverageAndFilters()
    {
        auto session = l10ntestkit::sample();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        QAbstractItemModelTester tester(editor->filterModel());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        QCOMPARE(editor->locale(), u"de-DE"_s);
        // 6 messages: web.info, product.product, the password's label and description, eula, ...
        const int total = int(editor->snapshot()->catalogue.messages().size());
        QCOMPARE(editor->tableModel()->rowCount(), total);
        const QString coverage = editor->coverageLabel()->text();
        // de-DE: web.info and product.product (identical counts as translated), the label is empty.
        QVERIFY2(coverage.contains(u"de-DE 2/%1"_s.arg(total)), qPrintable(coverage));
        QVERIFY2(coverage.contains(u"fr-FR 2/%1"_s.arg(total)), qPrintable(coverage));
        QVERIFY2(coverage.contains(u"bundle"_s), qPrintable(coverage));

        editor->statusFilterCombo()->setCurrentIndex(1); // Untranslated
        emit editor->statusFilterCombo()->activated(1);
        QCOMPARE(editor->filterModel()->rowCount(), total - 2);
        editor->searchEdit()->setText(u"PASSWORD"_s); // case-insensitive, msgid or text
        QCOMPARE(editor->filterModel()->rowCount(), 2);
        editor->statusFilterCombo()->setCurrentIndex(0);
        emit editor->statusFilterCombo()->activated(0);
        editor->searchEdit()->clear();
        const int properties = editor->areaFilterCombo()->findData(int(StringsArea::Properties));
        editor->areaFilterCombo()->setCurrentIndex(properties);
        emit editor->areaFilterCombo()->activated(properties);
        QCOMPARE(editor->filterModel()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QVERIFY(editor->filterModel()->index(r, StringsTableModel::UsageColumn).data().toString().startsWith(u"Property admin_password"_s));

        // Switching the locale shows the external bundle's translations.
        editor->showLocale(u"fr-FR"_s);
        editor->settle();
        QCOMPARE(editor->locale(), u"fr-FR"_s);
        QVERIFY(editor->selectMessage(u"eula"_s)); // clears the filter that hides it
        QCOMPARE(editor->translationEdit()->toPlainText(), u"Utilisez-le bien."_s);
        QVERIFY(editor->sourceEdit()->toPlainText().contains(u"\nSecond line."_s));
    }

    void addLocaleTranslateAndUndoAll()
    {
        auto session = l10ntestkit::sample();
        ovf::l10n::BundleStore *store = ovf::l10n::BundleStore::of(session.get());
        const QByteArray original = session->document().save();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        QAbstractItemModelTester tester(editor->filterModel());
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        const int total = int(editor->snapshot()->catalogue.messages().size());

        QVERIFY(!editor->addLocale(u"de_DE"_s)); // not BCP 47
        QVERIFY(!editor->addLocale(u"DE-de"_s)); // there already
        QVERIFY(editor->addLocale(u"it-IT"_s));
        editor->settle();
        QCOMPARE(editor->locale(), u"it-IT"_s);
        QVERIFY(editor->localeCombo()->findData(u"it-IT"_s) >= 0);
        QVERIFY(editor->coverageLabel()->text().contains(u"it-IT 0/%1"_s.arg(total)));

        // Type a translation, Enter: saved, and the next untranslated message is current.
        QVERIFY(editor->selectMessage(u"web.info"_s));
        editortest::retype(editor->translationEdit(), u"Un server web"_s);
        QTest::keyClick(editor->translationEdit(), Qt::Key_Return);
        QCOMPARE(catalogue(*session).translation(u"it-IT"_s, u"web.info"_s)->text, u"Un server web"_s);
        QCOMPARE(catalogue(*session).status(u"it-IT"_s, u"web.info"_s), ovf::l10n::MessageStatus::Translated);
        QVERIFY(currentMsgid(editor) != u"web.info"_s);
        QCOMPARE(editor->snapshot()->catalogue.status(u"it-IT"_s, currentMsgid(editor)), ovf::l10n::MessageStatus::Missing);
        QVERIFY2(editor->coverageLabel()->text().contains(u"it-IT 1/%1"_s.arg(total)), qPrintable(editor->coverageLabel()->text()));

        // Shift+Enter: a line break in a multi-line text (the EULA).
        QVERIFY(editor->selectMessage(u"eula"_s));
        editor->translationEdit()->setFocus();
        QTest::keyClicks(editor->translationEdit(), u"Usalo bene."_s);
        QTest::keyClick(editor->translationEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor->translationEdit(), u"Seconda riga."_s);
        QTest::keyClick(editor->translationEdit(), Qt::Key_Return);
        QCOMPARE(catalogue(*session).translation(u"it-IT"_s, u"eula"_s)->text, u"Usalo bene.\nSeconda riga."_s);
        // Editing in the table cell goes through the same command.
        const QModelIndex cell = editor->filterModel()->mapFromSource(
            editor->tableModel()->index(editor->snapshot()->rowOf(u"product.product"_s), StringsTableModel::TranslationColumn));
        QVERIFY(editor->filterModel()->setData(cell, u"Appliance web"_s));
        QCOMPARE(catalogue(*session).translation(u"it-IT"_s, u"product.product"_s)->text, u"Appliance web"_s);
        const int edits = session->undoStack()->count();

        // An undo from outside (the Edit menu) is followed by the editor.
        session->undoStack()->undo();
        editor->settle();
        QCOMPARE(editor->snapshot()->catalogue.status(u"it-IT"_s, u"product.product"_s), ovf::l10n::MessageStatus::Missing);
        session->undoStack()->redo();
        editor->settle();
        QCOMPARE(session->undoStack()->count(), edits);

        // Make translatable: Vendor, the product's and the EULA's Info get readable msgids.
        const QList<ovf::xml::Element *> untranslatable = editor->snapshot()->untranslatable;
        QVERIFY(untranslatable.size() >= 2);
        QVERIFY(editor->makeTranslatable(untranslatable));
        editor->settle();
        QVERIFY(editor->snapshot()->untranslatable.isEmpty());
        QCOMPARE(int(editor->snapshot()->catalogue.messages().size()), total + int(untranslatable.size()));
        QVERIFY(editor->snapshot()->catalogue.message(u"product.vendor"_s));
        QCOMPARE(session->undoStack()->count(), edits + 1); // one step

        // Move it-IT to a bundle file, and back.
        const auto evil = editor->moveLocale(u"it-IT"_s, u"../evil.xml"_s);
        QVERIFY(!evil);
        QVERIFY2(evil.error().contains(u".."_s), qPrintable(evil.error()));
        QVERIFY(editor->moveLocale(u"it-IT"_s, u"strings-it.xml"_s));
        editor->settle();
        QVERIFY(editor->snapshot()->catalogue.isExternal(u"it-IT"_s));
        QVERIFY(store->isChanged(u"strings-it.xml"_s));
        QVERIFY(editor->coverageLabel()->text().contains(u"it-IT 3/"_s));
        QVERIFY(editor->selectMessage(u"web.info"_s));
        QCOMPARE(editor->translationEdit()->toPlainText(), u"Un server web"_s);
        // Translating in the bundle edits the bundle's document.
        QVERIFY(editor->setTranslation(u"prop.admin_password.label"_s, u"Password dell'amministratore"_s));
        QVERIFY(store->bytes(u"strings-it.xml"_s).contains("Password dell&apos;amministratore")
                || store->bytes(u"strings-it.xml"_s).contains("Password dell'amministratore"));
        QVERIFY(editor->moveLocale(u"it-IT"_s, std::nullopt));
        editor->settle();
        QVERIFY(!editor->snapshot()->catalogue.isExternal(u"it-IT"_s));

        editor->showLocale(u"de-DE"_s);
        QVERIFY(editor->removeLocale(u"de-DE"_s));
        editor->settle();
        QVERIFY(editor->snapshot()->catalogue.findLocale(u"de-DE"_s).isNull());

        // Undo everything: the original bytes, and no bundle to write.
        editortest::undoAll(session->undoStack());
        editor->settle();
        QCOMPARE(session->document().save(), original);
        QVERIFY(store->changed().isEmpty());
        QVERIFY(editor->snapshot()->catalogue.findLocale(u"it-IT"_s).isNull());
        QCOMPARE(int(editor->snapshot()->catalogue.messages().size()), total);
        editortest::redoAll(session->undoStack());
        editor->settle();
        QVERIFY(editor->snapshot()->catalogue.findLocale(u"de-DE"_s).isNull());
        QCOMPARE(catalogue(*session).translation(u"it-IT"_s, u"eula"_s)->text, u"Usalo bene.\nSeconda riga."_s);
    }

    void exportAndImport()
    {
        auto session = l10ntestkit::sample();
        const QByteArray original = session->document().save();
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        editor->showLocale(u"fr-FR"_s);
        editor->settle();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        QSignalSpy exported(editor->exchange(), &StringsExchange::exported);
        const QString po = dir.filePath(u"fr.po"_s);
        editor->exchange()->exportTo(po, ovf::l10n::ExchangeFormat::Po);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QByteArray bytes = editortest::readAll(po);
        QVERIFY(bytes.contains("msgctxt \"prop.admin_password.label\""));
        QVERIFY(bytes.contains("msgstr \"Un serveur web\""));
        const QString xliff = dir.filePath(u"fr.xlf"_s);
        editor->exchange()->exportTo(xliff, ovf::l10n::ExchangeFormat::Xliff12);
        QVERIFY(exported.wait(10000));
        QVERIFY(editortest::readAll(xliff).contains("urn:oasis:names:tc:xliff:document:1.2"));

        // A malformed file is refused with file:line; nothing changes.
        QSignalSpy imported(editor->exchange(), &StringsExchange::imported);
        const QString broken = dir.filePath(u"broken.xlf"_s);
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                "<file original=\"x\" source-language=\"en-US\" target-language=\"fr-FR\" datatype=\"plaintext\">\n"
                "<body><trans-unit id=\"a\"><source>x</source></body>\n</file></xliff>\n");
        b.close();
        editor->exchange()->importFrom(broken);
        QVERIFY(imported.size() == 1 || imported.wait(10000));
        QVERIFY(!imported.last().at(0).toBool());
        QVERIFY2(imported.last().at(1).toString().contains(broken + u':'), qPrintable(imported.last().at(1).toString()));
        QVERIFY(editor->messageLabel()->isVisible());
        QVERIFY(editor->messageLabel()->text().contains(u"broken.xlf:"_s));
        QCOMPARE(session->undoStack()->count(), 0);

        // Translate the password label in the PO (as a translator would) and import: one step.
        bytes.replace("msgctxt \"prop.admin_password.label\"\nmsgid \"Administrator password\"\nmsgstr \"\"",
                      "msgctxt \"prop.admin_password.label\"\nmsgid \"Administrator password\"\nmsgstr \"Mot de passe\"");
        bytes.append("\nmsgctxt \"no.such.message\"\nmsgid \"Nothing\"\nmsgstr \"Rien\"\n");
        QVERIFY(bytes.contains("msgstr \"Mot de passe\""));
        QFile p(po);
        QVERIFY(p.open(QIODevice::WriteOnly | QIODevice::Truncate));
        p.write(bytes);
        p.close();
        editor->exchange()->importFrom(po);
        QVERIFY(imported.wait(10000));
        QVERIFY2(imported.last().at(0).toBool(), qPrintable(imported.last().at(1).toString()));
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(catalogue(*session).translation(u"fr-FR"_s, u"prop.admin_password.label"_s)->text, u"Mot de passe"_s);
        // The unknown msgid is reported with file:line.
        QVERIFY2(imported.last().at(1).toString().contains(po + u':'), qPrintable(imported.last().at(1).toString()));
        QVERIFY(editor->coverageLabel()->text().contains(u"fr-FR 3/"_s));

        session->undoStack()->undo();
        editor->settle();
        QCOMPARE(session->document().save(), original);
        QVERIFY(ovf::l10n::BundleStore::of(session.get())->changed().isEmpty());
    }

    // Edit > Translations…, a Strings node of the tree and the EULA editor's "Translations…"
    // all lead to the editor in the workspace's Translations tab.
    void reachableFromTheWindow()
    {
        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(opened.wait(20000));
        QVERIFY(ovf::l10n::BundleStore::of(w.session())); // the controller gives every session one
        DocumentWorkspace *workspace = w.workspace();
        QVERIFY(!workspace->stringsEditor()); // made when first shown

        QVERIFY(w.actions()->translations->isEnabled());
        w.actions()->translations->trigger();
        StringsEditor *editor = workspace->stringsEditor();
        QVERIFY(editor);
        QCOMPARE(workspace->tabs()->currentWidget()->objectName(), u"stringsPage"_s);
        editor->settle();
        QCOMPARE(editor->locale(), u"de-DE"_s);
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(w, u"stringseditor-window-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }

        // The tree's Strings node.
        ovf::xml::Element *strings = nullptr;
        for (const auto &node : w.session()->document().root()->children()) {
            if (node->isElement() && static_cast<ovf::xml::Element *>(node.get())->localName() == u"Strings")
                strings = static_cast<ovf::xml::Element *>(node.get());
        }
        QVERIFY(strings);
        workspace->showDetails();
        QVERIFY(workspace->selectElement(strings));
        QCOMPARE(workspace->tabs()->currentWidget()->objectName(), u"stringsPage"_s);
        QCOMPARE(workspace->stringsEditor(), editor); // the same editor, not a new one

        // The EULA editor's "Translations…" selects the license's message.
        ovf::xml::Element *eula = w.session()->descriptor().envelope().content().section(ovf::SectionKind::Eula).element();
        QVERIFY(eula);
        QVERIFY(workspace->selectElement(eula));
        workspace->showEditor();
        auto *button = workspace->editor()->findChild<QPushButton *>(u"translationsButton"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(workspace->tabs()->currentWidget()->objectName(), u"stringsPage"_s);
        QCOMPARE(currentMsgid(editor), u"eula.license"_s);
        QVERIFY(editor->translationEdit()->toPlainText().startsWith(u"Endbenutzer-Lizenzvertrag"_s));

        // A translation typed here is one undo step on the window's stack and marks the document modified.
        editor->translationEdit()->setFocus();
        QTest::keyClick(editor->translationEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor->translationEdit(), u" Ende."_s);
        QTest::keyClick(editor->translationEdit(), Qt::Key_Return);
        QVERIFY(w.session()->isModified());
        QVERIFY(w.actions()->undo->isEnabled());
        w.actions()->undo->trigger();
        QVERIFY(!w.session()->isModified());
        QVERIFY(w.closeDocument());
        QVERIFY(!workspace->stringsEditor());
    }

    void screenshots()
    {
        auto session = editortest::openSession(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        new ovf::l10n::BundleStore([](const QString &h) -> std::expected<QByteArray, QString> { return std::unexpected(h); },
                                   session.get());
        auto *editor = new StringsEditor(session.get());
        editortest::Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        editor->settle();
        QCOMPARE(editor->locale(), u"de-DE"_s);
        QVERIFY(editor->selectMessage(u"eula.license"_s));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            host.resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(host, u"stringseditor-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }
    }
};

int main(int argc, char **argv)
{
    // Settings go to a private folder; text renders with the fonts every machine here has.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        qputenv("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_stringseditor"_s);
    TestGuiStringsEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_stringseditor.moc"
