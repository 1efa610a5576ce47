#pragma once

#include "model/deploy/backenderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <memory>

namespace ovf::deploy {

// What one deployment creates, written down before each step that creates something, so that
// a deployment killed part-way (kill -9, a crash, a power cut) can be undone at the next start
// (DeployCleaner; `ovfctl deploy --cleanup`; the GUI's offer at start). Issue 9, "Crash and
// resource safety".
//
// The journal is a small JSON file DIR/deploy-ID.json, replaced atomically on every record()
// (QSaveFile: a temporary file, fsync, rename), so it always holds either the previous or the
// new complete list. An entry is written *before* its object is created: after a kill the
// journal may name something that was never created (the cleaner skips what is absent),
// never the other way round. Names are chosen so that nobody else has them when recorded
// (checked to be absent first, random suffixes for folders, UUIDs for domains).
//
// While the deployment runs its process holds an flock(2) on DIR/deploy-ID.lock; the kernel
// drops it when the process dies, which is how the cleaner tells an interrupted deployment
// from one still running (in any process, GUI or CLI).
//
// finish() (the deployment committed, or its rollback removed everything) deletes both files.
// Destroyed without finish(), the files stay for the cleaner.
//
// Not thread-safe: one deployment, one worker thread.
class DeployJournal
{
    Q_DECLARE_TR_FUNCTIONS(DeployJournal)

public:
    struct Entry
    {
        enum class Kind {
            Folder,        // a folder this deployment made (removed with its contents)
            File,          // a file it wrote (also partial outputs, "NAME.part")
            Volume,        // a libvirt storage volume (`pool`, `name`)
            Pool,          // a libvirt dir pool it defined (its folder existed before)
            PoolAndFolder, // ... and whose folder it created
            Domain,        // a libvirt domain it defined with `uuid`
            Started,       // a domain it started (destroyed before it is undefined)
        };
        Kind kind = Kind::File;
        QString name; // the absolute path (Folder, File), or the volume, pool or domain name
        QString pool; // Volume: the pool it is in
        QString uuid; // Domain, Started: the UUID the domain was defined with

        bool operator==(const Entry &) const = default;
    };

    // Who wrote the journal and where it deployed to.
    struct Header
    {
        QString id;      // "deploy-" + random hex; the file's base name
        QString package; // the package deployed (absolute path)
        QString backend; // "folder" or "libvirt"
        QString uri;     // libvirt: the connection URI
        QString output;  // folder: the output folder
        qint64 pid = 0;
        QDateTime started;
    };

    // A journal as read back from its file.
    struct Contents
    {
        QString path; // the .json file
        Header header;
        QList<Entry> entries; // in the order recorded (the cleaner undoes them newest first)
    };

    // Where deployments keep their journals: QStandardPaths::GenericDataLocation/
    // ovf-workbench/journals (shared by the application and ovfctl, which have different
    // application names).
    static QString defaultDirectory();

    // Creates DIR (mode 0700) when missing, takes the lock and writes an empty journal.
    // Errors (Kind::Io) name the file that could not be written.
    static std::expected<std::unique_ptr<DeployJournal>, BackendError> begin(const QString &directory, Header header);
    ~DeployJournal();
    DeployJournal(const DeployJournal &) = delete;
    DeployJournal &operator=(const DeployJournal &) = delete;

    const Header &header() const { return m_header; }
    QString path() const;
    const QList<Entry> &entries() const { return m_entries; }

    // Appends `entry` and rewrites the journal atomically. Call before creating the object.
    std::expected<void, BackendError> record(const Entry &entry);
    // Removes an entry whose creation failed before anything existed (e.g. mkdir found the
    // name taken), so that the cleaner never removes what another program made.
    std::expected<void, BackendError> retract(const Entry &entry);
    // The deployment is complete, or rolled back completely: deletes the journal and its lock.
    void finish();

    // record() through a journal that may be absent (backends built without one).
    static std::expected<void, BackendError> record(DeployJournal *journal, const Entry &entry);
    // Creates a new private folder (mode 0700) PARENT/PREFIX-XXXXXXXX (random suffix),
    // recorded in `journal` (may be null) before it is made. Returns its absolute path.
    static std::expected<QString, BackendError> createFolder(DeployJournal *journal, const QString &parent,
                                                             const QString &prefix);

    // Reads a journal file. Errors (Kind::Io or Invalid) name the file and what is wrong.
    static std::expected<Contents, BackendError> read(const QString &path);
    // The lock file of the journal `path` (the .json).
    static QString lockPath(const QString &journalPath);
    // Takes the journal's lock without waiting: the file descriptor holding it, or -1 when a
    // running deployment holds it (or the lock file cannot be opened). unlock() closes it.
    static int tryLock(const QString &journalPath);
    static void unlock(int fd);

    static QString kindName(Entry::Kind kind);
    // A line for a person: "volume default/web-disk1.qcow2", "folder /srv/out/.web.1a2b3c4d".
    static QString describe(const Entry &entry);

private:
    DeployJournal() = default;
    std::expected<void, BackendError> write();

    QString m_directory;
    Header m_header;
    QList<Entry> m_entries;
    int m_lockFd = -1;
    bool m_finished = false;
};

} // namespace ovf::deploy
