#include "model/package/nbdimagesource.h"

#include "model/package/nbdclient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {
constexpr int kExitMs = 10000;
} // namespace

NbdImageSource::NbdImageSource() = default;

NbdImageSource::~NbdImageSource()
{
    m_client.reset(); // NBD_CMD_DISC: qemu-nbd exits after its only client left
    if (m_process && m_process->state() != QProcess::NotRunning) {
        if (!m_process->waitForFinished(kExitMs)) {
            m_process->kill();
            m_process->waitForFinished(kExitMs);
        }
    }
}

qint64 NbdImageSource::size() const
{
    return m_client->size();
}

std::expected<void, QString> NbdImageSource::read(qint64 offset, char *buffer, qint64 length)
{
    return m_client->read(offset, buffer, length);
}

std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
NbdImageSource::open(const QString &path, const QString &format, const DiskImagePolicy &policy)
{
    auto extents = DiskImageInspector::map(format, path, policy);
    if (!extents)
        return std::unexpected(extents.error());
    return start(DiskImageInspector::jsonFilename(format, path, policy), QFileInfo(path).fileName(), *extents);
}

std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
NbdImageSource::openFilename(const QString &qemuFilename, const QString &displayName)
{
    auto extents = DiskImageInspector::mapFilename(qemuFilename, displayName);
    if (!extents)
        return std::unexpected(extents.error());
    return start(qemuFilename, displayName, *extents);
}

std::expected<std::unique_ptr<NbdImageSource>, DiskImageError>
NbdImageSource::start(const QString &qemuFilename, const QString &name, QList<DiskExtent> extents)
{
    std::unique_ptr<NbdImageSource> source(new NbdImageSource());
    source->m_extents = std::move(extents);

    source->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/ovfw-nbd-XXXXXX"_s);
    if (!source->m_dir->isValid())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Io, QDir::tempPath(), source->m_dir->errorString()});
    QFile::setPermissions(source->m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString socket = source->m_dir->filePath(u"nbd.sock"_s);

    source->m_process = std::make_unique<QProcess>();
    QProcess &process = *source->m_process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(DiskImageInspector::qemuNbd(),
                  {u"--read-only"_s, u"--shared=1"_s, u"--socket="_s + socket, qemuFilename});
    if (!process.waitForStarted(DiskImageInspector::kStartMs))
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, DiskImageInspector::qemuNbd(),
                                              process.errorString()});
    process.closeWriteChannel();

    // qemu-nbd creates the socket once the image is open; connect as soon as it listens.
    source->m_client = std::make_unique<NbdClient>(name);
    const QDeadlineTimer deadline(DiskImageInspector::kStartMs);
    for (;;) {
        if (process.state() == QProcess::NotRunning || process.waitForFinished(0))
            return std::unexpected(DiskImageError{DiskImageError::Kind::Process, name,
                                                  tr("qemu-nbd could not export it: %1")
                                                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed())});
        if (QFileInfo::exists(socket)) {
            auto connected = source->m_client->connect(socket);
            if (connected)
                break;
            if (deadline.hasExpired())
                return std::unexpected(DiskImageError{DiskImageError::Kind::Io, name, connected.error()});
        } else if (deadline.hasExpired()) {
            return std::unexpected(DiskImageError{DiskImageError::Kind::Process, name,
                                                  tr("qemu-nbd did not open its socket")});
        }
        QThread::msleep(10);
    }
    const qint64 mapped = source->m_extents.isEmpty() ? 0
        : source->m_extents.last().offset + source->m_extents.last().length;
    if (mapped != source->m_client->size())
        return std::unexpected(DiskImageError{DiskImageError::Kind::Process, name,
                                              tr("qemu-img map covers %1 bytes, qemu-nbd exports %2")
                                                  .arg(mapped).arg(source->m_client->size())});
    return source;
}

} // namespace ovf::package
