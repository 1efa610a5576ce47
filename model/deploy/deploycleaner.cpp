#include "model/deploy/deploycleaner.h"

#include "model/deploy/libvirtconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using Kind = DeployJournal::Entry::Kind;

DeployCleaner::Scan DeployCleaner::scan(const QString &directory, const QString &uri)
{
    Scan result;
    const QDir dir(directory.isEmpty() ? DeployJournal::defaultDirectory() : directory);
    const QFileInfoList files = dir.entryInfoList({u"deploy-*.json"_s}, QDir::Files | QDir::Hidden, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        const int lock = DeployJournal::tryLock(path);
        if (lock < 0) {
            result.running << path;
            continue;
        }
        auto contents = DeployJournal::read(path);
        DeployJournal::unlock(lock);
        if (!contents) {
            result.unreadable << contents.error().toString();
            continue;
        }
        if (!uri.isEmpty() && (contents->header.backend != u"libvirt" || contents->header.uri != uri))
            continue;
        result.interrupted << *contents;
    }
    // A deployment killed between taking its lock and writing its first journal created
    // nothing yet and leaves only the lock file (found by tst_e2e_deploykill): a free one
    // without its journal goes. (A deployment that creates its lock at this very moment then
    // fails to take it, and stops before creating anything.)
    for (const QFileInfo &info : dir.entryInfoList({u"deploy-*.lock"_s}, QDir::Files | QDir::Hidden)) {
        const QString journal = info.absolutePath() + u'/' + info.completeBaseName() + u".json"_s;
        if (QFileInfo::exists(journal))
            continue;
        const int lock = DeployJournal::tryLock(journal);
        if (lock < 0)
            continue;
        QFile::remove(info.absoluteFilePath());
        DeployJournal::unlock(lock);
    }
    return result;
}

namespace {

class Undo
{
    Q_DECLARE_TR_FUNCTIONS(DeployCleaner)

public:
    explicit Undo(const DeployJournal::Contents &journal, DeployCleaner::Outcome &outcome)
        : m_journal(journal), m_outcome(outcome)
    {
    }

    void run()
    {
        for (qsizetype i = m_journal.entries.size() - 1; i >= 0; --i)
            undo(m_journal.entries.at(i));
        if (m_conn) {
            for (const QString &pool : std::as_const(m_refresh)) {
                if (m_conn->hasPool(pool))
                    m_conn->refreshPool(pool);
            }
        }
    }

private:
    void removed(const DeployJournal::Entry &e) { m_outcome.removed << DeployJournal::describe(e); }
    void failed(const DeployJournal::Entry &e, const QString &why)
    {
        m_outcome.failures << tr("%1: %2").arg(DeployJournal::describe(e), why);
    }

    LibvirtConnection *connection(const DeployJournal::Entry &e)
    {
        if (m_conn)
            return m_conn.get();
        if (m_connectError.isEmpty()) {
            auto conn = LibvirtConnection::open(m_journal.header.uri.isEmpty() ? u"qemu:///system"_s : m_journal.header.uri);
            if (conn)
                m_conn = std::move(*conn);
            else
                m_connectError = conn.error().toString();
        }
        if (!m_conn)
            failed(e, m_connectError);
        return m_conn.get();
    }

    void undo(const DeployJournal::Entry &e)
    {
        switch (e.kind) {
        case Kind::Folder: {
            const QFileInfo info(e.name);
            if (!info.exists() && !info.isSymLink())
                return;
            if (!info.isDir() || info.isSymLink()) {
                failed(e, tr("is not a folder any more; left alone"));
                return;
            }
            if (QDir(e.name).removeRecursively())
                removed(e);
            else
                failed(e, tr("could not be removed completely"));
            return;
        }
        case Kind::File: {
            const QFileInfo info(e.name);
            if (!info.exists() && !info.isSymLink())
                return;
            if (info.isDir() && !info.isSymLink()) {
                failed(e, tr("is a folder now; left alone"));
                return;
            }
            QFile file(e.name);
            if (file.remove())
                removed(e);
            else
                failed(e, file.errorString());
            if (!e.pool.isEmpty())
                m_refresh.insert(e.pool);
            return;
        }
        case Kind::Volume: {
            LibvirtConnection *conn = connection(e);
            if (!conn || !conn->hasPool(e.pool) || !conn->hasVolume(e.pool, e.name))
                return;
            if (auto r = conn->deleteVolume(e.pool, e.name); r)
                removed(e);
            else
                failed(e, r.error().toString());
            return;
        }
        case Kind::Pool:
        case Kind::PoolAndFolder: {
            LibvirtConnection *conn = connection(e);
            if (!conn || !conn->hasPool(e.name))
                return;
            if (conn->poolVolumeCount(e.name) > 0) {
                failed(e, tr("holds volumes now; left alone"));
                return;
            }
            if (auto r = conn->removePool(e.name, e.kind == Kind::PoolAndFolder); r)
                removed(e);
            else
                failed(e, r.error().toString());
            m_refresh.remove(e.name);
            return;
        }
        case Kind::Started:
        case Kind::Domain: {
            LibvirtConnection *conn = connection(e);
            if (!conn || !conn->hasDomain(e.name))
                return;
            const QString uuid = conn->domainUuid(e.name);
            if (uuid.compare(e.uuid, Qt::CaseInsensitive) != 0) {
                // Someone else's domain of the same name: not ours to remove.
                failed(e, tr("a domain of this name with another UUID (%1) exists; left alone").arg(uuid));
                return;
            }
            if (e.kind == Kind::Started) {
                if (!conn->isDomainActive(e.name))
                    return;
                if (auto r = conn->destroyDomain(e.name); r)
                    removed(e);
                else if (conn->isDomainActive(e.name))
                    failed(e, r.error().toString());
                return;
            }
            if (conn->isDomainActive(e.name))
                conn->destroyDomain(e.name);
            if (auto r = conn->undefineDomain(e.name); r)
                removed(e);
            else
                failed(e, r.error().toString());
            return;
        }
        }
    }

    const DeployJournal::Contents &m_journal;
    DeployCleaner::Outcome &m_outcome;
    std::unique_ptr<LibvirtConnection> m_conn;
    QString m_connectError;
    QSet<QString> m_refresh; // dir pools whose folder lost a file
};

} // namespace

DeployCleaner::Outcome DeployCleaner::cleanUp(const DeployJournal::Contents &journal)
{
    Outcome outcome;
    outcome.journal = journal.path;
    const int lock = DeployJournal::tryLock(journal.path);
    if (lock < 0) {
        outcome.failures << tr("%1: the deployment is running (its journal is locked); nothing was changed").arg(journal.path);
        return outcome;
    }
    if (!QFileInfo::exists(journal.path)) { // cleaned up meanwhile
        QFile::remove(DeployJournal::lockPath(journal.path));
        DeployJournal::unlock(lock);
        outcome.journalRemoved = true;
        return outcome;
    }
    // The journal as it is now, under the lock (the caller's copy may be older).
    auto fresh = DeployJournal::read(journal.path);
    if (!fresh) {
        outcome.failures << fresh.error().toString();
        DeployJournal::unlock(lock);
        return outcome;
    }
    Undo(*fresh, outcome).run();
    if (outcome.failures.isEmpty()) {
        QFile::remove(journal.path);
        QFile::remove(DeployJournal::lockPath(journal.path));
        outcome.journalRemoved = true;
    }
    DeployJournal::unlock(lock);
    return outcome;
}

} // namespace ovf::deploy
