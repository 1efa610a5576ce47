#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

// Help > User Guide: a non-modal window with the list of the guide's task pages on the left
// and the chosen page on the right. The pages are Markdown resources under ":/guide/" (the
// source files are resources/guide/*.md), rendered by QTextBrowser; links between pages
// follow inside the window, links to the web open in the desktop's browser. The page titles
// and the window's own texts go through tr(); the pages' text is the resource's, from
// resources/guide/<language>/ when the guide is translated into the UI's language.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // The page ids in list order ("author", "deploy", "translate", "compatibility").
    static QStringList pageIds();
    // Shows page `id` (one of pageIds()); false when there is no such page.
    bool showPage(const QString &id);
    QString currentPage() const;

    QListWidget *pageList() const { return m_pages; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRow(int row);

    QListWidget *m_pages = nullptr;
    QTextBrowser *m_browser = nullptr;
};
