#pragma once

#include "app/gui/documentorigin.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

// Autosaves the open document's edit state while it has unsaved changes: every interval
// (30 s by default) the document's bytes go to
//   QStandardPaths::AppDataLocation/autosave/<hash of the document's path>.ovf
// with its origin and the time in a .json beside it, both written atomically (QSaveFile) on
// a worker thread. The pair is removed when the document is saved, discarded or closed.
//
// Every running instance holds a lock file in the same folder; an autosave whose instance's
// lock is no longer held belongs to a run that did not close cleanly, and pending() lists it
// so the next start can offer to restore it. What such runs leave that cannot be offered is
// removed when the next instance starts (removeLeftovers()).
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString dataPath; // the .ovf
        QString metaPath; // the .json
        DocumentOrigin origin;
        QDateTime savedAt;
    };
    // What to autosave: the document's bytes, taken on the GUI thread.
    using Snapshot = std::function<QByteArray()>;

    explicit AutosaveManager(QObject *parent = nullptr);
    ~AutosaveManager() override;

    static QString directory();
    static constexpr int DefaultInterval = 30'000;
    void setInterval(int msec) { m_timer.setInterval(msec); }
    int interval() const { return m_timer.interval(); }

    // The document now shown (origin.kind Unsaved with an empty name: none). Removes the
    // previous document's autosave.
    void setDocument(const DocumentOrigin &origin, Snapshot snapshot);
    // Starts the timer while `modified`; stops it (keeping the last autosave) otherwise.
    void setModified(bool modified);
    // Removes the current document's autosave (saved, discarded or closed).
    void discard();
    // Writes now (the timer calls this).
    void autosave();
    QString currentDataPath() const;

    // Autosaves of runs that did not close cleanly, newest first.
    static QList<Entry> pending();
    // Removes an entry's files.
    static void remove(const Entry &entry);
    // Removes what instances killed part-way left in directory() that pending() cannot offer:
    // the lock files of instances no longer running and, while no other instance runs (one
    // may be between the two writes of its first autosave), an .ovf without its .json (a
    // run killed between them) or a .json without its .ovf. The constructor calls it.
    void removeLeftovers() const;

signals:
    void autosaved(const QString &dataPath);
    void failed(const QString &message);

private:
    QString keyFor(const DocumentOrigin &origin) const;

    QTimer m_timer;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    DocumentOrigin m_origin;
    Snapshot m_snapshot;
    QString m_key;
    QFutureWatcher<QString> m_watcher;
};
