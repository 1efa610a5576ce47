#pragma once

#include "model/deploy/backend.h"
#include "model/ovf/job.h"

#include <QHash>
#include <QStringList>

namespace ovf::deploy {

class LibvirtConnection;

// Deploys to libvirt through its C API (LibvirtConnection). Disks go into the configured
// storage pool (a dir pool: converted straight into its target folder, then the pool is
// refreshed; other pools: converted into scratch space, then created as a volume and
// uploaded through a virStream) or, without a pool, into files in Config::outputDir.
// Environment ISOs go next to the disks (a dir pool's folder or outputDir; in other pools, a
// volume uploaded through a virStream). On a remote URI (LibvirtConnection::isRemote()) no
// path of this machine is ever used on the host: a pool is required, every disk and ISO is
// created and uploaded as a volume, and the domain uses the volume paths the host reports.
//
// Never touches what it did not create: define() refuses a name an existing domain has
// (virDomainDefineXML would silently redefine it), convertDisk() refuses existing volumes and
// files. rollback() destroys the domains it started, undefines those it defined, and deletes
// the volumes and files it created, newest first, and the default pool when it created it
// (Config::createPool).
class LibvirtBackend final : public Backend
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtBackend)

public:
    static std::expected<std::unique_ptr<Backend>, BackendError> create(const Config &config);
    ~LibvirtBackend() override;

    Kind kind() const override { return Kind::Libvirt; }
    QString domainType() override;
    std::expected<QList<TargetNetwork>, BackendError> networks() override;
    std::expected<QList<StorageTarget>, BackendError> storageTargets() override;
    std::expected<void, BackendError> checkFreeSpace(qint64 bytes) override;
    std::expected<DeployedDisk, BackendError> convertDisk(const DiskRequest &request, const ByteProgress &progress,
                                                          const std::atomic<bool> *cancel) override;
    std::expected<QString, BackendError> addIso(const QString &systemName, const QString &isoPath) override;
    std::expected<QByteArray, BackendError> define(const DomainSpec &spec) override;
    std::expected<void, BackendError> start(const QString &domainName) override;
    std::expected<void, BackendError> commit() override;
    QStringList rollback() override;

    LibvirtConnection &connection() { return *m_conn; }

private:
    LibvirtBackend();
    // The folder disk files and ISOs go to: a dir pool's target path or outputDir; empty
    // when the pool is not a dir pool.
    QString fileFolder() const;
    std::expected<StorageTarget, BackendError> pool();
    // The backend's private scratch folder (created under `parent` on first use, recorded in
    // the journal; removed by commit() and rollback()).
    std::expected<QString, BackendError> scratchFolder(const QString &parent);

    struct Created
    {
        enum class What { File, Volume, Domain, Started, Pool, PoolAndFolder };
        What what;
        QString name; // path, volume name or domain name
    };

    std::unique_ptr<LibvirtConnection> m_conn;
    Config m_config;
    QString m_poolPath; // dir pool target path
    bool m_dirPool = false;
    QList<Created> m_created;
    QHash<QString, QString> m_uuids; // domain name -> the UUID define() gave it
    QString m_scratch;
    DeployJournal *m_journal = nullptr;
    bool m_committed = false;
};

} // namespace ovf::deploy
