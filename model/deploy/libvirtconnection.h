#pragma once

#include "model/deploy/backend.h"
#include "model/ovf/job.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>

struct _virConnect;
struct _virStream;

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
    // True when the URI names a host (qemu+ssh://host/system, qemu+tcp://127.0.0.1/system,
    // qemu+tls://...): paths there are never paths on this machine, so disks and ISOs travel
    // through storage volumes (virStorageVolUpload / virStorageVolDownload). False for
    // local URIs (qemu:///system, qemu+unix:///system, test:///default).
    bool isRemote() const { return isRemoteUri(m_uri); }
    static bool isRemoteUri(const QString &uri);

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
    // The domain's current XML (virDomainGetXMLDesc); `inactive`: the persistent definition
    // (VIR_DOMAIN_XML_INACTIVE) rather than the running one.
    std::expected<QByteArray, BackendError> domainXml(const QString &name, bool inactive = false);

    // One domain of this connection, for choosing what to export.
    struct DomainInfo
    {
        enum class State { Running, Paused, ShutOff, Other };
        QString name;
        QString title;
        State state = State::Other;
        bool persistent = true;
        int vcpus = 0;
        quint64 memoryBytes = 0;
        qint64 diskBytes = -1; // the sum of its disks' capacities (virDomainGetBlockInfo); -1: unknown
    };
    // Every domain (virConnectListAllDomains), sorted by name, with its disks' sizes.
    std::expected<QList<DomainInfo>, BackendError> domains();
    static QString stateName(DomainInfo::State state);
    // virDomainGetBlockInfo for the disk `target` ("vda") or source path: capacity (the
    // guest-visible size), allocation (bytes used on the host) and physical (the host size).
    struct BlockInfo
    {
        quint64 capacity = 0;
        quint64 allocation = 0;
        quint64 physical = 0;
    };
    std::expected<BlockInfo, BackendError> blockInfo(const QString &domain, const QString &disk);

    // A storage volume: where it is (on the host) and what it holds.
    struct VolumeInfo
    {
        QString pool;
        QString name;
        QString path;     // on the host libvirt runs on
        QString format;   // <target><format type>: "qcow2", "raw", ...; empty when the pool has none
        QString poolKind; // "dir", "logical", "disk", "iscsi", "rbd", ...
        QString backingPath;   // <backingStore><path>, empty without
        QString backingFormat; // <backingStore><format type>
        quint64 capacity = 0;   // guest-visible bytes
        quint64 allocation = 0; // host bytes in use
        quint64 physical = 0;   // the host file's or device's size (what a download gives)
    };
    std::expected<VolumeInfo, BackendError> volume(const QString &pool, const QString &name);
    // The volume holding `path` on the host (virStorageVolLookupByPath; the pools are
    // refreshed once when it is not found, as a file created outside libvirt is not listed yet).
    std::expected<VolumeInfo, BackendError> volumeByPath(const QString &path);

    // Creates a volume of `capacity` bytes in `pool` (virStorageVolCreateXML); returns the
    // path of its target. `format` is the volume's format (dir pools honour it).
    std::expected<QString, BackendError> createVolume(const QString &pool, const QString &name,
                                                      quint64 capacity, DiskFormat format);
    // Uploads the whole of `file` into the volume (virStorageVolUpload + a virStream).
    // Polls `cancel` between blocks; a cancel aborts the stream (Kind::Cancelled).
    std::expected<void, BackendError> uploadVolume(const QString &pool, const QString &name,
                                                   const QString &file, const ByteProgress &progress = {},
                                                   const std::atomic<bool> *cancel = nullptr);
    // Uploads `total` bytes that `read` produces (it fills the buffer and returns how many
    // bytes it put there; an error aborts the stream). Same cancel and progress as above.
    using UploadReader = std::function<std::expected<qint64, BackendError>(char *buffer, qint64 max)>;
    std::expected<void, BackendError> uploadVolume(const QString &pool, const QString &name, qint64 total,
                                                   const UploadReader &read, const ByteProgress &progress = {},
                                                   const std::atomic<bool> *cancel = nullptr);

    // A download of part of a volume (virStorageVolDownload with
    // VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM): receive() hands out data and holes in order
    // until the end. Destroying it before the end aborts the stream (nothing is left on the
    // host: a download writes nothing there). Used from one thread.
    class Download
    {
    public:
        ~Download();
        Download(const Download &) = delete;
        Download &operator=(const Download &) = delete;
        // Up to `max` bytes of data into `buffer` (> 0), a hole of `*hole` bytes (returns 0
        // with *hole > 0), or the end (0 with *hole == 0).
        std::expected<qint64, BackendError> receive(char *buffer, qint64 max, qint64 *hole);
        std::expected<void, BackendError> finish();

    private:
        friend class LibvirtConnection;
        Download() = default;
        _virStream *m_stream = nullptr;
        QString m_where;
        bool m_done = false;
    };
    // Starts downloading `length` bytes (0: to the end) of the volume from `offset`; `sparse`
    // asks for holes as holes (regular files; block devices send every byte).
    std::expected<std::unique_ptr<Download>, BackendError> download(const QString &pool, const QString &name,
                                                                    quint64 offset, quint64 length, bool sparse = true);
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
