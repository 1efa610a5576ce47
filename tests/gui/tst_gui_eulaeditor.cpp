// EulaEditor (typing, import with encoding checks, msgid status), AnnotationEditor and
// OperatingSystemEditor (the searchable CIM list) driven offscreen.

#include "editortestkit.h"

#include "model/ovf/cimostypes.h"
#include "model/ovf/sections.h"
#include "views/annotationeditor.h"
#include "views/eulaeditor.h"
#include "views/operatingsystemeditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace editortest;

class TestGuiEulaEditor : public QObject
{
    Q_OBJECT

private:
    static ovf::EulaSection eula(ovf::commands::EditSession &s)
    {
        return ovf::EulaSection(s.descriptor().envelope().content().section(ovf::SectionKind::Eula).element());
    }
    static QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void typingAndTranslationStatus()
    {
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        auto *editor = new EulaEditor(session.get(), eula(*session).element());
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(editor->licenseEdit()->toPlainText().startsWith(u"Hello Appliance End-User License Agreement"_s));
        // hello-appliance's German bundle translates eula.license.
        QVERIFY2(editor->msgidLabel()->text().contains(u"eula.license"_s), qPrintable(editor->msgidLabel()->text()));
        QVERIFY(editor->msgidLabel()->text().contains(u"de-DE"_s));

        QPlainTextEdit *text = editor->licenseEdit();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, u"Section 9: governed by the laws of Utopia."_s);
        QVERIFY(eula(*session).license().text.endsWith(u"\nSection 9: governed by the laws of Utopia."_s));
        QCOMPARE(session->undoStack()->count(), 1); // the whole burst of typing
        QCOMPARE(eula(*session).license().msgid, u"eula.license"_s); // the msgid stays

        retype(editor->infoField(), u"License"_s);
        QCOMPARE(eula(*session).info().text, u"License"_s);
        QCOMPARE(session->undoStack()->count(), 2);
        QVERIFY(saveScreenshot(host, u"eulaeditor.png"_s));

        undoAll(session->undoStack());
        QCOMPARE(session->document().save(), original);
        QVERIFY(!editor->licenseEdit()->toPlainText().contains(u"Utopia"_s));
    }

    void importReplacesTheLicense()
    {
        QTemporaryDir dir;
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        auto *editor = new EulaEditor(session.get(), eula(*session).element());
        Host host(editor);
        host.show();

        QVERIFY(editor->importFile(write(dir, u"license.txt"_s, "Acme License\r\n\r\n1. Use it well.\r\n")));
        QCOMPARE(eula(*session).license().text, u"Acme License\n\n1. Use it well.\n"_s);
        QCOMPARE(editor->licenseEdit()->toPlainText(), u"Acme License\n\n1. Use it well.\n"_s);
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(editor->importMessage()->text().contains(u"UTF-8"_s));

        QVERIFY(editor->importFile(write(dir, u"latin1.txt"_s, "Gr\xfc\xdf Gott")));
        QCOMPARE(eula(*session).license().text, u"Grüß Gott"_s);
        QVERIFY(editor->importMessage()->text().contains(u"ISO-8859-1"_s));

        const QByteArray before = session->document().save();
        QVERIFY(!editor->importFile(write(dir, u"image.bin"_s, QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10))));
        QVERIFY(editor->importMessage()->text().contains(u"image.bin"_s));
        QVERIFY(!editor->importFile(dir.filePath(u"missing.txt"_s)));
        QCOMPARE(session->document().save(), before);
        QCOMPARE(session->undoStack()->count(), 2);
        // "<" and "&" in a license are escaped by the document.
        QVERIFY(editor->importFile(write(dir, u"markup.txt"_s, "Terms <b> & conditions")));
        QVERIFY(session->document().save().contains("Terms &lt;b&gt; &amp; conditions")
                || session->document().save().contains("Terms &lt;b> &amp; conditions"));
        auto reloaded = ovf::Descriptor::fromBytes(session->document().save(), u"reloaded.ovf"_s);
        QVERIFY(reloaded);
    }

    void annotationTyping()
    {
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        ovf::xml::Element *section = session->descriptor().envelope().content().section(ovf::SectionKind::Annotation).element();
        auto *editor = new AnnotationEditor(session.get(), section);
        Host host(editor);
        host.show();
        QVERIFY(editor->annotationEdit()->toPlainText().startsWith(u"Deploy on a host"_s));
        editor->annotationEdit()->setFocus();
        QTest::keyClick(editor->annotationEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor->annotationEdit(), u"Needs 8 GiB."_s);
        QCOMPARE(ovf::AnnotationSection(section).annotation().text, u"Needs 8 GiB."_s);
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(saveScreenshot(host, u"annotationeditor.png"_s));
        session->undoStack()->undo();
        QCOMPARE(session->document().save(), original);
        QVERIFY(editor->annotationEdit()->toPlainText().startsWith(u"Deploy on a host"_s));
    }

    void operatingSystemFromTheSearchableList()
    {
        QCOMPARE(ovf::CimOsTypes::byId(36)->name, u"LINUX"_s);
        QCOMPARE(ovf::CimOsTypes::byId(96)->name, u"Debian 64-Bit"_s);
        QCOMPARE(ovf::CimOsTypes::byId(107)->name, u"CentOS 64-bit"_s);
        QVERIFY(!ovf::CimOsTypes::byId(1000));
        QCOMPARE(ovf::CimOsTypes::all().size(), 116);

        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        const ovf::Entity web = session->descriptor().envelope().allEntities().at(1);
        ovf::xml::Element *section = web.section(ovf::SectionKind::OperatingSystem).element();
        auto *editor = new OperatingSystemEditor(session.get(), section);
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QComboBox *combo = editor->osCombo();
        QCOMPARE(combo->currentData().toInt(), 97);
        QCOMPARE(editor->versionField()->text(), u"12"_s);

        // Typing part of a name filters the completer (MatchContains, any case).
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), u"debian 64"_s);
        QCompleter *completer = combo->completer();
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), u"96 – Debian 64-Bit"_s);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(ovf::OperatingSystemSection(section).osId(), u"96"_s);
        QCOMPARE(session->undoStack()->undoText(), u"Set the operating system to Debian 64-Bit"_s);

        retype(editor->versionField(), u"12.5"_s);
        QCOMPARE(ovf::OperatingSystemSection(section).osVersion(), u"12.5"_s);
        retype(editor->descriptionField(), u"Debian GNU/Linux 12 (bookworm)"_s);
        QCOMPARE(ovf::OperatingSystemSection(section).description().text, u"Debian GNU/Linux 12 (bookworm)"_s);
        QVERIFY(saveScreenshot(host, u"operatingsystemeditor.png"_s));

        // A number typed directly, then a text that is not in the list (refused, shown).
        combo->lineEdit()->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), u"107"_s);
        editor->commitOsText(combo->currentText());
        QCOMPARE(ovf::OperatingSystemSection(section).osId(), u"107"_s);
        const int steps = session->undoStack()->count();
        editor->commitOsText(u"Plan 9"_s);
        QCOMPARE(session->undoStack()->count(), steps);
        QVERIFY(editor->findChildren<QLabel *>().size() > 0);

        undoAll(session->undoStack());
        QCOMPARE(session->document().save(), original);
        QCOMPARE(combo->currentData().toInt(), 97);
    }
};

QTEST_MAIN(TestGuiEulaEditor)
#include "tst_gui_eulaeditor.moc"
