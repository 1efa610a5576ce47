#include "model/package/packinput.h"

#include <cstring>

#include "model/ovf/descriptor.h"
#include "model/ovf/job.h"
#include "model/package/chunkreassembler.h"
#include "model/package/hrefpolicy.h"
#include "model/package/manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <functional>
#include <utility>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

bool isCancelled(const std::atomic<bool> *flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

// A file given as bytes (replaceDescriptor with member bytes).
class BufferStream final : public PackInputStream
{
public:
    explicit BufferStream(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_bytes.size()) - m_offset);
        std::memcpy(buffer, m_bytes.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

// A file on disk; refuses to follow a symbolic link swapped in after the listing.
class DiskStream final : public PackInputStream
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::PackInput)

public:
    DiskStream(const QString &member, const QString &path, qint64 size, const std::atomic<bool> *cancel)
        : m_member(member), m_file(path), m_remaining(size), m_cancel(cancel)
    {
    }
    std::expected<void, QString> open()
    {
        if (QFileInfo(m_file.fileName()).isSymLink())
            return std::unexpected(tr("%1: is a symbolic link").arg(m_member));
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return std::unexpected(tr("%1: %2").arg(m_member, m_file.errorString()));
#if defined(Q_OS_LINUX)
        ::posix_fadvise(m_file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL); // read-ahead hint only
#endif
        return {};
    }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        if (isCancelled(m_cancel))
            return std::unexpected(Job::cancelledMessage());
        const qint64 n = m_file.read(buffer, qMin(max, m_remaining > 0 ? m_remaining : 1));
        if (n < 0)
            return std::unexpected(tr("%1: %2").arg(m_member, m_file.errorString()));
        if (n > m_remaining)
            return std::unexpected(tr("%1: the file grew while it was read").arg(m_member));
        if (n == 0 && m_remaining > 0)
            return std::unexpected(tr("%1: the file shrank while it was read").arg(m_member));
        m_remaining -= n;
        return n;
    }

private:
    QString m_member;
    QFile m_file;
    qint64 m_remaining;
    const std::atomic<bool> *m_cancel;
};

// The current member of the source archive (ArchiveReader checks sizes and cancellation).
class ArchiveStream final : public PackInputStream
{
public:
    explicit ArchiveStream(ArchiveReader *reader) : m_reader(reader) { }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        auto n = m_reader->read(buffer, max);
        if (!n)
            return std::unexpected(n.error().toString());
        return *n;
    }

private:
    ArchiveReader *m_reader;
};

// The parts of a chunked file, one after the other; each part is opened when the one before
// has ended.
class PartsStream final : public PackInputStream
{
public:
    using Opener = std::function<std::expected<std::unique_ptr<PackInputStream>, QString>(qsizetype part)>;
    PartsStream(qsizetype parts, Opener open) : m_parts(parts), m_open(std::move(open)) { }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        for (;;) {
            if (!m_current) {
                if (m_next >= m_parts)
                    return 0;
                auto opened = m_open(m_next++);
                if (!opened)
                    return std::unexpected(opened.error());
                m_current = std::move(*opened);
            }
            auto n = m_current->read(buffer, max);
            if (!n || *n > 0)
                return n;
            m_current.reset();
        }
    }

private:
    qsizetype m_parts;
    Opener m_open;
    qsizetype m_next = 0;
    std::unique_ptr<PackInputStream> m_current;
};

} // namespace

PackInput::PackInput() = default;
PackInput::PackInput(PackInput &&other) noexcept = default;
PackInput &PackInput::operator=(PackInput &&other) noexcept = default;
PackInput::~PackInput() = default;

QString PackInput::manifestName() const
{
    return QFileInfo(m_descriptorName).completeBaseName() + u".mf"_s;
}

QString PackInput::certificateName() const
{
    return QFileInfo(m_descriptorName).completeBaseName() + u".cert"_s;
}

void PackInput::setCancelFlag(const std::atomic<bool> *flag)
{
    m_cancel = flag;
    if (m_reader)
        m_reader->setCancelFlag(flag);
}

std::expected<PackInput, QString> PackInput::open(const QString &source)
{
    PackInput input;
    input.m_path = source;
    const QFileInfo info(source);
    if (!info.exists())
        return std::unexpected(tr("%1: no such file or folder").arg(source));
    std::expected<void, QString> r;
    if (info.isDir()) {
        const QStringList descriptors = QDir(source).entryList({u"*.ovf"_s}, QDir::Files | QDir::Hidden);
        if (descriptors.size() != 1)
            return std::unexpected(descriptors.isEmpty()
                                       ? tr("%1: the folder holds no .ovf descriptor").arg(source)
                                       : tr("%1: the folder holds more than one .ovf descriptor").arg(source));
        r = input.openFolder(QDir(source).filePath(descriptors.constFirst()));
    } else if (info.suffix().compare(u"ovf"_s, Qt::CaseInsensitive) == 0) {
        r = input.openFolder(source);
    } else {
        r = input.openArchive();
    }
    if (!r)
        return std::unexpected(r.error());
    return input;
}

std::expected<void, QString> PackInput::openFolder(const QString &descriptorPath)
{
    const QFileInfo info(descriptorPath);
    m_folder = info.absolutePath();
    m_descriptorName = info.fileName();
    QFile file(descriptorPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("%1: %2").arg(descriptorPath, file.errorString()));
    if (file.size() > MemberPolicy::Limits().maxDescriptorBytes)
        return std::unexpected(tr("%1: the descriptor is larger than the limit").arg(descriptorPath));
    m_descriptorBytes = file.readAll();
    for (auto [name, target] : {std::pair{manifestName(), &m_manifest}, std::pair{certificateName(), &m_certificate}}) {
        QFile extra(QDir(m_folder).filePath(name));
        if (extra.exists() && extra.size() <= Manifest::MaxSize && extra.open(QIODevice::ReadOnly))
            *target = extra.readAll();
    }
    return loadDescriptor({});
}

std::expected<void, QString> PackInput::openArchive()
{
    auto reader = ArchiveReader::open(m_path);
    if (!reader)
        return std::unexpected(reader.error().toString());
    m_reader = std::move(*reader);
    m_reader->setCancelFlag(m_cancel);
    m_format = m_reader->format();
    // One pass over the headers: sizes of every member, the descriptor (the first .ovf, DSP0243
    // §5.3) and any manifest or certificate, kept until the descriptor says which are its own.
    QList<std::pair<QString, qint64>> members;
    QHash<QString, QByteArray> extras;
    for (;;) {
        auto header = m_reader->next();
        if (!header)
            return std::unexpected(header.error().toString());
        if (!*header)
            break;
        const QString name = (*header)->name;
        members.append({name, (*header)->size});
        const bool isDescriptor = name.endsWith(u".ovf"_s, Qt::CaseInsensitive) && m_descriptorName.isEmpty();
        const bool isExtra = name.endsWith(u".mf"_s) || name.endsWith(u".cert"_s);
        if (!isDescriptor && !isExtra)
            continue;
        auto bytes = m_reader->readAll(isDescriptor ? m_reader->limits().maxDescriptorBytes : Manifest::MaxSize);
        if (!bytes)
            return std::unexpected(bytes.error().toString());
        if (isDescriptor) {
            m_descriptorName = name;
            m_descriptorBytes = *bytes;
        } else {
            extras.insert(name, *bytes);
        }
    }
    if (m_descriptorName.isEmpty())
        return std::unexpected(tr("%1: the package holds no .ovf descriptor").arg(m_path));
    if (m_descriptorName.contains(u'/'))
        return std::unexpected(tr("%1: the descriptor is not at the top of the package").arg(m_descriptorName));
    if (extras.contains(manifestName()))
        m_manifest = extras.value(manifestName());
    if (extras.contains(certificateName()))
        m_certificate = extras.value(certificateName());
    m_archiveMembers = members;
    m_pendingAllowed = false;
    auto loaded = loadDescriptor(members);
    m_pendingAllowed = true; // replaceDescriptor() carries the editor's own document
    return loaded;
}

std::expected<void, QString> PackInput::loadDescriptor(const QList<std::pair<QString, qint64>> &archiveMembers)
{
    auto descriptor = Descriptor::fromBytes(m_descriptorBytes, m_descriptorName);
    if (!descriptor)
        return std::unexpected(descriptor.error().toString());
    if ((*descriptor)->kind() != Descriptor::Kind::Envelope)
        return std::unexpected(tr("%1: not an OVF descriptor (an OVF environment document?)").arg(m_descriptorName));
    m_descriptor = std::move(*descriptor);

    QHash<QString, qint64> archiveSizes;
    for (const auto &[name, size] : archiveMembers)
        archiveSizes.insert(name, size);
    QSet<QString> seen;
    for (const FileReference &ref : m_descriptor->envelope().files()) {
        PackInputFile file;
        file.id = ref.id();
        file.href = ref.href();
        file.element = ref.element();
        auto member = resolveHref(file.href);
        if (!member)
            return std::unexpected(tr("File %1: %2").arg(file.id, member.error().toString()));
        file.member = *member;
        if (auto pending = ref.pendingSource()) {
            if (!m_pendingAllowed)
                return std::unexpected(tr("File %1: names a disk image on this machine (ovfw:source); a package "
                                          "from an archive may not").arg(file.id));
            if (pending->path.isEmpty() || pending->format.isEmpty())
                return std::unexpected(tr("File %1: ovfw:source needs a path and ovfw:sourceFormat a format").arg(file.id));
            if ((!ref.compression().isEmpty() && ref.compression() != u"identity") || ref.hasChunkSize())
                return std::unexpected(tr("File %1: a disk image to convert cannot be compressed or chunked in the "
                                          "descriptor").arg(file.id));
            if (QFileInfo(pending->path).isRelative()) {
                if (m_folder.isEmpty())
                    return std::unexpected(tr("File %1: ovfw:source must be an absolute path").arg(file.id));
                pending->path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(pending->path));
            }
            if (seen.contains(file.member))
                return std::unexpected(tr("%1: referenced by more than one File").arg(file.member));
            seen.insert(file.member);
            file.pending = pending;
            m_files << file;
            continue;
        }
        const QString compression = ref.compression();
        if (compression == u"gzip")
            file.gzip = true;
        else if (!compression.isEmpty() && compression != u"identity")
            return std::unexpected(tr("%1: ovf:compression=\"%2\" is not gzip or identity (DSP0243 §7.1)")
                                       .arg(file.member, compression));
        if (ref.hasChunkSize()) {
            bool ok = false;
            file.chunkSize = ref.chunkSize().toLongLong(&ok);
            if (!ok || file.chunkSize <= 0)
                return std::unexpected(tr("%1: ovf:chunkSize must be a positive number of bytes").arg(file.member));
        }
        if (seen.contains(file.member))
            return std::unexpected(tr("%1: referenced by more than one File").arg(file.member));
        seen.insert(file.member);
        if (auto r = findParts(file, archiveMembers, archiveSizes); !r)
            return r;
        m_files << file;
    }
    return {};
}

std::expected<void, QString> PackInput::findParts(PackInputFile &file,
                                                  const QList<std::pair<QString, qint64>> &archiveMembers,
                                                  const QHash<QString, qint64> &archiveSizes) const
{
    // A disk part: a regular file, no symbolic link; nullopt when absent.
    auto diskPart = [this](const QString &member) -> std::expected<std::optional<PackInputPart>, QString> {
        const QString path = QDir(m_folder).filePath(member);
        const QFileInfo info(path);
        if (info.isSymLink())
            return std::unexpected(tr("%1: is a symbolic link").arg(member));
        if (!info.exists())
            return std::optional<PackInputPart>();
        if (!info.isFile())
            return std::unexpected(tr("%1: not a regular file").arg(member));
        return PackInputPart{member, info.size(), path};
    };
    if (const auto given = m_memberBytes.constFind(file.member); given != m_memberBytes.cend()) {
        if (file.chunkSize != 0 || file.gzip)
            return std::unexpected(tr("%1: File %2 is chunked or compressed; its new bytes cannot be stored so")
                                       .arg(file.member, file.id));
        file.parts = {PackInputPart{file.member, qint64(given->size()), {}, true}};
        file.size = given->size();
        return {};
    }
    if (file.chunkSize == 0) {
        if (m_reader) {
            if (!archiveSizes.contains(file.member))
                return std::unexpected(tr("%1: referenced by File %2 but not in the package").arg(file.member, file.id));
            file.parts = {PackInputPart{file.member, archiveSizes.value(file.member), {}}};
        } else {
            auto part = diskPart(file.member);
            if (!part)
                return std::unexpected(part.error());
            if (!*part)
                return std::unexpected(tr("%1: referenced by File %2 but missing").arg(file.member, file.id));
            file.parts = {**part};
            file.path = (*part)->path;
        }
        file.size = file.parts.constFirst().size;
        return {};
    }

    // Chunked (DSP0243 §5.3): every chunk present, in order, with its size; no whole file.
    std::optional<qint64> declared;
    if (const FileReference ref(file.element); ref.hasSize()) {
        bool ok = false;
        declared = ref.size().toLongLong(&ok);
        if (!ok)
            return std::unexpected(tr("%1: ovf:size is not a number").arg(file.member));
    }
    const ChunkReassembler chunks(file.member, declared, file.chunkSize);
    if (auto bad = chunks.checkDeclaration())
        return std::unexpected(bad->toString());
    QList<std::pair<QString, qint64>> listing;
    if (m_reader) {
        for (const auto &member : archiveMembers) {
            if (member.first == file.member || ChunkReassembler::chunkIndex(member.first, file.member))
                listing << member;
        }
    } else {
        auto whole = diskPart(file.member);
        if (!whole)
            return std::unexpected(whole.error());
        if (*whole)
            listing.append({file.member, (*whole)->size});
        for (qint64 k = 0; k <= ChunkReassembler::kMaxChunks; ++k) {
            auto part = diskPart(ChunkReassembler::chunkName(file.member, k));
            if (!part)
                return std::unexpected(part.error());
            if (!*part)
                break;
            listing.append({(*part)->member, (*part)->size});
        }
    }
    if (auto bad = chunks.checkMembers(listing))
        return std::unexpected(bad->toString());
    file.size = 0;
    for (const auto &[name, size] : listing) {
        file.parts << PackInputPart{name, size, m_reader ? QString() : QDir(m_folder).filePath(name)};
        file.size += size;
    }
    return {};
}

std::expected<void, QString> PackInput::replaceDescriptor(const QByteArray &bytes,
                                                          const QHash<QString, QByteArray> &memberBytes)
{
    QHash<QString, QByteArray> previousMembers = std::exchange(m_memberBytes, memberBytes);
    auto r = replaceDescriptor(bytes);
    if (!r)
        m_memberBytes = std::move(previousMembers);
    return r;
}

std::expected<void, QString> PackInput::replaceDescriptor(const QByteArray &bytes)
{
    QByteArray previousBytes = std::exchange(m_descriptorBytes, bytes);
    std::unique_ptr<Descriptor> previous = std::move(m_descriptor);
    QList<PackInputFile> previousFiles = std::exchange(m_files, {});
    auto r = loadDescriptor(m_archiveMembers);
    if (!r) {
        m_descriptorBytes = std::move(previousBytes);
        m_descriptor = std::move(previous);
        m_files = std::move(previousFiles);
    }
    return r;
}

std::expected<bool, QString> PackInput::seekArchive(const QString &member)
{
    for (;;) {
        auto header = m_reader->next();
        if (!header)
            return std::unexpected(header.error().toString());
        if (!*header)
            return false;
        if ((*header)->name == member)
            return true;
    }
}

std::expected<std::unique_ptr<PackInputStream>, QString> PackInput::openPart(const PackInputPart &part)
{
    if (part.inMemory)
        return std::make_unique<BufferStream>(m_memberBytes.value(part.member));
    if (!m_reader) {
        auto stream = std::make_unique<DiskStream>(part.member, part.path, part.size, m_cancel);
        if (auto r = stream->open(); !r)
            return std::unexpected(r.error());
        return stream;
    }
    // Forward from where the reader is; from the start again when the member lies behind.
    auto found = seekArchive(part.member);
    if (found && !*found) {
        auto reader = ArchiveReader::open(m_path);
        if (!reader)
            return std::unexpected(reader.error().toString());
        m_reader = std::move(*reader);
        m_reader->setCancelFlag(m_cancel);
        found = seekArchive(part.member);
    }
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(tr("%1: no longer in the package").arg(part.member));
    if (m_reader->current()->size != part.size)
        return std::unexpected(tr("%1: changed size since the package was opened").arg(part.member));
    return std::make_unique<ArchiveStream>(m_reader.get());
}

std::expected<std::unique_ptr<PackInputStream>, QString> PackInput::openFile(qsizetype index)
{
    const PackInputFile &file = m_files.at(index);
    if (file.pending)
        return std::unexpected(tr("%1: a disk image still to be converted (%2)").arg(file.member, file.pending->path));
    if (file.parts.size() == 1)
        return openPart(file.parts.constFirst());
    const QList<PackInputPart> parts = file.parts;
    return std::make_unique<PartsStream>(parts.size(), [this, parts](qsizetype k) { return openPart(parts.at(k)); });
}

} // namespace ovf::package
