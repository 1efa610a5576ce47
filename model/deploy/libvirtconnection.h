#pragma once

#include "model/deploy/backend.h"
#include "model/ovf/job.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <memory>

struct _virConnect;

namespace ovf::deploy {

// A connection to libvirt through its C API (libvirt.so), with the objects it hands out
// freed on every path. Errors carry libvirt's own message (virGetLastError) and name the
// object they are about; libvirt's default of printing errors to stderr is turned off.
//
// Threading: a connection may be used from one thread at a time (libvirt connections are
// thread-safe, but the last-error state this class reads is per thread). Blocking: every
// call is a round trip to the daemon (except for the in-process test:///default driver);
// call from a worker thread.
class LibvirtConnection
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtConnection)

public:
    // Connects to `uri` ("qemu:///system", "test:///default", ...). Error Kind::Libvirt.
    static std::expected<std::unique_ptr<LibvirtConnection>, BackendError> open(const QString &uri);
    ~LibvirtConnection();
    LibvirtConnection(const LibvirtConnection &) = delete;
    LibvirtConnection &operator=(const LibvirtConnection &) = delete;

    const QString &uri() const { return m_uri; }

    // The host's capabilities XML (virConnectGetCapabilities).
    std::expected<QByteArray, BackendError> capabilities();
    // True when the host offers <domain type="kvm"> for x86_64 guests.
    bool hasKvm();

    std::expected<QList<TargetNetwork>, BackendError> networks();
    // Every pool with capacity and free space (virStoragePoolGetInfo; -1 when inactive).
    std::expected<QList<StorageTarget>, BackendError> storagePools();

    // The names of every domain, active or not (virConnectListAllDomains).
    std::expected<QStringList, BackendError> domainNames();

    // Defines a directory pool `name` with target `path`, builds it (creates the folder when
    // missing), starts it and marks it autostarted: what virt-install does when a host has
    // no default pool. Returns whether the folder existed before. On failure what was done
    // is undone.
    std::expected<bool, BackendError> createDirPool(const QString &name, const QString &path);
    // Stops and undefines a pool createDirPool made; with `removeFolder`, its (empty) target
    // folder is removed as well (virStoragePoolDelete).
    std::expected<void, BackendError> removePool(const QString &name, bool removeFolder);

    // virDomainDefineXML; returns the defined domain's name.
    std::expected<QString, BackendError> defineDomain(const QByteArray &xml);
    std::expected<void, BackendError> startDomain(const QString &name);     // virDomainCreate
    std::expected<void, BackendError> destroyDomain(const QString &name);   // virDomainDestroy
    // virDomainUndefineFlags with managed save, snapshot metadata and NVRAM removed.
    std::expected<void, BackendError> undefineDomain(const QString &name);
    bool hasDomain(const QString &name);
    bool isDomainActive(const QString &name);
    // The UUID of the domain `name` (virDomainGetUUIDString, lower-case text); empty when
    // there is no such domain.
    QString domainUuid(const QString &name);
    // The domain's current XML (virDomainGetXMLDesc).
    std::expected<QByteArray, BackendError> domainXml(const QString &name);

    // Creates a volume of `capacity` bytes in `pool` (virStorageVolCreateXML); returns the
    // path of its target. `format` is the volume's format (dir pools honour it).
    std::expected<QString, BackendError> createVolume(const QString &pool, const QString &name,
                                                      quint64 capacity, DiskFormat format);
    // Uploads the whole of `file` into the volume (virStorageVolUpload + a virStream).
    // Polls `cancel` between blocks; a cancel aborts the stream (Kind::Cancelled).
    std::expected<void, BackendError> uploadVolume(const QString &pool, const QString &name,
                                                   const QString &file, const ByteProgress &progress = {},
                                                   const std::atomic<bool> *cancel = nullptr);
    std::expected<void, BackendError> deleteVolume(const QString &pool, const QString &name);
    bool hasVolume(const QString &pool, const QString &name);
    bool hasPool(const QString &name);
    // How many volumes an active pool holds after a refresh (virStoragePoolNumOfVolumes); -1
    // when it is not there or not active.
    int poolVolumeCount(const QString &name);
    // Rescans a pool's target (virStoragePoolRefresh), after files were written into a dir pool.
    std::expected<void, BackendError> refreshPool(const QString &pool);

private:
    LibvirtConnection() = default;
    // The last libvirt error of this thread as a BackendError about `where`.
    static BackendError lastError(const QString &where);

    _virConnect *m_conn = nullptr;
    QString m_uri;
};

} // namespace ovf::deploy
