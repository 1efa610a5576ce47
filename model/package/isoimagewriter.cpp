#include "model/package/isoimagewriter.h"
#include "model/ovf/job.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

bool validNameImpl(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\'))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    for (const QString &part : name.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

QString archiveError(archive *a)
{
    const char *e = archive_error_string(a);
    return e ? QString::fromLocal8Bit(e) : QString();
}

} // namespace

bool IsoImageWriter::validName(const QString &name)
{
    return validNameImpl(name);
}

std::expected<void, QString> IsoImageWriter::write(const QString &path, const QList<IsoFile> &files,
                                                 const QString &volumeId, const std::atomic<bool> *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    QSet<QString> seen;
    for (const IsoFile &f : files) {
        if (!validNameImpl(f.nameInIso))
            return std::unexpected(tr("%1: '%2' is not a valid file name in the image").arg(path, f.nameInIso));
        if (seen.contains(f.nameInIso.toLower()))
            return std::unexpected(tr("%1: '%2' is in the image twice").arg(path, f.nameInIso));
        seen.insert(f.nameInIso.toLower());
    }

    QTemporaryFile tmp(QFileInfo(path).absolutePath() + u"/."_s + QFileInfo(path).fileName() + u"-XXXXXX"_s);
    if (!tmp.open())
        return std::unexpected(tr("%1: cannot create a temporary file: %2").arg(path, tmp.errorString()));

    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    if (archive_write_set_format_iso9660(a.get()) != ARCHIVE_OK
        || archive_write_set_option(a.get(), "iso9660", "volume-id", volumeId.toUtf8().constData()) != ARCHIVE_OK
        || archive_write_set_option(a.get(), "iso9660", "rockridge", "1") != ARCHIVE_OK
        || archive_write_set_option(a.get(), "iso9660", "joliet", "1") != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK
        || archive_write_open_fd(a.get(), tmp.handle()) != ARCHIVE_OK)
        return std::unexpected(tr("%1: cannot start the ISO 9660 image: %2").arg(path, archiveError(a.get())));

    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    QByteArray buffer;
    for (const IsoFile &f : files) {
        if (cancelled())
            return std::unexpected(tr("%1: %2").arg(path, Job::cancelledMessage()));
        QFile source(f.sourcePath);
        qint64 size = f.bytes.size();
        if (!f.sourcePath.isEmpty()) {
            if (!source.open(QIODevice::ReadOnly))
                return std::unexpected(tr("%1: cannot read %2: %3").arg(path, f.sourcePath, source.errorString()));
            size = source.size();
        }
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), f.nameInIso.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0444);
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_mtime(entry.get(), now, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return std::unexpected(tr("%1: cannot add %2: %3").arg(path, f.nameInIso, archiveError(a.get())));
        if (f.sourcePath.isEmpty()) {
            if (archive_write_data(a.get(), f.bytes.constData(), size_t(f.bytes.size())) != f.bytes.size())
                return std::unexpected(tr("%1: cannot add %2: %3").arg(path, f.nameInIso, archiveError(a.get())));
            continue;
        }
        qint64 written = 0;
        buffer.resize(1 << 20);
        while (written < size) {
            if (cancelled())
                return std::unexpected(tr("%1: %2").arg(path, Job::cancelledMessage()));
            const qint64 n = source.read(buffer.data(), std::min<qint64>(buffer.size(), size - written));
            if (n <= 0)
                return std::unexpected(tr("%1: cannot read %2: %3").arg(path, f.sourcePath,
                                                                      n < 0 ? source.errorString() : tr("file shrank")));
            if (archive_write_data(a.get(), buffer.constData(), size_t(n)) != n)
                return std::unexpected(tr("%1: cannot add %2: %3").arg(path, f.nameInIso, archiveError(a.get())));
            written += n;
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return std::unexpected(tr("%1: cannot finish the ISO 9660 image: %2").arg(path, archiveError(a.get())));
    if (!tmp.flush())
        return std::unexpected(tr("%1: cannot be written: %2").arg(path, tmp.errorString()));
    tmp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    tmp.close();
    if (std::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return std::unexpected(tr("%1: cannot be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    tmp.setAutoRemove(false);
    return {};
}

} // namespace ovf::package
