#include "model/deploy/deployjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

const QString kFormat = u"ovf-workbench-deploy-journal/1"_s;

using Kind = DeployJournal::Entry::Kind;

const std::pair<Kind, QString> kKinds[] = {
    {Kind::Folder, u"folder"_s},   {Kind::File, u"file"_s},   {Kind::Volume, u"volume"_s},
    {Kind::Pool, u"pool"_s},       {Kind::PoolAndFolder, u"pool-and-folder"_s},
    {Kind::Domain, u"domain"_s},   {Kind::Started, u"started"_s},
};

std::optional<Kind> kindFromName(const QString &name)
{
    for (const auto &[kind, text] : kKinds) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString DeployJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ovf-workbench/journals"_s;
}

QString DeployJournal::kindName(Entry::Kind kind)
{
    for (const auto &[k, text] : kKinds) {
        if (k == kind)
            return text;
    }
    return {};
}

QString DeployJournal::describe(const Entry &entry)
{
    switch (entry.kind) {
    case Kind::Folder: return tr("folder %1").arg(entry.name);
    case Kind::File: return tr("file %1").arg(entry.name);
    case Kind::Volume: return tr("volume %1 in pool %2").arg(entry.name, entry.pool);
    case Kind::Pool: return tr("storage pool %1").arg(entry.name);
    case Kind::PoolAndFolder: return tr("storage pool %1 and its folder").arg(entry.name);
    case Kind::Domain: return tr("domain %1 (UUID %2)").arg(entry.name, entry.uuid);
    case Kind::Started: return tr("running domain %1 (UUID %2)").arg(entry.name, entry.uuid);
    }
    return entry.name;
}

QString DeployJournal::lockPath(const QString &journalPath)
{
    QString base = journalPath;
    if (base.endsWith(u".json"_s))
        base.chop(5);
    return base + u".lock"_s;
}

int DeployJournal::tryLock(const QString &journalPath)
{
    const int fd = ::open(QFile::encodeName(lockPath(journalPath)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void DeployJournal::unlock(int fd)
{
    if (fd >= 0)
        ::close(fd); // closing the last descriptor releases the flock
}

std::expected<std::unique_ptr<DeployJournal>, BackendError> DeployJournal::begin(const QString &directory, Header header)
{
    if (!QDir().mkpath(directory))
        return std::unexpected(BackendError{BackendError::Kind::Io, directory, tr("cannot create the deploy journal folder")});
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    std::unique_ptr<DeployJournal> journal(new DeployJournal);
    journal->m_directory = QDir(directory).absolutePath();
    if (header.id.isEmpty())
        header.id = u"deploy-"_s + randomHex(8);
    if (header.pid == 0)
        header.pid = QCoreApplication::applicationPid();
    if (!header.started.isValid())
        header.started = QDateTime::currentDateTimeUtc();
    journal->m_header = std::move(header);
    const QString path = journal->path();
    if (QFileInfo::exists(path))
        return std::unexpected(BackendError{BackendError::Kind::Io, path, tr("a journal of that name exists already")});
    journal->m_lockFd = tryLock(path);
    if (journal->m_lockFd < 0)
        return std::unexpected(BackendError{BackendError::Kind::Io, lockPath(path),
                                            tr("cannot create and lock the journal's lock file: %1").arg(errnoText(errno))});
    if (auto written = journal->write(); !written) {
        QFile::remove(lockPath(path));
        return std::unexpected(written.error());
    }
    return journal;
}

DeployJournal::~DeployJournal()
{
    unlock(m_lockFd);
}

QString DeployJournal::path() const
{
    return m_directory + u'/' + m_header.id + u".json"_s;
}

std::expected<void, BackendError> DeployJournal::write()
{
    QJsonArray entries;
    for (const Entry &e : std::as_const(m_entries)) {
        QJsonObject o{{u"kind"_s, kindName(e.kind)}, {u"name"_s, e.name}};
        if (!e.pool.isEmpty())
            o.insert(u"pool"_s, e.pool);
        if (!e.uuid.isEmpty())
            o.insert(u"uuid"_s, e.uuid);
        entries.append(o);
    }
    const QJsonObject root{
        {u"format"_s, kFormat},
        {u"id"_s, m_header.id},
        {u"package"_s, m_header.package},
        {u"backend"_s, m_header.backend},
        {u"uri"_s, m_header.uri},
        {u"output"_s, m_header.output},
        {u"pid"_s, m_header.pid},
        {u"started"_s, m_header.started.toUTC().toString(Qt::ISODate)},
        {u"entries"_s, entries},
    };
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(BackendError{BackendError::Kind::Io, path(),
                                            tr("cannot write the deploy journal: %1").arg(file.errorString())});
    return {};
}

std::expected<void, BackendError> DeployJournal::record(const Entry &entry)
{
    m_entries.append(entry);
    if (auto written = write(); !written) {
        m_entries.removeLast();
        return written;
    }
    return {};
}

std::expected<void, BackendError> DeployJournal::retract(const Entry &entry)
{
    const qsizetype at = m_entries.lastIndexOf(entry);
    if (at < 0)
        return {};
    m_entries.removeAt(at);
    return write();
}

std::expected<void, BackendError> DeployJournal::record(DeployJournal *journal, const Entry &entry)
{
    return journal ? journal->record(entry) : std::expected<void, BackendError>{};
}

void DeployJournal::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QFile::remove(path());
    // The lock file goes while it is still held: a cleaner that opens it afterwards finds no
    // journal next to it and leaves.
    QFile::remove(lockPath(path()));
    unlock(m_lockFd);
    m_lockFd = -1;
}

std::expected<QString, BackendError> DeployJournal::createFolder(DeployJournal *journal, const QString &parent,
                                                                 const QString &prefix)
{
    const QString base = QFileInfo(parent).absoluteFilePath();
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString path = base + u'/' + prefix + u'-' + randomHex(4);
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            continue;
        const Entry entry{Kind::Folder, path, {}, {}};
        if (auto recorded = record(journal, entry); !recorded)
            return std::unexpected(recorded.error());
        if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
            return path;
        const int error = errno;
        if (journal)
            journal->retract(entry);
        if (error != EEXIST)
            return std::unexpected(BackendError{error == ENOSPC ? BackendError::Kind::NoSpace : BackendError::Kind::Io, base,
                                                tr("cannot create a folder: %1").arg(errnoText(error))});
    }
    return std::unexpected(BackendError{BackendError::Kind::Io, base, tr("cannot create a folder with a new name")});
}

std::expected<DeployJournal::Contents, BackendError> DeployJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(BackendError{BackendError::Kind::Io, path, file.errorString()});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (doc.isNull() || !doc.isObject())
        return std::unexpected(BackendError{BackendError::Kind::Invalid, path,
                                            tr("not a deploy journal (offset %1: %2)").arg(parseError.offset).arg(parseError.errorString())});
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != kFormat)
        return std::unexpected(BackendError{BackendError::Kind::Invalid, path, tr("not a deploy journal of this version")});
    Contents contents;
    contents.path = QFileInfo(path).absoluteFilePath();
    contents.header.id = root.value(u"id"_s).toString();
    contents.header.package = root.value(u"package"_s).toString();
    contents.header.backend = root.value(u"backend"_s).toString();
    contents.header.uri = root.value(u"uri"_s).toString();
    contents.header.output = root.value(u"output"_s).toString();
    contents.header.pid = root.value(u"pid"_s).toInteger();
    contents.header.started = QDateTime::fromString(root.value(u"started"_s).toString(), Qt::ISODate);
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const auto kind = kindFromName(o.value(u"kind"_s).toString());
        const QString name = o.value(u"name"_s).toString();
        const bool isPath = kind == Kind::Folder || kind == Kind::File;
        // Paths must be absolute and clean: the cleaner removes exactly what is written here.
        if (!kind || name.isEmpty() || (isPath && (!QDir::isAbsolutePath(name) || QDir::cleanPath(name) != name))
            || (*kind == Kind::Volume && o.value(u"pool"_s).toString().isEmpty())
            || ((*kind == Kind::Domain || *kind == Kind::Started) && o.value(u"uuid"_s).toString().isEmpty()))
            return std::unexpected(BackendError{BackendError::Kind::Invalid, path, tr("entry %1 is not valid").arg(i + 1)});
        contents.entries.append(Entry{*kind, name, o.value(u"pool"_s).toString(), o.value(u"uuid"_s).toString()});
    }
    return contents;
}

} // namespace ovf::deploy
