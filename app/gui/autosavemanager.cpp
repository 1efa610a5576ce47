#include "app/gui/autosavemanager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString lockPath(const QString &session)
{
    return QDir(AutosaveManager::directory()).filePath(u"session-%1.lock"_s.arg(session));
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return u"%1: %2"_s.arg(path, file.errorString());
    return {};
}

} // namespace

AutosaveManager::AutosaveManager(QObject *parent)
    : QObject(parent), m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::autosave);
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(lockPath(m_session));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    removeLeftovers();
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        const QString error = m_watcher.result();
        if (error.isEmpty())
            emit autosaved(currentDataPath());
        else
            emit failed(error);
    });
}

AutosaveManager::~AutosaveManager()
{
    m_watcher.waitForFinished(); // a few MiB at most; the files must not be written after discard
    discard();
    m_lock->unlock();
}

QString AutosaveManager::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

QString AutosaveManager::keyFor(const DocumentOrigin &origin) const
{
    const QString identity = origin.path.isEmpty() ? u"unsaved:%1:%2"_s.arg(m_session, origin.displayName) : origin.path;
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QString AutosaveManager::currentDataPath() const
{
    return m_key.isEmpty() ? QString() : QDir(directory()).filePath(m_key + u".ovf"_s);
}

void AutosaveManager::setDocument(const DocumentOrigin &origin, Snapshot snapshot)
{
    discard();
    m_timer.stop();
    m_origin = origin;
    m_snapshot = std::move(snapshot);
    m_key = m_snapshot ? keyFor(origin) : QString();
}

void AutosaveManager::setModified(bool modified)
{
    if (modified && m_snapshot) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void AutosaveManager::autosave()
{
    if (!m_snapshot || m_key.isEmpty() || m_watcher.isRunning())
        return;
    const QByteArray bytes = m_snapshot();
    QJsonObject meta;
    meta.insert(u"origin"_s, m_origin.toJson());
    meta.insert(u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(u"session"_s, m_session);
    const QByteArray metaBytes = QJsonDocument(meta).toJson();
    const QString data = currentDataPath();
    const QString metaPath = QDir(directory()).filePath(m_key + u".json"_s);
    m_watcher.setFuture(QtConcurrent::run([bytes, metaBytes, data, metaPath] {
        QDir().mkpath(directory());
        // The data first: a .json always has its .ovf.
        QString error = writeAtomically(data, bytes);
        if (error.isEmpty())
            error = writeAtomically(metaPath, metaBytes);
        return error;
    }));
}

void AutosaveManager::discard()
{
    if (m_key.isEmpty())
        return;
    m_watcher.waitForFinished();
    QFile::remove(QDir(directory()).filePath(m_key + u".json"_s));
    QFile::remove(currentDataPath());
}

QList<AutosaveManager::Entry> AutosaveManager::pending()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        const QString session = meta.value(u"session"_s).toString();
        QLockFile lock(lockPath(session));
        lock.setStaleLockTime(0);
        if (!session.isEmpty() && !lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        Entry entry;
        entry.metaPath = file.fileName();
        entry.dataPath = dir.filePath(QFileInfo(name).completeBaseName() + u".ovf"_s);
        if (!QFile::exists(entry.dataPath))
            continue;
        entry.origin = DocumentOrigin::fromJson(meta.value(u"origin"_s).toObject());
        entry.savedAt = QDateTime::fromString(meta.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void AutosaveManager::removeLeftovers() const
{
    const QDir dir(directory());
    const QString own = QFileInfo(lockPath(m_session)).fileName();
    bool othersRunning = false;
    for (const QString &name : dir.entryList({u"session-*.lock"_s}, QDir::Files | QDir::Hidden)) {
        if (name == own)
            continue;
        // QLockFile takes over the lock of a process that is gone (it checks the pid the file
        // names) and unlock() removes the file; a running instance's lock cannot be taken.
        QLockFile lock(dir.filePath(name));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            lock.unlock();
        else
            othersRunning = true;
    }
    if (othersRunning)
        return;
    const QStringList names = dir.entryList({u"*.ovf"_s, u"*.json"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QFileInfo info(name);
        const QString other = info.completeBaseName() + (info.suffix() == u"ovf" ? u".json"_s : u".ovf"_s);
        if (!names.contains(other))
            QFile::remove(dir.filePath(name));
    }
}

void AutosaveManager::remove(const Entry &entry)
{
    QFile::remove(entry.metaPath);
    QFile::remove(entry.dataPath);
}
