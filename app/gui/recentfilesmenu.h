#pragma once

#include <QMenu>

// "Open Recent": the last files opened, newest first, kept in QSettings ("recentFiles").
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const { return m_files; }
    // Moves `path` to the top (adding it if new) and saves the list.
    void addFile(const QString &path);
    void removeFile(const QString &path);
    void clearFiles();

signals:
    void fileTriggered(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void save() const;

    QStringList m_files;
};
