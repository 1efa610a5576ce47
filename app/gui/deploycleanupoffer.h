#pragma once

#include "model/deploy/deploycleaner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMessageBox;
class QWidget;

// At start, offers to remove what deployments killed part-way (kill -9, a crash, a power cut)
// left behind: their journals (DeployJournal) name the domains, volumes, files and folders
// they had created, and DeployCleaner removes exactly those. The same as `ovfctl deploy
// --cleanup`.
//
// The journals are read, and the cleanup (libvirt round trips, folder removal) runs, on a
// worker thread; the window is never blocked. The offer is a window-modal message box; "Later"
// keeps the journals for the next start.
class DeployCleanupOffer : public QObject
{
    Q_OBJECT

public:
    // `journalDirectory` empty: DeployJournal::defaultDirectory().
    explicit DeployCleanupOffer(QWidget *window, const QString &journalDirectory = {});

    // Scans in the background; shows the offer when an interrupted deployment is found.
    void start();
    // The offer or the report while shown (for tests); null otherwise.
    QMessageBox *prompt() const { return m_prompt; }

signals:
    void offered(int interrupted);
    void nothingToOffer();
    // The cleanup ran: what was removed, and what could not be (each names the object).
    void cleaned(const QStringList &removed, const QStringList &failures);

private:
    void showOffer(const ovf::deploy::DeployCleaner::Scan &scan);
    void cleanUp();
    void showReport(const QStringList &removed, const QStringList &failures);

    QPointer<QWidget> m_window;
    QString m_directory;
    QList<ovf::deploy::DeployJournal::Contents> m_interrupted;
    QPointer<QMessageBox> m_prompt;
};
