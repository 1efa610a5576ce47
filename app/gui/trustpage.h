#pragma once

#include "model/package/signature.h"

#include <QFutureWatcher>
#include <QWidget>

#include <expected>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Preferences > Trust: the certificates trusted as anchors when a package's signature is
// verified (subject, issuer, expiry; one row per certificate, a file may hold several), Add…
// and Remove, and "Also trust the system's certificate store". Edits stay in the page until
// apply() stores them (TrustSettings).
//
// Threading: the GUI thread never reads a certificate file. Listing the stored certificates
// and adding files read and parse them on a worker (QtConcurrent), in the order asked, while
// the page shows that it is busy; applying copies the files into the store on a worker too.
// The watchers belong to the page: results that arrive after it is gone are dropped (the
// worker holds only copies of the paths). Errors name the file.
class TrustPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrustPage(QWidget *parent = nullptr);
    ~TrustPage() override;

    // Reads the certificates of PEM files on a worker and lists them; loadingFinished()
    // follows once every file asked for so far is read. Files that are not certificate files
    // are reported in errorText(), each naming the file, and not added.
    void addFiles(const QStringList &paths);
    bool isLoading() const { return m_reading || !m_queue.isEmpty(); }
    // Removes the file of the current row (all of its certificates).
    void removeCurrent();
    // Stores the list (TrustSettings: files copied into the store on a worker, then recorded):
    // applied() follows, with the error naming the file when it failed. Waits for files still
    // being read first. False when an apply is already running.
    bool apply();
    bool isApplying() const { return m_storing || m_applyQueued; }

    QTreeWidget *view() const { return m_view; }
    QCheckBox *systemStoreBox() const { return m_system; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *busyLabel() const { return m_busy; }
    QStringList files() const { return m_files; }
    QString errorText() const;

signals:
    void loadingFinished();
    void applied(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Read
    {
        QString path;
        std::expected<QList<ovf::package::CertificateInfo>, QString> certificates;
    };

    void chooseFile();
    void retranslate();
    void startReading();
    void showRead(const QList<Read> &reads);
    void startStoring();
    void updateBusy();

    QLabel *m_intro;
    QTreeWidget *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_system;
    QLabel *m_busy;
    QProgressBar *m_busyBar;
    QLabel *m_error;
    QStringList m_files;
    QStringList m_queue; // asked for, not yet handed to a worker
    QStringList m_errors;
    bool m_applyQueued = false;
    // Until the watcher's finished() was handled (a finished future whose signal is still
    // queued must not be replaced: its result would be lost).
    bool m_reading = false;
    bool m_storing = false;
    QFutureWatcher<QList<Read>> m_reader;
    QFutureWatcher<std::expected<QStringList, QString>> m_storer;
};
