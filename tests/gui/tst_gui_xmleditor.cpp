// The editable XML view (XmlEditorPane) driven with QTest: typing into the selected element's
// source and applying makes one undo step with only the typed change in the bytes; text that
// does not parse is refused with its line and column (in the gutter's numbering) and the
// cursor goes there; the whole-descriptor scope edits the Envelope; typing is kept while the
// tree selection moves; undo all gives the original bytes. Screenshots at 1280x800 and
// 1024x700.
#include "commandtestkit.h"
#include "editortestkit.h"

#include "model/ovf/entity.h"
#include "views/xmleditorpane.h"
#include "views/xmlsourceview.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

class TestGuiXmlEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cmd::EditSession> m_session;
    std::unique_ptr<editortest::Host> m_host;
    XmlEditorPane *m_pane = nullptr;
    QByteArray m_original;

    // Replaces `from` by `to` in the view's text the way a user does: select it, type.
    void typeOver(const QString &from, const QString &to)
    {
        XmlSourceView *view = m_pane->sourceView();
        const qsizetype at = view->toPlainText().indexOf(from);
        QVERIFY2(at >= 0, qPrintable(from));
        QTextCursor c = view->textCursor();
        c.setPosition(int(at));
        c.setPosition(int(at + from.size()), QTextCursor::KeepAnchor);
        view->setTextCursor(c);
        view->setFocus();
        QTest::keyClicks(view, to);
    }

private slots:
    void init()
    {
        m_session = commandtestkit::open(u"govmomi/SugarCRM.ovf"_s);
        m_original = m_session->document().save();
        m_pane = new XmlEditorPane;
        m_host = std::make_unique<editortest::Host>(m_pane);
        m_pane->setSession(m_session.get());
        m_host->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    }

    void cleanup()
    {
        m_host.reset();
        m_session.reset();
    }

    void applySelectedElement()
    {
        ovf::xml::Element *product = commandtestkit::at(*m_session, u"VirtualSystemCollection/ProductSection"_s);
        QVERIFY(product);
        m_pane->setElement(product);
        QCOMPARE(m_pane->shownElement(), product);
        QVERIFY(m_pane->sourceView()->isEditable());
        QVERIFY(!m_pane->applyButton()->isEnabled());
        QCOMPARE(m_pane->sourceView()->firstLineNumber(), product->position().line);

        ovf::xml::Element *vendor = ovf::ovfChild(product, u"Vendor");
        const QString vendorXml = vendor->toXml();
        const qsizetype vendorAt = QString::fromUtf8(m_original.left(vendor->sourceOffset())).size();
        typeOver(vendorXml, u"<Vendor>Example &amp; Co</Vendor>"_s);
        QVERIFY(m_pane->isModified());
        QVERIFY(m_pane->applyButton()->isEnabled());
        editortest::saveScreenshot(*m_host, u"xml-editor-modified.png"_s);
        QTest::mouseClick(m_pane->applyButton(), Qt::LeftButton);
        QVERIFY2(!m_pane->isModified(), qPrintable(m_pane->statusText()));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(ovf::ovfChild(product, u"Vendor")->text(), u"Example & Co"_s);
        // Only the Vendor element's text changed in the file.
        const QString expected = QString::fromUtf8(m_original).replace(vendorAt, vendorXml.size(),
                                                                       u"<Vendor>Example &amp; Co</Vendor>"_s);
        const QString after = QString::fromUtf8(m_session->document().save());
        if (after != expected) {
            qsizetype i = 0;
            while (i < after.size() && i < expected.size() && after.at(i) == expected.at(i))
                ++i;
            qWarning().noquote() << "differs at" << i << "\n--- got:\n" << after.mid(i - 80, 200) << "\n--- expected:\n" << expected.mid(i - 80, 200);
        }
        QCOMPARE(after, expected);
        QVERIFY(after.contains(u"<Vendor>Example &amp; Co</Vendor>"));
        // The view shows the applied text, unmodified; Ctrl+Z equivalent gives the bytes back.
        QVERIFY(m_pane->sourceView()->toPlainText().contains(u"Example &amp; Co"));
        editortest::undoAll(m_session->undoStack());
        QCOMPARE(m_session->document().save(), m_original);
        QVERIFY(!m_pane->sourceView()->toPlainText().contains(u"Example &amp; Co"));
    }

    void refusedWithLineAndColumn()
    {
        ovf::xml::Element *product = commandtestkit::at(*m_session, u"VirtualSystemCollection/ProductSection"_s);
        m_pane->setElement(product);
        const int first = m_pane->sourceView()->firstLineNumber();
        typeOver(u"</Vendor>"_s, u"</Vendr>"_s);
        QTest::mouseClick(m_pane->applyButton(), Qt::LeftButton);
        QVERIFY(m_pane->isModified()); // nothing applied, the typing is kept
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(m_session->document().save(), m_original);
        // The error names the line as the gutter shows it, and the cursor is on it.
        const int line = int(m_pane->sourceView()->toPlainText().left(
                                 m_pane->sourceView()->toPlainText().indexOf(u"</Vendr>"_s)).count(u'\n')) + 1;
        const QString status = m_pane->statusText();
        QVERIFY2(status.startsWith(u"Line %1, column "_s.arg(first + line - 1)), qPrintable(status));
        QCOMPARE(m_pane->sourceView()->textCursor().blockNumber() + 1, line);
        // The start tag it names is at its line in the gutter too.
        const int vendorLine = first + int(m_pane->sourceView()->toPlainText().left(
                                               m_pane->sourceView()->toPlainText().indexOf(u"<Vendor>"_s)).count(u'\n'));
        QVERIFY2(status.contains(u"at %1:"_s.arg(vendorLine)), qPrintable(status));
        editortest::saveScreenshot(*m_host, u"xml-editor-error.png"_s);
        m_host->resize(1024, 700);
        editortest::saveScreenshot(*m_host, u"xml-editor-error-1024.png"_s);
        // Revert drops the typing.
        QTest::mouseClick(m_pane->revertButton(), Qt::LeftButton);
        QVERIFY(!m_pane->isModified());
        QVERIFY(m_pane->sourceView()->toPlainText().contains(u"</Vendor>"));
    }

    void typingSurvivesSelection()
    {
        ovf::xml::Element *product = commandtestkit::at(*m_session, u"VirtualSystemCollection/ProductSection"_s);
        ovf::xml::Element *other = commandtestkit::at(*m_session, u"VirtualSystemCollection/VirtualSystem[2]"_s);
        m_pane->setElement(product);
        typeOver(u"<Info>"_s, u"<Info>Typed: "_s);
        m_pane->setElement(other); // the tree moved on
        QCOMPARE(m_pane->shownElement(), product);
        QVERIFY(m_pane->sourceView()->toPlainText().contains(u"Typed: "));
        QVERIFY(m_pane->apply());
        QVERIFY(ovf::ovfChild(product, u"Info")->text().startsWith(u"Typed: "));
        // The applied element stays shown (the window selects it in the tree); the hold is
        // over, so the next selection shows.
        QCOMPARE(m_pane->shownElement(), product);
        m_pane->setElement(other);
        QCOMPARE(m_pane->shownElement(), other);
    }

    void wholeDescriptor()
    {
        m_pane->setScope(XmlEditorPane::Scope::Document);
        QCOMPARE(m_pane->shownElement(), m_session->document().root());
        QVERIFY(m_pane->sourceView()->toPlainText().startsWith(u"<Envelope"));
        typeOver(u"<VirtualSystem ovf:id=\"web\">"_s, u"<VirtualSystem ovf:id=\"frontend\">"_s);
        QVERIFY(m_pane->apply());
        QVERIFY(QString::fromUtf8(m_session->document().save()).contains(u"<VirtualSystem ovf:id=\"frontend\">"));
        QCOMPARE(m_session->undoStack()->count(), 1);
        editortest::saveScreenshot(*m_host, u"xml-editor-descriptor.png"_s);
        // The root must stay an Envelope.
        typeOver(u"<Envelope"_s, u"<Envelop"_s);
        QVERIFY(!m_pane->apply());
        // The end tag no longer matches: the error names its line as the gutter numbers it.
        const int last = m_pane->sourceView()->firstLineNumber() + m_pane->sourceView()->blockCount() - 1;
        QVERIFY2(m_pane->statusText().startsWith(u"Line %1,"_s.arg(last)), qPrintable(m_pane->statusText()));
        m_pane->revert();
        editortest::undoAll(m_session->undoStack());
        QCOMPARE(m_session->document().save(), m_original);
    }
};

QTEST_MAIN(TestGuiXmlEditor)
#include "tst_gui_xmleditor.moc"
