#pragma once

#include "model/package/packagewritersink.h"
#include "model/package/writeback.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ovf::package {

// Writes an OVF package as a folder (DSP0243 §5.2: the descriptor and its files side by side,
// "a/b" hrefs as subfolders). The files go into a temporary folder beside the destination,
// which commit() renames into place; an existing destination folder is exchanged with it in
// one step (renameat2 RENAME_EXCHANGE; where a filesystem lacks it, renamed aside first, then
// removed once the new one is in place, and put back if that rename fails). Killed at any
// point, the destination is the old package or the new one; what is left beside it (the
// temporary tree, flocked through TEMP.lock while the writer lives) is removed by the next
// write to the same destination, or by removeAbandoned(): while it works the writer keeps a
// record of its destination in recordDirectory(), so the next folder write anywhere (and the
// application's next start) finds the trees of writers that were killed. Files are
// created 0644, folders 0755. Durable like the OVA and ZIP (QSaveFile): every file is synced
// when it ends (its writeback started while it is written), and every folder of the new tree
// before the rename, then the parent folder after it.
class FolderWriter final : public PackageWriterSink
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::FolderWriter)

public:
    explicit FolderWriter(const QString &destination);
    ~FolderWriter() override;

    std::expected<void, QString> reserveHead(const QList<std::pair<QString, qint64>> &members) override;
    std::expected<void, QString> begin(const QString &name, qint64 size) override;
    std::expected<void, QString> beginUnsized(const QString &name, qint64 maxSize) override;
    std::expected<void, QString> write(const char *data, qint64 size) override;
    std::expected<void, QString> end() override;
    std::expected<void, QString> writeHeadMember(const QString &name, QByteArrayView bytes) override;
    std::expected<void, QString> commit() override;

    // Where writers record the destinations they are writing:
    // QStandardPaths::GenericDataLocation/ovf-workbench/writes (shared by the application and
    // ovfctl, like the deploy journals).
    static QString recordDirectory();
    // Removes the temporary trees (and old packages moved aside) of folder writers that were
    // killed, wherever they wrote, and their records; a record whose writer still runs stays.
    // Returns the trees removed. Blocking I/O: call it on a worker.
    static QStringList removeAbandoned();

private:
    std::unexpected<QString> fileError() const;
    // Removes what writers of `destination` that were killed left beside it: temporary trees
    // whose lock is free (or that have none and are over a minute old), and an old package
    // moved aside by an unfinished commit (put back when the destination is missing).
    static QStringList removeStaleSiblings(const QString &destination);

    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_lockPath; // TEMP.lock, flocked while this writer lives
    QString m_recordPath; // in recordDirectory(), removed with the temporary tree
    int m_lockFd = -1;
    QFile m_file;
    QString m_member;
    qint64 m_remaining = 0;
    bool m_unsized = false;
    EarlyWriteback m_writeback;
    QStringList m_folders;   // of the temporary tree, to sync before the rename
};

} // namespace ovf::package
