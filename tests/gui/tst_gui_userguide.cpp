// Help > User Guide: the action opens one non-modal window with the guide's task pages, each
// page is a Markdown resource that renders (a title and text, not an empty browser), links
// between pages select the linked page in the list, and triggering the action again shows
// the same window. Screenshots at 1280x800 and 1024x700.
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/userguidewindow.h"
#include "editortestkit.h"

#include <QListWidget>
#include <QMenu>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using editortest::saveScreenshot;

class TestGuiUserGuide : public QObject
{
    Q_OBJECT

private:
    static UserGuideWindow *openGuide(MainWindow &w)
    {
        QAction *action = w.actions()->userGuide;
        if (!action || !w.actions()->helpMenu->actions().contains(action))
            return nullptr;
        action->trigger();
        return w.findChild<UserGuideWindow *>();
    }

private slots:
    void opensNonModalWithEveryPage()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        UserGuideWindow *guide = openGuide(w);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(!guide->isModal());
        QVERIFY(guide->isWindow());
        QCOMPARE(guide->pageList()->count(), UserGuideWindow::pageIds().size());
        QCOMPARE(guide->currentPage(), u"author"_s);

        // Every page renders from its resource: a heading and some paragraphs.
        const QStringList headings{u"Author an appliance"_s, u"Deploy an OVA"_s, u"Translate a package"_s,
                                   u"Check compatibility"_s};
        for (qsizetype i = 0; i < UserGuideWindow::pageIds().size(); ++i) {
            const QString id = UserGuideWindow::pageIds().at(i);
            QVERIFY(guide->showPage(id));
            QCOMPARE(guide->currentPage(), id);
            const QString text = guide->browser()->toPlainText();
            QVERIFY2(text.startsWith(headings.at(i)), qPrintable(id + u": "_s + text.left(80)));
            QVERIFY2(text.size() > 400, qPrintable(id));
            QVERIFY2(!text.contains(u"**"_s), qPrintable(id + u": Markdown not rendered"_s));
            QCOMPARE(guide->pageList()->item(int(i))->text(), headings.at(i));
        }
        QVERIFY(!guide->showPage(u"no-such-page"_s));

        // The main window stays usable: the guide is not modal, and the action shows the same
        // window again rather than a second one.
        QVERIFY(!QApplication::activeModalWidget());
        guide->close();
        QVERIFY(!guide->isVisible());
        w.actions()->userGuide->trigger();
        QCOMPARE(w.findChildren<UserGuideWindow *>().size(), 1);
        QVERIFY(guide->isVisible());
    }

    void linkToAnotherPageSelectsIt()
    {
        MainWindow w;
        w.show();
        UserGuideWindow *guide = openGuide(w);
        QVERIFY(guide);
        QVERIFY(guide->showPage(u"author"_s));
        // author.md ends with a link to compatibility.md.
        guide->browser()->setSource(QUrl(u"compatibility.md"_s), QTextDocument::MarkdownResource);
        QCOMPARE(guide->currentPage(), u"compatibility"_s);
        QVERIFY(guide->browser()->toPlainText().startsWith(u"Check compatibility"_s));
    }

    void screenshots()
    {
        MainWindow w;
        w.show();
        UserGuideWindow *guide = openGuide(w);
        QVERIFY(guide);
        QVERIFY(guide->showPage(u"deploy"_s));
        guide->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QVERIFY(saveScreenshot(*guide, u"userguide-1280x800.png"_s));
        QVERIFY(guide->showPage(u"translate"_s));
        guide->resize(1024, 700);
        QTest::qWait(50);
        QVERIFY(saveScreenshot(*guide, u"userguide-1024x700.png"_s));
    }
};

QTEST_MAIN(TestGuiUserGuide)
#include "tst_gui_userguide.moc"
