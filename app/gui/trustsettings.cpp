#include "app/gui/trustsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString anchorsKey = u"trust/anchors"_s;
const QString systemKey = u"trust/useSystemStore"_s;
} // namespace

QString TrustSettings::storeDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"trust"_s);
}

bool TrustSettings::useSystemStore()
{
    return QSettings().value(systemKey, true).toBool();
}

QStringList TrustSettings::anchorFiles()
{
    return QSettings().value(anchorsKey).toStringList();
}

ovf::package::TrustOptions TrustSettings::trustOptions()
{
    ovf::package::TrustOptions options;
    options.useSystemStore = useSystemStore();
    options.extraAnchors = anchorFiles();
    return options;
}

ovf::package::VerifyOptions TrustSettings::verifyOptions()
{
    ovf::package::VerifyOptions options;
    options.trust = trustOptions();
    return options;
}

std::expected<void, QString> TrustSettings::save(const QStringList &files, bool useSystem)
{
    auto stored = storeCopies(files, storeDirectory(), anchorFiles());
    if (!stored)
        return std::unexpected(stored.error());
    record(*stored, useSystem);
    return {};
}

std::expected<QStringList, QString> TrustSettings::storeCopies(const QStringList &files, const QString &storePath,
                                                               const QStringList &previous)
{
    const QDir store(storePath);
    QStringList stored;
    QStringList created;
    const auto rollback = [&created] {
        for (const QString &path : std::as_const(created))
            QFile::remove(path);
    };
    for (const QString &file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (QFileInfo(absolute).absolutePath() == store.absolutePath()) {
            stored.append(absolute);
            continue;
        }
        QFile source(absolute);
        if (!source.open(QIODevice::ReadOnly)) {
            rollback();
            return std::unexpected(tr("%1: %2").arg(absolute, source.errorString()));
        }
        const QByteArray pem = source.readAll();
        const QString copy = store.filePath(
            QString::fromLatin1(QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex()) + u".pem"_s);
        if (!QFileInfo::exists(copy)) {
            if (!QDir().mkpath(store.absolutePath())) {
                rollback();
                return std::unexpected(tr("%1: cannot create the folder").arg(store.absolutePath()));
            }
            QSaveFile out(copy);
            if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.commit()) {
                rollback();
                return std::unexpected(tr("%1: %2").arg(copy, out.errorString()));
            }
            created.append(copy);
        }
        if (!stored.contains(copy))
            stored.append(copy);
    }
    for (const QString &old : previous) {
        if (!stored.contains(old) && QFileInfo(old).absolutePath() == store.absolutePath())
            QFile::remove(old);
    }
    return stored;
}

void TrustSettings::record(const QStringList &stored, bool useSystem)
{
    QSettings settings;
    settings.setValue(anchorsKey, stored);
    settings.setValue(systemKey, useSystem);
}
