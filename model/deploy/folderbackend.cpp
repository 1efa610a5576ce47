#include "model/deploy/folderbackend.h"

#include "model/deploy/deployjournal.h"
#include "model/deploy/diskconverter.h"
#include "model/deploy/domainxml.h"
#include "model/deploy/plan.h"
#include "model/package/destinationcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using ErrorKind = BackendError::Kind;

bool FolderBackend::isSafeName(const QString &name)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"_s);
    return safe.match(name).hasMatch();
}

std::expected<std::unique_ptr<Backend>, BackendError> FolderBackend::create(const Config &config)
{
    if (config.outputDir.isEmpty())
        return std::unexpected(BackendError{ErrorKind::Invalid, QString(), tr("no output folder given")});
    const QFileInfo out(config.outputDir);
    if (out.exists() || out.isSymLink())
        return std::unexpected(BackendError{ErrorKind::Invalid, config.outputDir, tr("already exists; choose a new folder")});
    const QFileInfo parent(out.absolutePath());
    if (!parent.isDir())
        return std::unexpected(BackendError{ErrorKind::Io, parent.filePath(), tr("not a folder")});
    if (const auto unwritable = package::DestinationCheck::writable(out.absoluteFilePath())) {
        return std::unexpected(BackendError{unwritable->rule == package::PackageError::Rule::ReadOnly ? ErrorKind::ReadOnly
                                                                                                     : ErrorKind::Io,
                                            config.outputDir, unwritable->message});
    }
    std::unique_ptr<FolderBackend> backend(new FolderBackend);
    backend->m_output = out.absoluteFilePath();
    backend->m_domainType = config.domainType;
    // Recorded in the journal before it is made: after a kill the cleaner removes it.
    auto temp = DeployJournal::createFolder(config.journal, parent.absoluteFilePath(), u"."_s + out.fileName());
    if (!temp)
        return std::unexpected(temp.error());
    backend->m_temp = *temp;
    if (config.scratchDir.isEmpty()) {
        backend->m_scratch = backend->m_temp;
    } else {
        auto scratch = DeployJournal::createFolder(config.journal, config.scratchDir, u"ovfw-scratch"_s);
        if (!scratch)
            return std::unexpected(scratch.error());
        backend->m_scratch = backend->m_ownScratch = *scratch;
    }
    if (!QDir(backend->m_temp).mkdir(u"disks"_s))
        return std::unexpected(BackendError{ErrorKind::Io, backend->m_temp, tr("cannot create the disks folder")});
    return backend;
}

FolderBackend::~FolderBackend()
{
    if (!m_committed)
        rollback();
}

QString FolderBackend::domainType()
{
    if (!m_domainType.isEmpty())
        return m_domainType;
    return QFileInfo::exists(u"/dev/kvm"_s) ? u"kvm"_s : u"qemu"_s;
}

std::expected<QList<TargetNetwork>, BackendError> FolderBackend::networks()
{
    // Without a daemon there is nothing to ask; libvirt's stock NAT network is the usual target.
    return QList<TargetNetwork>{{u"default"_s, true, tr("libvirt's default NAT network")}};
}

std::expected<QList<StorageTarget>, BackendError> FolderBackend::storageTargets()
{
    const QStorageInfo storage(m_temp);
    StorageTarget target;
    target.name = m_output;
    target.path = m_output;
    target.kind = u"folder"_s;
    target.capacityBytes = storage.bytesTotal();
    target.freeBytes = storage.bytesAvailable();
    return QList<StorageTarget>{target};
}

std::expected<void, BackendError> FolderBackend::checkFreeSpace(qint64 bytes)
{
    const QStorageInfo storage(m_temp);
    if (storage.bytesAvailable() < bytes) {
        return std::unexpected(BackendError{ErrorKind::NoSpace, m_output,
                                            tr("%1 bytes are needed, %2 are free").arg(bytes).arg(storage.bytesAvailable())});
    }
    return {};
}

std::expected<DeployedDisk, BackendError> FolderBackend::convertDisk(const DiskRequest &request, const ByteProgress &progress,
                                                                     const std::atomic<bool> *cancel)
{
    if (m_committed)
        return std::unexpected(BackendError{ErrorKind::Invalid, request.name, tr("the deployment is already committed")});
    if (!isSafeName(request.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, request.name, tr("not a usable file name")});
    const QString file = u"disks/"_s + request.name + u'.' + diskFormatName(request.format);
    const QString temp = m_temp + u'/' + file;
    if (QFileInfo::exists(temp))
        return std::unexpected(BackendError{ErrorKind::Invalid, request.name, tr("a disk of that name was already written")});
    auto converted = DiskConverter::convert(request, temp, m_scratch, progress, cancel);
    if (!converted)
        return std::unexpected(converted.error());
    DeployedDisk disk;
    disk.file = m_output + u'/' + file;
    disk.format = request.format;
    disk.virtualBytes = converted->virtualBytes;
    disk.digestHex = converted->digestHex;
    return disk;
}

std::expected<QString, BackendError> FolderBackend::addIso(const QString &systemName, const QString &isoPath)
{
    if (!isSafeName(systemName))
        return std::unexpected(BackendError{ErrorKind::Invalid, systemName, tr("not a usable file name")});
    const QString name = systemName + u"-env.iso"_s;
    const QString temp = m_temp + u'/' + name;
    QFile::remove(temp);
    if (!QFile::copy(isoPath, temp))
        return std::unexpected(BackendError{ErrorKind::Io, isoPath, tr("cannot copy the ISO into the output")});
    return m_output + u'/' + name;
}

std::expected<QByteArray, BackendError> FolderBackend::define(const DomainSpec &spec)
{
    if (!isSafeName(spec.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, spec.name, tr("not a usable domain name")});
    if (m_domains.contains(spec.name))
        return std::unexpected(BackendError{ErrorKind::Invalid, spec.name, tr("defined twice")});
    const QByteArray xml = DomainXml::write(spec);
    QSaveFile file(m_temp + u'/' + spec.name + u".xml"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        return std::unexpected(BackendError{ErrorKind::Io, file.fileName(), file.errorString()});
    m_domains << spec.name;
    return xml;
}

std::expected<void, BackendError> FolderBackend::start(const QString &domainName)
{
    if (!m_domains.contains(domainName))
        return std::unexpected(BackendError{ErrorKind::Invalid, domainName, tr("not defined")});
    if (!m_started.contains(domainName))
        m_started << domainName;
    return {};
}

QByteArray FolderBackend::script() const
{
    QString s;
    s += u"#!/bin/sh\n"_s;
    s += u"# Defines the virtual machines of this deployment with virsh"_s;
    s += m_started.isEmpty() ? u".\n"_s : u" and starts them.\n"_s;
    s += u"# Usage: ./define-and-start.sh [LIBVIRT_URI]   (default: qemu:///system)\n"_s;
    s += u"# The domain XML refers to the disks and ISOs in this folder by absolute path: run it\n"_s;
    s += u"# where the folder was written, or edit the paths after moving it.\n"_s;
    s += u"set -eu\n"_s;
    s += u"uri=${1:-qemu:///system}\n"_s;
    s += u"here=$(cd \"$(dirname \"$0\")\" && pwd)\n"_s;
    for (const QString &domain : m_domains)
        s += u"virsh -c \"$uri\" define \"$here\"/"_s + shellQuote(domain + u".xml"_s) + u'\n';
    for (const QString &domain : m_started)
        s += u"virsh -c \"$uri\" start "_s + shellQuote(domain) + u'\n';
    return s.toUtf8();
}

std::expected<void, BackendError> FolderBackend::commit()
{
    if (m_committed)
        return {};
    const QString path = m_temp + u"/define-and-start.sh"_s;
    QSaveFile file(path);
    const QByteArray text = script();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return std::unexpected(BackendError{ErrorKind::Io, path, file.errorString()});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    // mkdtemp made it 0700; the result is an ordinary folder.
    QFile::setPermissions(m_temp, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    // rename(2) refuses to replace a non-empty folder; a file or empty folder created there
    // meanwhile is not replaced either (renameat2 would be stricter, QFile::rename is enough
    // here because QFileInfo checked first).
    if (QFileInfo::exists(m_output) || std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_output).constData()) != 0)
        return std::unexpected(BackendError{ErrorKind::Io, m_output, tr("cannot move the result into place (does it exist now?)")});
    m_committed = true;
    if (!m_ownScratch.isEmpty())
        QDir(m_ownScratch).removeRecursively();
    return {};
}

QStringList FolderBackend::rollback()
{
    if (m_committed || m_temp.isEmpty())
        return {};
    QStringList problems;
    QDir temp(m_temp);
    if (temp.exists() && !temp.removeRecursively())
        problems << tr("%1: could not be removed completely").arg(m_temp);
    m_temp.clear();
    if (!m_ownScratch.isEmpty() && QFileInfo::exists(m_ownScratch) && !QDir(m_ownScratch).removeRecursively())
        problems << tr("%1: could not be removed completely").arg(m_ownScratch);
    m_ownScratch.clear();
    m_domains.clear();
    m_started.clear();
    return problems;
}

} // namespace ovf::deploy
