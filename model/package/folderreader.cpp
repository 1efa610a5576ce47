#include "model/package/folderreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

namespace {

// What the entry itself is, without following a symbolic link.
MemberHeader::Type entryType(const QString &path, qint64 *size)
{
    using T = MemberHeader::Type;
    *size = 0;
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return T::Other;
    if (S_ISLNK(st.st_mode))
        return T::Symlink;
    if (S_ISDIR(st.st_mode))
        return T::Directory;
    if (S_ISCHR(st.st_mode))
        return T::CharDevice;
    if (S_ISBLK(st.st_mode))
        return T::BlockDevice;
    if (S_ISFIFO(st.st_mode))
        return T::Fifo;
    if (S_ISREG(st.st_mode)) {
        *size = qint64(st.st_size);
        return T::Regular;
    }
    return T::Other;
#else
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction())
        return T::Symlink;
    if (info.isDir())
        return T::Directory;
    if (info.isFile()) {
        *size = info.size();
        return T::Regular;
    }
    return T::Other;
#endif
}

bool isTopLevelWithSuffix(const QString &name, QStringView suffix)
{
    return !name.contains(u'/') && name.endsWith(suffix, Qt::CaseInsensitive);
}

} // namespace

FolderReader::FolderReader(const QString &folder, const MemberPolicy::Limits &limits)
    : ArchiveReader(folder, Format::Folder, limits)
    , m_root(QDir(folder).absolutePath())
{
}

std::expected<std::unique_ptr<ArchiveReader>, PackageError>
FolderReader::open(const QString &folder, const QString &descriptor, const MemberPolicy::Limits &limits)
{
    std::unique_ptr<FolderReader> reader(new FolderReader(folder, limits));
    if (auto listed = reader->list(descriptor); !listed)
        return std::unexpected(listed.error());
    return std::unique_ptr<ArchiveReader>(std::move(reader));
}

std::expected<void, PackageError> FolderReader::list(const QString &descriptor)
{
    const QDir root(m_root);
    // Subdirectories are walked without following symbolic links (no FollowSymlinks); the
    // links themselves are listed (QDir::System also lists broken ones, devices and FIFOs).
    QDirIterator it(m_root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (isCancelled())
            return std::unexpected(cancelledError());
        const QString path = it.next();
        MemberHeader header;
        header.type = entryType(path, &header.size);
        if (header.type == MemberHeader::Type::Directory)
            continue;
        header.name = root.relativeFilePath(path);
        if (header.type == MemberHeader::Type::Symlink)
            header.linkTarget = QFileInfo(path).symLinkTarget();
        m_members << header;
        if (m_members.size() > limits().maxMembers) {
            return std::unexpected(PackageError{Rule::TooManyMembers, packageName(),
                                                tr("the folder holds more than %1 files").arg(limits().maxMembers)});
        }
    }

    auto rank = [&descriptor](const MemberHeader &m) {
        if (descriptor.isEmpty() ? isTopLevelWithSuffix(m.name, u".ovf") : m.name == descriptor)
            return 0;
        if (isTopLevelWithSuffix(m.name, u".mf"))
            return 1;
        if (isTopLevelWithSuffix(m.name, u".cert"))
            return 2;
        return 3;
    };
    std::stable_sort(m_members.begin(), m_members.end(), [&rank](const MemberHeader &a, const MemberHeader &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a.name < b.name;
    });
    if (m_members.isEmpty() || rank(m_members.first()) != 0) {
        return std::unexpected(PackageError{Rule::NotAnArchive, packageName(),
                                            descriptor.isEmpty() ? tr("the folder holds no OVF descriptor (*.ovf)")
                                                                 : tr("the descriptor '%1' is not a file in the folder")
                                                                       .arg(PackageError::displayName(descriptor))});
    }
    if (descriptor.isEmpty() && m_members.size() > 1 && rank(m_members[1]) == 0)
        addWarning(tr("the folder holds several descriptors (*.ovf); '%1' is read first")
                       .arg(PackageError::displayName(m_members.first().name)));
    for (const MemberHeader &m : std::as_const(m_members))
        m_total += m.size;
    return {};
}

qint64 FolderReader::position() const
{
    return m_done + m_offset;
}

std::expected<std::optional<MemberHeader>, PackageError> FolderReader::readHeader()
{
    m_file.reset();
    if (m_next > 0)
        m_done += m_members[m_next - 1].size;
    m_offset = 0;
    if (m_next >= m_members.size())
        return std::nullopt;
    return std::optional<MemberHeader>(m_members[m_next++]);
}

std::expected<qint64, PackageError> FolderReader::readData(char *buffer, qint64 max)
{
    const QString name = currentName();
    const QString shown = PackageError::displayName(name);
    if (!m_file) {
        const QString path = m_root + u'/' + name;
        m_file = std::make_unique<QFile>();
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            if (errno == ELOOP) {
                return std::unexpected(PackageError{Rule::Symlink, shown,
                                                    tr("became a symbolic link while the package was read")});
            }
            return std::unexpected(PackageError{Rule::Io, shown, tr("cannot open the file: %1").arg(qt_error_string(errno))});
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            return std::unexpected(PackageError{Rule::UnsupportedEntry, shown, tr("is no longer a regular file")});
        }
        if (!m_file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return std::unexpected(PackageError{Rule::Io, shown, tr("cannot open the file: %1").arg(m_file->errorString())});
        }
#else
        m_file->setFileName(path);
        if (!m_file->open(QIODevice::ReadOnly))
            return std::unexpected(PackageError{Rule::Io, shown, tr("cannot open the file: %1").arg(m_file->errorString())});
#endif
    }
    const qint64 got = m_file->read(buffer, max);
    if (got < 0)
        return std::unexpected(PackageError{Rule::Io, shown, tr("cannot read the file: %1").arg(m_file->errorString())});
    m_offset = std::min(m_file->pos(), m_members[m_next - 1].size);
    return got;
}

std::expected<void, PackageError> FolderReader::skipData()
{
    m_file.reset();
    if (m_next > 0)
        m_offset = m_members[m_next - 1].size;
    return {};
}

} // namespace ovf::package
