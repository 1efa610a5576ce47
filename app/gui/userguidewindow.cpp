#include "app/gui/userguidewindow.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// One row per page: its id (the resource ":/guide/<id>.md", or ":/guide/<language>/<id>.md"
// where the guide is translated into the UI's language).
const QStringList &ids()
{
    static const QStringList list{u"author"_s, u"deploy"_s, u"translate"_s, u"compatibility"_s};
    return list;
}

// The page in the UI's language (LanguageSettings::apply makes it the default QLocale) when
// the guide has it, otherwise the English page. Links between pages are relative, so they stay
// in the page's language.
QUrl pageUrl(const QString &id)
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    const QString translated = u"/guide/"_s + language + u'/' + id + u".md"_s;
    if (QFile::exists(u':' + translated))
        return QUrl(u"qrc"_s + u':' + translated);
    return QUrl(u"qrc:/guide/"_s + id + u".md"_s);
}
} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(u"userGuideWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false); // kept and shown again by the Help menu
    m_pages = new QListWidget(this);
    m_pages->setObjectName(u"guidePages"_s);
    for (qsizetype i = 0; i < ids().size(); ++i)
        m_pages->addItem(QString());
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/guide"_s});

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_pages, &QListWidget::currentRowChanged, this, &UserGuideWindow::showRow);
    // A link to another page ("deploy.md") selects it in the list, so list and page agree.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString id = url.fileName().chopped(url.fileName().endsWith(u".md"_s) ? 3 : 0);
        const int row = int(ids().indexOf(id));
        if (row >= 0 && row != m_pages->currentRow()) {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentRow(row);
        }
    });
    retranslate();
    resize(960, 640);
    m_pages->setCurrentRow(0);
}

QStringList UserGuideWindow::pageIds()
{
    return ids();
}

bool UserGuideWindow::showPage(const QString &id)
{
    const int row = int(ids().indexOf(id));
    if (row < 0)
        return false;
    m_pages->setCurrentRow(row);
    return true;
}

QString UserGuideWindow::currentPage() const
{
    const int row = m_pages->currentRow();
    return row >= 0 ? ids().at(row) : QString();
}

void UserGuideWindow::showRow(int row)
{
    if (row < 0 || row >= ids().size())
        return;
    m_browser->setSource(pageUrl(ids().at(row)), QTextDocument::MarkdownResource);
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("OVF Workbench User Guide"));
    const QStringList titles{tr("Author an appliance"), tr("Deploy an OVA"), tr("Translate a package"),
                             tr("Check compatibility")};
    for (int i = 0; i < titles.size(); ++i)
        m_pages->item(i)->setText(titles.at(i));
    showRow(m_pages->currentRow()); // the page itself in the new language, where translated
}
