#include "app/gui/recentfilesmenu.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString settingsKey = u"recentFiles"_s;

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent)
{
    m_files = QSettings().value(settingsKey).toStringList().mid(0, MaxEntries);
    rebuild();
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    m_files = m_files.mid(0, MaxEntries);
    save();
    rebuild();
}

void RecentFilesMenu::removeFile(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        save();
        rebuild();
    }
}

void RecentFilesMenu::clearFiles()
{
    m_files.clear();
    save();
    rebuild();
}

void RecentFilesMenu::save() const
{
    QSettings().setValue(settingsKey, m_files);
}

void RecentFilesMenu::rebuild()
{
    clear();
    setTitle(tr("Open &Recent"));
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const QString path = m_files.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', u"&&"_s);
        const QString text = i < 9 ? u"&%1  %2"_s.arg(i + 1).arg(name) : u"1&0  %1"_s.arg(name);
        QAction *action = addAction(text, this, [this, path] { emit fileTriggered(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!m_files.isEmpty()) {
        addSeparator();
        addAction(tr("&Clear Menu"), this, &RecentFilesMenu::clearFiles);
    }
    setToolTipsVisible(true);
    setEnabled(!m_files.isEmpty());
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}
