#pragma once

#include "model/deploy/backend.h"
#include "model/ovf/job.h"

#include <QStringList>

namespace ovf::deploy {

// The default backend, needing no daemon: a folder of ready-to-define files.
//
//   OUT/disks/NAME.qcow2       converted disks (verified while converted)
//   OUT/NAME-env.iso           environment ISOs
//   OUT/DOMAIN.xml             libvirt domain XML per system, with absolute paths into OUT
//   OUT/define-and-start.sh    POSIX sh: virsh define (and start) of every domain
//
// Everything is written into a private temporary folder next to OUT (".OUT-xxxxxxxx", recorded
// in the deploy journal before it is made) and
// renamed to OUT by commit(): OUT appears complete or not at all. rollback() (and the
// destructor without commit()) removes the temporary folder. OUT must not exist.
class FolderBackend final : public Backend
{
    Q_DECLARE_TR_FUNCTIONS(FolderBackend)

public:
    static std::expected<std::unique_ptr<Backend>, BackendError> create(const Config &config);
    ~FolderBackend() override;

    Kind kind() const override { return Kind::Folder; }
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

    // The script commit() writes, for the domains defined and started so far.
    QByteArray script() const;
    // True for names the backend accepts for files and domains: 1-64 of [A-Za-z0-9._-], not
    // starting with '.' or '-'.
    static bool isSafeName(const QString &name);

private:
    FolderBackend() = default;

    QString m_output;  // final folder (absolute)
    QString m_temp;    // temporary folder next to it
    QString m_scratch; // where staging goes
    QString m_ownScratch; // a private folder under Config::scratchDir, when one was given
    QString m_domainType; // forced by the config; empty: detect
    QStringList m_domains;
    QStringList m_started;
    bool m_committed = false;
};

} // namespace ovf::deploy
