#include "model/package/staging.h"

#include "model/ovf/job.h"
#include "model/package/archivereader.h"
#include "model/package/digesthasher.h"
#include "model/package/gzipinflater.h"
#include "model/package/inflationlimit.h"

#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

namespace {

constexpr qint64 kCopyChunk = qint64(1) << 20;

// The stored bytes of one File: its member, or its chunks in order, pulled from a reader
// positioned anywhere before them. Each member is hashed as it passes and compared with the
// digest the verifier computed when it ends.
class StoredStream
{
    Q_DECLARE_TR_FUNCTIONS(StagingArea)

public:
    StoredStream(ArchiveReader &reader, const QList<MemberCheck> &members)
        : m_reader(reader)
        , m_members(members)
    {
    }

    std::expected<qint64, PackageError> read(char *buffer, qint64 max)
    {
        for (;;) {
            if (!m_hasher) {
                if (m_index == m_members.size())
                    return 0;
                if (auto found = seek(); !found)
                    return std::unexpected(found.error());
                m_hasher.emplace(m_members.at(m_index).algorithm);
            }
            auto got = m_reader.read(buffer, max);
            if (!got)
                return got;
            if (*got > 0) {
                m_hasher->update(buffer, *got);
                m_bytes += *got;
                return got;
            }
            const MemberCheck &member = m_members.at(m_index);
            if (m_hasher->hexDigest() != member.actualHex) {
                return std::unexpected(PackageError{Rule::CorruptData, PackageError::displayName(member.name),
                                                    tr("does not match the digest it had when the package was "
                                                       "verified: the package changed")});
            }
            m_hasher.reset();
            ++m_index;
        }
    }

    qint64 bytes() const { return m_bytes; }

private:
    std::expected<void, PackageError> seek()
    {
        const QString &wanted = m_members.at(m_index).name;
        for (;;) {
            auto header = m_reader.next();
            if (!header)
                return std::unexpected(header.error());
            if (!*header) {
                return std::unexpected(PackageError{Rule::MissingChunk, PackageError::displayName(wanted),
                                                    tr("is no longer in the package")});
            }
            if ((*header)->name == wanted)
                return {};
        }
    }

    ArchiveReader &m_reader;
    const QList<MemberCheck> &m_members;
    qsizetype m_index = 0;
    std::optional<DigestHasher> m_hasher;
    qint64 m_bytes = 0;
};

} // namespace

std::expected<std::unique_ptr<StagingArea>, PackageError> StagingArea::create(const QString &parent)
{
    const QFileInfo info(parent);
    if (!info.isDir() || !info.isWritable()) {
        return std::unexpected(PackageError{Rule::Io, PackageError::displayName(parent),
                                            tr("the staging parent folder does not exist or is not writable")});
    }
    std::unique_ptr<StagingArea> area(new StagingArea);
    area->m_dir = std::make_unique<QTemporaryDir>(QDir(parent).filePath(u"ovfw-staging-XXXXXX"_s));
    if (!area->m_dir->isValid()) {
        return std::unexpected(PackageError{Rule::Io, PackageError::displayName(parent),
                                            tr("cannot create a staging folder: %1").arg(area->m_dir->errorString())});
    }
    // QTemporaryDir creates with mkdtemp (0700); check rather than trust, and refuse a link.
    struct stat st{};
    const QByteArray native = QFile::encodeName(area->m_dir->path());
    if (::chmod(native.constData(), 0700) != 0 || ::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)
        || st.st_uid != ::geteuid() || (st.st_mode & 077) != 0) {
        return std::unexpected(PackageError{Rule::Io, PackageError::displayName(area->m_dir->path()),
                                            tr("the staging folder is not a private (0700) folder of this user")});
    }
    return area;
}

StagingArea::~StagingArea() = default; // QTemporaryDir removes the folder recursively

std::expected<StagedFile, PackageError> StagingArea::stage(const VerifyResult &verified, const QString &fileId,
                                                           const StageOptions &options, const ByteProgress &progress,
                                                           const std::atomic<bool> *cancel)
{
    const QString shownId = PackageError::displayName(fileId);
    if (verified.isInvalid() || verified.cancelled) {
        return std::unexpected(PackageError{Rule::CorruptData, PackageError::displayName(verified.packagePath),
                                            tr("the package did not pass verification; nothing is staged")});
    }
    const FileCheck *file = nullptr;
    for (const FileCheck &f : verified.files) {
        if (f.id == fileId)
            file = &f;
    }
    if (!file || (file->status != FileCheck::Status::Ok && file->status != FileCheck::Status::Unchecked)
        || file->members.isEmpty()) {
        return std::unexpected(PackageError{Rule::HrefInvalid, shownId, tr("no verified File with this ovf:id")});
    }
    for (const MemberCheck &m : file->members) {
        if (m.actualHex.isEmpty())
            return std::unexpected(PackageError{Rule::CorruptData, PackageError::displayName(m.name),
                                                tr("was not hashed when the package was verified")});
    }

    auto opened = ArchiveReader::open(verified.packagePath, options.limits);
    if (!opened)
        return std::unexpected(opened.error());
    ArchiveReader &reader = **opened;
    reader.setCancelFlag(cancel);

    const QString finalPath = QDir(m_dir->path()).filePath(u"file-%1"_s.arg(++m_counter, 3, 10, QChar(u'0')));
    const QString partPath = finalPath + u".part"_s;
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return std::unexpected(PackageError{Rule::Io, PackageError::displayName(partPath),
                                            tr("cannot create the staged file: %1").arg(out.errorString())});
    }
    auto failed = [&out](PackageError error) {
        out.close();
        out.remove();
        return std::unexpected(std::move(error));
    };

    StoredStream stored(reader, file->members);
    const bool inflate = options.inflate && file->compressed;
    std::unique_ptr<GzipInflater> inflater;
    // ovf:size is the compressed size (DSP0243 §7.1): the cap is the Disk's capacity (plus
    // the metadata allowance), never more than the caller's limit.
    InflationLimit limit = InflationLimit::callerLimit(options.maxInflatedBytes);
    if (verified.descriptor && verified.descriptor->kind() == Descriptor::Kind::Envelope) {
        const InflationLimit fromDisk = InflationLimit::forFile(verified.descriptor->envelope(), fileId,
                                                                options.maxInflatedBytes);
        if (fromDisk.fromDisk && fromDisk.bytes <= options.maxInflatedBytes)
            limit = fromDisk;
        else if (fromDisk.fromDisk)
            limit.reason = tr("the caller's limit of %1 bytes").arg(options.maxInflatedBytes);
    }
    if (inflate) {
        inflater = std::make_unique<GzipInflater>(
            [&stored](char *buffer, qint64 max) { return stored.read(buffer, max); },
            PackageError::displayName(file->memberName), limit.bytes);
        inflater->setCapReason(limit.reason);
        inflater->setCancelFlag(cancel);
    }
    // The staging folder's filesystem: refuse before it is full, naming the file and sizes.
    qint64 available = -1;
    if (const QStorageInfo storage(m_dir->path()); storage.isValid() && storage.isReady())
        available = storage.bytesAvailable();
    QByteArray block(kCopyChunk, Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return failed(PackageError{Rule::Cancelled, shownId, Job::cancelledMessage()});
        auto got = inflater ? inflater->read(block.data(), kCopyChunk) : stored.read(block.data(), kCopyChunk);
        if (!got)
            return failed(got.error());
        if (*got == 0)
            break;
        if (available >= 0 && written + *got + options.keepFreeBytes > available) {
            const QString cap = inflate ? tr("; it may inflate up to %1 bytes, %2").arg(limit.bytes).arg(limit.reason)
                                        : tr("; it is stored as %1 bytes").arg(file->actualSize);
            return failed(PackageError{Rule::NoSpace, PackageError::displayName(file->memberName),
                                       tr("needs at least %1 bytes in the staging folder so far (%2 kept free), "
                                          "only %3 are free%4")
                                           .arg(written + *got).arg(options.keepFreeBytes).arg(available).arg(cap)});
        }
        if (out.write(block.constData(), *got) != *got) {
            return failed(PackageError{Rule::Io, PackageError::displayName(partPath),
                                       tr("cannot write the staged file: %1").arg(out.errorString())});
        }
        written += *got;
        if (progress)
            progress(reader.position(), reader.totalBytes());
    }
    if (!out.flush())
        return failed(PackageError{Rule::Io, PackageError::displayName(partPath), out.errorString()});
    out.close();
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        return std::unexpected(PackageError{Rule::Io, PackageError::displayName(finalPath),
                                            tr("cannot rename the staged file")});
    }
    return StagedFile{finalPath, fileId, stored.bytes(), written, inflate};
}

} // namespace ovf::package
