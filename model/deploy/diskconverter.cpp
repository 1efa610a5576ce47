#include "model/deploy/diskconverter.h"

#include "model/ovf/job.h"
#include "model/package/digesthasher.h"
#include "model/package/gzipinflater.h"
#include "model/package/memberlocation.h"
#include "model/package/staging.h"
#include "model/package/verifyresult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using ErrorKind = BackendError::Kind;
using ovf::package::DigestAlgorithm;

namespace {

// What identifies the bytes of a file: a rewrite changes mtime or size, a replacement the
// inode, and any change at all (even with mtime reset by utimes) the ctime.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec mtime{};
    timespec ctime{};

    bool operator==(const FileIdentity &o) const
    {
        return device == o.device && inode == o.inode && size == o.size && mtime.tv_sec == o.mtime.tv_sec
            && mtime.tv_nsec == o.mtime.tv_nsec && ctime.tv_sec == o.ctime.tv_sec && ctime.tv_nsec == o.ctime.tv_nsec;
    }
};

std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
}

BackendError cancelled(const QString &where)
{
    return {ErrorKind::Cancelled, where, Job::cancelledMessage()};
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::expected<DiskConverter::Result, BackendError>
DiskConverter::convertRange(const Range &source, const QString &output, DiskFormat format,
                            const ByteProgress &progress, const std::atomic<bool> *cancel)
{
    const QString where = source.displayName.isEmpty() ? QFileInfo(source.file).fileName() : source.displayName;
    const auto before = identityOf(source.file);
    if (!before)
        return std::unexpected(BackendError{ErrorKind::Io, source.file, tr("not a readable regular file")});
    if (source.offset < 0 || source.size <= 0 || source.offset + source.size > qint64(before->size)
        || (source.wholeFile && (source.offset != 0 || source.size != qint64(before->size))))
        return std::unexpected(BackendError{ErrorKind::Invalid, where, tr("the byte range lies outside the file")});
    const qint64 qemuSize = source.wholeFile ? -1 : source.size;

    auto info = DiskImage::inspect(source.format, source.file, source.offset, qemuSize, source.maxVirtualBytes, where);
    if (!info)
        return std::unexpected(info.error());
    if (isCancelled(cancel))
        return std::unexpected(cancelled(where));

    const QString part = output + u".part"_s;
    QFile::remove(part);
    Result result;
    result.virtualBytes = info->virtualBytes;

    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // qemu-img dies with this thread's process: a deploy killed with SIGKILL leaves no
    // conversion running on (writing into a file the cleaner is about to remove).
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // Its messages in English: a full disk is recognised by its strerror text below.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.start(DiskImage::qemuImg(),
                  {u"convert"_s, u"-p"_s, u"-f"_s, source.format, u"-O"_s, diskFormatName(format),
                   DiskImage::jsonFilename(source.format, source.file, source.offset, qemuSize), part});
    if (!process.waitForStarted(30000))
        return std::unexpected(BackendError{ErrorKind::Process, DiskImage::qemuImg(), process.errorString()});
    process.closeWriteChannel();

    const auto abort = [&](BackendError error) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
        QFile::remove(part);
        return std::unexpected(std::move(error));
    };

    // qemu-img -p prints "    (12.34/100%)\r" as it goes.
    static const QRegularExpression percent(u"\\((\\d+(?:\\.\\d+)?)/100%\\)"_s);
    QByteArray progressText;
    double convertedPercent = 0;
    const auto pollProgress = [&] {
        progressText += process.readAllStandardOutput();
        const qsizetype lastCr = progressText.lastIndexOf('\r');
        if (lastCr < 0)
            return;
        auto matches = percent.globalMatch(QString::fromLatin1(progressText.left(lastCr)));
        while (matches.hasNext())
            convertedPercent = matches.next().captured(1).toDouble();
        progressText.remove(0, lastCr + 1);
        if (progress)
            progress(qint64(convertedPercent / 100.0 * double(source.size)), source.size);
    };

    // Hash the same range while qemu-img converts it (two processes, two cores).
    if (!source.expectedDigest.isEmpty()) {
        QElapsedTimer hashClock;
        hashClock.start();
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(source.offset))
            return abort({ErrorKind::Io, source.file, file.errorString()});
        ovf::package::DigestHasher hasher(source.algorithm);
        QByteArray block(1 << 20, Qt::Uninitialized);
        qint64 remaining = source.size;
        while (remaining > 0) {
            if (isCancelled(cancel))
                return abort(cancelled(where));
            const qint64 got = file.read(block.data(), std::min<qint64>(block.size(), remaining));
            if (got <= 0)
                return abort({ErrorKind::Io, source.file, tr("read failed: %1").arg(file.errorString())});
            hasher.update(block.constData(), got);
            remaining -= got;
            process.waitForReadyRead(0);
            pollProgress();
        }
        const QByteArray digest = hasher.finish();
        result.digestHex = ovf::package::digestToHex(digest);
        result.hashSeconds = double(hashClock.nsecsElapsed()) / 1e9;
        if (digest != source.expectedDigest) {
            return abort({ErrorKind::Digest, where,
                          tr("the bytes read do not match the verified %1 digest (expected %2, read %3); nothing was kept")
                              .arg(ovf::package::digestAlgorithmName(source.algorithm),
                                   ovf::package::digestToHex(source.expectedDigest), result.digestHex)});
        }
    }

    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (isCancelled(cancel))
            return abort(cancelled(where));
        pollProgress();
    }
    pollProgress();
    result.convertSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (stderrText.contains(u"No space left on device"_s)) {
            // Room was checked before: the disk filled up during the conversion (another
            // writer, or a disk that needs more than its capacity says).
            const qint64 written = QFileInfo(part).size();
            const qint64 free = QStorageInfo(QFileInfo(output).absolutePath()).bytesAvailable();
            return abort({ErrorKind::NoSpace, output,
                          tr("the disk filled up during the conversion: %1 bytes were written (from a source of %2 "
                             "bytes), %3 bytes are free; nothing was kept (%4)")
                              .arg(written).arg(source.size).arg(free).arg(stderrText)});
        }
        if (stderrText.contains(u"Read-only file system"_s))
            return abort({ErrorKind::ReadOnly, output, tr("the filesystem is read-only: %1").arg(stderrText)});
        return abort({ErrorKind::Process, where, tr("qemu-img convert failed: %1").arg(stderrText)});
    }
    if (isCancelled(cancel))
        return abort(cancelled(where));
    const auto after = identityOf(source.file);
    if (!after || !(*after == *before))
        return abort({ErrorKind::Changed, source.file, tr("the file changed while it was read; nothing was kept")});
    QFile::remove(output);
    if (!QFile::rename(part, output))
        return abort({ErrorKind::Io, output, tr("cannot rename the converted disk into place")});
    if (progress)
        progress(source.size, source.size);
    return result;
}

std::expected<DiskConverter::Result, BackendError>
DiskConverter::convert(const DiskRequest &request, const QString &output, const QString &scratchDir,
                       const ByteProgress &progress, const std::atomic<bool> *cancel)
{
    const ovf::package::VerifyResult *package = request.package;
    if (!package || !package->descriptor)
        return std::unexpected(BackendError{ErrorKind::Invalid, request.fileId, tr("no verified package")});
    if (package->isInvalid() || package->cancelled)
        return std::unexpected(BackendError{ErrorKind::Invalid, package->packagePath, tr("the package failed verification")});
    const ovf::package::FileCheck *file = nullptr;
    for (const ovf::package::FileCheck &f : package->files) {
        if (f.id == request.fileId)
            file = &f;
    }
    if (!file)
        return std::unexpected(BackendError{ErrorKind::Invalid, request.fileId, tr("no such File in References")});
    using FileStatus = ovf::package::FileCheck::Status;
    if ((file->status != FileStatus::Ok && file->status != FileStatus::Unchecked && file->status != FileStatus::Deferred)
        || file->members.isEmpty())
        return std::unexpected(BackendError{ErrorKind::Invalid, file->href, tr("the file did not pass verification")});

    // The input format comes from the Disk that references the File (DSP0243 §9.1), never
    // from the image's content.
    QString format;
    for (const ovf::VirtualDisk &disk : package->descriptor->envelope().disks()) {
        if (disk.fileRef() == request.fileId)
            format = DiskImage::formatFromUri(disk.format()).value_or(QString());
    }
    if (format.isEmpty())
        return std::unexpected(BackendError{ErrorKind::Image, file->href, tr("no Disk with a known ovf:format references this file")});

    const quint64 capacity = request.capacityBytes;
    if (!file->compressed && file->members.size() == 1) {
        const ovf::package::MemberCheck &member = file->members.first();
        using MemberStatus = ovf::package::MemberCheck::Status;
        QString hex;
        // A deferred member was not hashed by the verification: the in-line check below is
        // the only one its bytes get, against the manifest's digest.
        if (member.status == MemberStatus::Match || member.status == MemberStatus::Deferred)
            hex = member.expectedHex;
        else if (member.status == MemberStatus::Unchecked)
            hex = member.actualHex;
        if (hex.isEmpty())
            return std::unexpected(BackendError{ErrorKind::Digest, member.name, tr("the member has no verified digest")});
        auto location = ovf::package::locateMember(package->packagePath, member.name);
        if (!location)
            return std::unexpected(BackendError{ErrorKind::Io, member.name, location.error().toString()});
        // qemu's raw-offset layer wants sizes in whole sectors, unless the range is a whole
        // file; other members are staged (their tar padding is not verified data).
        const bool wholeFile = *location && (*location)->offset == 0
            && QFileInfo((*location)->file).size() == (*location)->size;
        if (*location && ((*location)->size % 512 == 0 || wholeFile)) {
            if ((*location)->size != member.size)
                return std::unexpected(BackendError{ErrorKind::Changed, member.name, tr("its size changed since verification")});
            Range range;
            range.file = (*location)->file;
            range.offset = (*location)->offset;
            range.size = (*location)->size;
            range.format = format;
            range.algorithm = member.algorithm;
            range.expectedDigest = QByteArray::fromHex(hex.toLatin1());
            range.maxVirtualBytes = capacity;
            range.displayName = member.name;
            range.wholeFile = wholeFile;
            return convertRange(range, output, request.format, progress, cancel);
        }
    }

    if (file->status == FileStatus::Deferred) // the verifier defers only what is read in place
        return std::unexpected(BackendError{ErrorKind::Digest, file->href, tr("its digest was deferred, but it is not stored in place")});
    // Compressed, chunked, or not stored in place: stage the verified bytes privately first.
    auto staging = ovf::package::StagingArea::create(scratchDir);
    if (!staging)
        return std::unexpected(BackendError{ErrorKind::Io, scratchDir, staging.error().toString()});
    ovf::package::StageOptions options;
    options.inflate = true;
    if (capacity > 0) // the image may exceed its capacity by its own metadata
        options.maxInflatedBytes = ovf::package::GzipInflater::diskImageBound(qint64(capacity));
    auto staged = (*staging)->stage(*package, request.fileId, options, progress, cancel);
    if (!staged) {
        const ErrorKind kind = staged.error().rule == ovf::package::PackageError::Rule::Cancelled ? ErrorKind::Cancelled
                          : staged.error().rule == ovf::package::PackageError::Rule::CorruptData ? ErrorKind::Digest
                                                                                                   : ErrorKind::Io;
        return std::unexpected(BackendError{kind, file->href, staged.error().toString()});
    }
    Range range;
    range.file = staged->path;
    range.offset = 0;
    range.size = staged->bytes;
    range.format = format;
    range.maxVirtualBytes = capacity;
    range.displayName = file->href;
    range.wholeFile = true;
    // The staged copy was hashed and compared while it was written, in a private folder.
    return convertRange(range, output, request.format, progress, cancel);
}

} // namespace ovf::deploy
