// Help > User Guide: the action opens one non-modal window with the guide's task pages, each
// page is a Markdown resource that renders (a title and text, not an empty browser), links
// between pages select the linked page in the list, and triggering the action again shows
// the same window. Every language the application ships has every page of the guide, with the
// page's title (as the UI's list names it) as its heading, and every link between pages resolves
// to a page of the same language; a language the guide is not written in shows the English
// pages. Screenshots at 1280x800 and 1024x700.
#include "app/gui/languagesettings.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/userguidewindow.h"
#include "editortestkit.h"

#include <QDirIterator>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopeGuard>
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

    // The resources themselves: resources/guide/<id>.md in English, resources/guide/<code>/<id>.md
    // for every other shipped language (LanguageSettings::available(): one per .qm), no page
    // the list does not offer, and every relative link naming a page of the same folder.
    void everyLanguageHasEveryPage()
    {
        const QStringList ids = UserGuideWindow::pageIds();
        QStringList folders{u":/guide"_s};
        for (const QString &code : LanguageSettings::available()) {
            if (code != u"en")
                folders << u":/guide/"_s + code;
        }
        QVERIFY2(folders.size() >= 3, qPrintable(folders.join(u", "_s))); // en, de, fr at least
        static const QRegularExpression link(u"\\]\\(([^)\\s]+)\\)"_s);
        for (const QString &folder : std::as_const(folders)) {
            QStringList pages;
            QDirIterator it(folder, {u"*.md"_s}, QDir::Files);
            while (it.hasNext())
                pages << it.next().section(u'/', -1).chopped(3);
            pages.sort();
            QStringList expected = ids;
            expected.sort();
            QCOMPARE(pages, expected);
            for (const QString &id : ids) {
                QFile file(folder + u'/' + id + u".md"_s);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                QVERIFY2(text.startsWith(u"# "_s), qPrintable(file.fileName()));
                for (const QRegularExpressionMatch &m : link.globalMatch(text)) {
                    const QString target = m.captured(1);
                    if (target.contains(u"://"_s))
                        continue; // the web
                    QVERIFY2(target.endsWith(u".md"_s) && !target.contains(u'/'),
                             qPrintable(file.fileName() + u" links to "_s + target));
                    QVERIFY2(ids.contains(target.chopped(3)), qPrintable(file.fileName() + u" links to "_s + target));
                    QVERIFY2(QFile::exists(folder + u'/' + target), qPrintable(file.fileName() + u" links to "_s + target));
                }
            }
        }
    }

    // In the window, per language: each page opens in the UI's language with its list title as
    // heading, and following each link between pages lands on the linked page in that language
    // and selects it in the list.
    void linksResolveInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("translated");
        for (const QString &code : LanguageSettings::available())
            QTest::addRow("%s", qPrintable(code)) << code << true;
        QTest::addRow("ja (no guide: English)") << u"ja"_s << false;
    }
    void linksResolveInEveryLanguage()
    {
        QFETCH(QString, code);
        QFETCH(bool, translated);
        LanguageSettings::apply(code);
        const auto restore = qScopeGuard([] { LanguageSettings::apply(u"en"_s); });
        UserGuideWindow guide;
        guide.show();
        const QStringList english{u"Author an appliance"_s, u"Deploy an OVA"_s, u"Translate a package"_s,
                                  u"Check compatibility"_s};
        const QStringList ids = UserGuideWindow::pageIds();
        static const QRegularExpression link(u"\\]\\(([a-z]+\\.md)\\)"_s);
        int followed = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY(guide.showPage(ids.at(i)));
            const QString heading = translated ? guide.pageList()->item(int(i))->text() : english.at(i);
            QVERIFY2(guide.browser()->toPlainText().startsWith(heading),
                     qPrintable(code + u' ' + ids.at(i) + u": "_s + guide.browser()->toPlainText().left(60)));
            QFile file(guide.browser()->source().toString().mid(3)); // "qrc:/guide/…" -> ":/guide/…"
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(guide.browser()->source().toString()));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &m : link.globalMatch(text)) {
                const QString target = m.captured(1).chopped(3);
                QVERIFY(guide.showPage(ids.at(i)));
                guide.browser()->setSource(QUrl(m.captured(1)), QTextDocument::MarkdownResource);
                QCOMPARE(guide.currentPage(), target);
                const int row = int(ids.indexOf(target));
                const QString linkedHeading = translated ? guide.pageList()->item(row)->text() : english.at(row);
                QVERIFY2(guide.browser()->toPlainText().startsWith(linkedHeading),
                         qPrintable(code + u" link to "_s + target + u": "_s + guide.browser()->toPlainText().left(60)));
                ++followed;
            }
        }
        QVERIFY(followed > 0); // author.md links to compatibility.md in every language
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
