#include "model/deploy/libvirtbackend.h"

#include "model/deploy/deployjournal.h"
#include "model/deploy/diskconverter.h"
#include "model/deploy/domainxml.h"
#include "model/deploy/folderbackend.h"
#include "model/deploy/libvirtconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using ErrorKind = BackendError::Kind;

LibvirtBackend::LibvirtBackend() = default;

std::expected<std::unique_ptr<Backend>, BackendError> LibvirtBackend::create(const Config &config)
{
    std::unique_ptr<LibvirtBackend> backend(new LibvirtBackend);
    backend->m_config = config;
    backend->m_journal = config.journal;
    auto conn = LibvirtConnection::open(config.uri.isEmpty() ? u"qemu:///system"_s : config.uri);
    if (!conn)
        return std::unexpected(conn.error());
    backend->m_conn = std::move(*conn);
    if (!config.pool.isEmpty()) {
        auto pool = backend->pool();
        if (!pool && config.createPool && !config.createPoolPath.isEmpty()) {
            const bool folderExisted = QFileInfo::exists(config.createPoolPath);
            using Entry = DeployJournal::Entry;
            const Entry entry{folderExisted ? Entry::Kind::Pool : Entry::Kind::PoolAndFolder, config.pool, {}, {}};
            if (auto recorded = DeployJournal::record(config.journal, entry); !recorded)
                return std::unexpected(recorded.error());
            auto created = backend->m_conn->createDirPool(config.pool, config.createPoolPath);
            if (!created)
                return std::unexpected(created.error());
            backend->m_created << Created{*created ? Created::What::Pool : Created::What::PoolAndFolder, config.pool};
            pool = backend->pool();
        }
        if (!pool)
            return std::unexpected(pool.error());
        if (!pool->active)
            return std::unexpected(BackendError{ErrorKind::Invalid, config.pool, tr("the storage pool is not active")});
        // A remote host's pool folder is a path over there: disks and ISOs go up as volumes.
        backend->m_dirPool = pool->kind == u"dir" && !pool->path.isEmpty() && !backend->m_conn->isRemote();
        backend->m_poolPath = pool->path;
    } else if (backend->m_conn->isRemote()) {
        return std::unexpected(BackendError{ErrorKind::Invalid, backend->m_conn->uri(),
                                            tr("a remote host needs a storage pool for the disks (a folder here is not a folder there)")});
    } else {
        const QFileInfo folder(config.outputDir);
        if (config.outputDir.isEmpty() || !folder.isDir() || !folder.isWritable())
            return std::unexpected(BackendError{ErrorKind::Invalid, config.outputDir,
                                                tr("choose a storage pool or an existing writable folder for the disks")});
        backend->m_config.outputDir = folder.absoluteFilePath();
    }
    return backend;
}

LibvirtBackend::~LibvirtBackend()
{
    if (!m_committed)
        rollback();
}

std::expected<StorageTarget, BackendError> LibvirtBackend::pool()
{
    auto pools = m_conn->storagePools();
    if (!pools)
        return std::unexpected(pools.error());
    for (const StorageTarget &p : *pools) {
        if (p.name == m_config.pool)
            return p;
    }
    return std::unexpected(BackendError{ErrorKind::Invalid, m_config.pool, tr("no such storage pool")});
}

QString LibvirtBackend::fileFolder() const
{
    if (m_config.pool.isEmpty())
        return m_config.outputDir;
    return m_dirPool ? m_poolPath : QString();
}

QString LibvirtBackend::domainType()
{
    if (!m_config.domainType.isEmpty())
        return m_config.domainType;
    return m_conn->hasKvm() ? u"kvm"_s : u"qemu"_s;
}

std::expected<QList<TargetNetwork>, BackendError> LibvirtBackend::networks()
{
    return m_conn->networks();
}

std::expected<QList<StorageTarget>, BackendError> LibvirtBackend::storageTargets()
{
    auto pools = m_conn->storagePools();
    if (!pools)
        return std::unexpected(pools.error());
    if (m_config.pool.isEmpty()) {
        const QStorageInfo storage(m_config.outputDir);
        pools->prepend(StorageTarget{m_config.outputDir, m_config.outputDir, u"folder"_s, true,
                                     storage.bytesTotal(), storage.bytesAvailable()});
    }
    return pools;
}

std::expected<void, BackendError> LibvirtBackend::checkFreeSpace(qint64 bytes)
{
    qint64 free = -1;
    QString where;
    if (m_config.pool.isEmpty()) {
        free = QStorageInfo(m_config.outputDir).bytesAvailable();
        where = m_config.outputDir;
    } else {
        auto p = pool();
        if (!p)
            return std::unexpected(p.error());
        free = p->freeBytes;
        where = p->name;
    }
    if (free >= 0 && free < bytes)
        return std::unexpected(BackendError{ErrorKind::NoSpace, where, tr("%1 bytes are needed, %2 are free").arg(bytes).arg(free)});
    return {};
}

std::expected<DeployedDisk, BackendError> LibvirtBackend::convertDisk(const DiskRequest &request, const ByteProgress &progress,
                                                                      const std::atomic<bool> *cancel)
{
    if (!FolderBackend::isSafeName(request.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, request.name, tr("not a usable volume name")});
    const QString fileName = request.name + u'.' + diskFormatName(request.format);
    DeployedDisk disk;
    disk.format = request.format;
    const QString folder = fileFolder();
    if (!folder.isEmpty()) {
        const QString target = folder + u'/' + fileName;
        if (QFileInfo::exists(target) || QFileInfo::exists(target + u".part"_s)
            || (!m_config.pool.isEmpty() && m_conn->hasVolume(m_config.pool, fileName)))
            return std::unexpected(BackendError{ErrorKind::Invalid, target, tr("already exists; it is not replaced")});
        auto scratch = scratchFolder(m_config.scratchDir.isEmpty() ? folder : m_config.scratchDir);
        if (!scratch)
            return std::unexpected(scratch.error());
        // The converter writes TARGET.part and renames it: both are recorded first.
        using Entry = DeployJournal::Entry;
        for (const QString &path : QStringList{target + u".part"_s, target}) {
            if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::File, path, m_config.pool, {}}); !recorded)
                return std::unexpected(recorded.error());
        }
        m_created << Created{Created::What::File, target};
        auto converted = DiskConverter::convert(request, target, *scratch, progress, cancel);
        if (!converted)
            return std::unexpected(converted.error());
        disk.file = target;
        disk.virtualBytes = converted->virtualBytes;
        disk.digestHex = converted->digestHex;
        if (!m_config.pool.isEmpty()) {
            if (auto refreshed = m_conn->refreshPool(m_config.pool); !refreshed)
                return std::unexpected(refreshed.error());
            disk.pool = m_config.pool;
            disk.volume = fileName;
        }
        return disk;
    }

    // A pool that is not a folder: convert into scratch space, then upload as a volume.
    if (m_conn->hasVolume(m_config.pool, fileName))
        return std::unexpected(BackendError{ErrorKind::Invalid, m_config.pool + u'/' + fileName, tr("already exists; it is not replaced")});
    auto scratch = scratchFolder(m_config.scratchDir.isEmpty() ? QDir::tempPath() : m_config.scratchDir);
    if (!scratch)
        return std::unexpected(scratch.error());
    const QString temp = *scratch + u'/' + fileName;
    auto converted = DiskConverter::convert(request, temp, *scratch, progress, cancel);
    if (!converted)
        return std::unexpected(converted.error());
    const quint64 size = std::max<quint64>(converted->virtualBytes, quint64(QFileInfo(temp).size()));
    using Entry = DeployJournal::Entry;
    if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::Volume, fileName, m_config.pool, {}}); !recorded)
        return std::unexpected(recorded.error());
    auto created = m_conn->createVolume(m_config.pool, fileName, size, request.format);
    if (!created)
        return std::unexpected(created.error());
    m_created << Created{Created::What::Volume, fileName};
    if (auto uploaded = m_conn->uploadVolume(m_config.pool, fileName, temp, progress, cancel); !uploaded)
        return std::unexpected(uploaded.error());
    disk.pool = m_config.pool;
    disk.volume = fileName;
    disk.file = *created;
    disk.virtualBytes = converted->virtualBytes;
    disk.digestHex = converted->digestHex;
    QFile::remove(temp); // uploaded: the scratch copy is not needed any more
    return disk;
}

std::expected<QString, BackendError> LibvirtBackend::addIso(const QString &systemName, const QString &isoPath)
{
    if (!FolderBackend::isSafeName(systemName))
        return std::unexpected(BackendError{ErrorKind::Invalid, systemName, tr("not a usable file name")});
    const QString folder = fileFolder();
    if (folder.isEmpty()) {
        // A pool that is not a local folder (remote hosts, LVM, ...): the ISO becomes a raw
        // volume of the pool, uploaded through a virStream; the CD-ROM uses its host path.
        const QString volume = systemName + u"-env.iso"_s;
        if (m_conn->hasVolume(m_config.pool, volume))
            return std::unexpected(BackendError{ErrorKind::Invalid, m_config.pool + u'/' + volume, tr("already exists; it is not replaced")});
        using Entry = DeployJournal::Entry;
        if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::Volume, volume, m_config.pool, {}}); !recorded)
            return std::unexpected(recorded.error());
        auto created = m_conn->createVolume(m_config.pool, volume, quint64(QFileInfo(isoPath).size()), DiskFormat::Raw);
        if (!created)
            return std::unexpected(created.error());
        m_created << Created{Created::What::Volume, volume};
        if (auto uploaded = m_conn->uploadVolume(m_config.pool, volume, isoPath); !uploaded)
            return std::unexpected(uploaded.error());
        return *created;
    }
    const QString target = folder + u'/' + systemName + u"-env.iso"_s;
    if (QFileInfo::exists(target))
        return std::unexpected(BackendError{ErrorKind::Invalid, target, tr("already exists; it is not replaced")});
    using Entry = DeployJournal::Entry;
    if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::File, target, m_config.pool, {}}); !recorded)
        return std::unexpected(recorded.error());
    if (!QFile::copy(isoPath, target))
        return std::unexpected(BackendError{ErrorKind::Io, target, tr("cannot copy the ISO")});
    m_created << Created{Created::What::File, target};
    return target;
}

std::expected<QByteArray, BackendError> LibvirtBackend::define(const DomainSpec &spec)
{
    if (!FolderBackend::isSafeName(spec.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, spec.name, tr("not a usable domain name")});
    if (m_conn->hasDomain(spec.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, spec.name, tr("a domain of that name exists; choose another name")});
    DomainSpec defined = spec;
    if (!m_config.consoleLogDir.isEmpty()) {
        const DomainSpec::Serial console{DomainSpec::Serial::Kind::File,
                                         QDir(m_config.consoleLogDir).absoluteFilePath(spec.name + u"-console.log"_s)};
        if (defined.serials.isEmpty())
            defined.serials << console;
        else
            defined.serials[0] = console;
    }
    // Our own UUID, recorded before the definition: the cleaner removes a domain of this name
    // only when it is still the one defined here.
    defined.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    using Entry = DeployJournal::Entry;
    if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::Domain, spec.name, {}, defined.uuid}); !recorded)
        return std::unexpected(recorded.error());
    const QByteArray xml = DomainXml::write(defined);
    auto name = m_conn->defineDomain(xml);
    if (!name)
        return std::unexpected(name.error());
    m_created << Created{Created::What::Domain, *name};
    m_uuids.insert(*name, defined.uuid);
    return xml;
}

std::expected<void, BackendError> LibvirtBackend::start(const QString &domainName)
{
    using Entry = DeployJournal::Entry;
    const QString uuid = m_uuids.value(domainName, m_conn->domainUuid(domainName));
    if (auto recorded = DeployJournal::record(m_journal, Entry{Entry::Kind::Started, domainName, {}, uuid}); !recorded)
        return std::unexpected(recorded.error());
    if (auto started = m_conn->startDomain(domainName); !started)
        return std::unexpected(started.error());
    m_created << Created{Created::What::Started, domainName};
    return {};
}

std::expected<QString, BackendError> LibvirtBackend::scratchFolder(const QString &parent)
{
    if (!m_scratch.isEmpty())
        return m_scratch;
    auto made = DeployJournal::createFolder(m_journal, parent, u".ovfw-scratch"_s);
    if (!made)
        return std::unexpected(made.error());
    m_scratch = *made;
    return m_scratch;
}

std::expected<void, BackendError> LibvirtBackend::commit()
{
    m_committed = true;
    if (!m_scratch.isEmpty())
        QDir(m_scratch).removeRecursively();
    m_scratch.clear();
    return {};
}

QStringList LibvirtBackend::rollback()
{
    if (m_committed)
        return {};
    QStringList problems;
    bool refresh = false;
    for (qsizetype i = m_created.size() - 1; i >= 0; --i) {
        const Created &c = m_created.at(i);
        switch (c.what) {
        case Created::What::Started:
            if (m_conn->isDomainActive(c.name)) {
                // The guest may power off by itself meanwhile: only a domain still running
                // after a failed destroy is a problem.
                if (auto r = m_conn->destroyDomain(c.name); !r && m_conn->isDomainActive(c.name))
                    problems << r.error().toString();
            }
            break;
        case Created::What::Domain:
            if (auto r = m_conn->undefineDomain(c.name); !r)
                problems << r.error().toString();
            break;
        case Created::What::Volume:
            if (auto r = m_conn->deleteVolume(m_config.pool, c.name); !r)
                problems << r.error().toString();
            break;
        case Created::What::Pool:
        case Created::What::PoolAndFolder:
            refresh = false;
            if (auto r = m_conn->removePool(c.name, c.what == Created::What::PoolAndFolder); !r)
                problems << r.error().toString();
            break;
        case Created::What::File:
            if (QFileInfo::exists(c.name) && !QFile::remove(c.name))
                problems << tr("%1: could not be removed").arg(c.name);
            refresh = refresh || !m_config.pool.isEmpty();
            break;
        }
    }
    if (!m_scratch.isEmpty() && QFileInfo::exists(m_scratch) && !QDir(m_scratch).removeRecursively())
        problems << tr("%1: could not be removed completely").arg(m_scratch);
    m_scratch.clear();
    if (refresh && m_conn->hasPool(m_config.pool))
        m_conn->refreshPool(m_config.pool);
    m_created.clear();
    return problems;
}

} // namespace ovf::deploy
