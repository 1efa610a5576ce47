#include "model/package/archivereader.h"

#include "model/ovf/job.h"
#include "model/package/folderreader.h"
#include "model/package/gzipinflater.h"
#include "model/package/tarreader.h"
#include "model/package/zerobytes.h"
#include "model/package/zipreader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

namespace {

constexpr qint64 kTarBlock = 512;

// A ustar / GNU / v7 header block: the checksum field (octal) equals the sum of the block's
// bytes with the field itself counted as spaces (POSIX ustar; unsigned, or signed as some
// old tars computed it). An all-zero block is an empty archive's end marker.
bool isTarHeader(const QByteArray &block)
{
    if (block.size() < kTarBlock)
        return false;
    if (allZero(block.constData(), kTarBlock))
        return true;
    qint64 stored = 0;
    bool digits = false;
    for (int i = 148; i < 156; ++i) {
        const char c = block[i];
        if (c >= '0' && c <= '7') {
            stored = stored * 8 + (c - '0');
            digits = true;
        } else if (c != ' ' && c != '\0') {
            return false;
        } else if (digits) {
            break;
        }
    }
    if (!digits)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kTarBlock; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : block[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    return stored == unsignedSum || stored == signedSum;
}

bool looksLikeXml(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    return i < head.size() && head[i] == '<';
}

} // namespace

ArchiveReader::ArchiveReader(const QString &path, Format format, const MemberPolicy::Limits &limits)
    : m_path(path)
    , m_format(format)
    , m_policy(limits)
{
}

ArchiveReader::~ArchiveReader() = default;

QString ArchiveReader::formatName(Format format)
{
    switch (format) {
    case Format::Tar: return tr("OVA (tar)");
    case Format::GzipTar: return tr("gzip-compressed OVA");
    case Format::Zip: return tr("ZIP");
    case Format::Folder: return tr("OVF folder");
    }
    return {};
}

QString ArchiveReader::packageName() const
{
    return PackageError::displayName(QFileInfo(m_path).fileName());
}

QString ArchiveReader::currentName() const
{
    return m_current ? m_current->name : QString();
}

PackageError ArchiveReader::cancelledError() const
{
    return {Rule::Cancelled, packageName(), Job::cancelledMessage()};
}

std::unexpected<PackageError> ArchiveReader::fail(PackageError error)
{
    m_current.reset();
    m_error = std::move(error);
    return std::unexpected(*m_error);
}

std::expected<std::optional<MemberHeader>, PackageError> ArchiveReader::next()
{
    if (m_error)
        return std::unexpected(*m_error);
    if (m_current && !m_dataDone) {
        if (auto skipped = skipData(); !skipped)
            return fail(skipped.error());
    }
    m_current.reset();
    for (;;) {
        if (isCancelled())
            return fail(cancelledError());
        auto raw = readHeader();
        if (!raw)
            return fail(raw.error());
        if (!*raw)
            return std::nullopt;
        MemberHeader header = std::move(**raw);
        if (auto refused = m_policy.check(header))
            return fail(*refused);
        if (header.type == MemberHeader::Type::Directory) {
            // Checked like a file above, then dropped: packages hold files (DSP0243 §5.3).
            addWarning(tr("'%1': directory entry ignored").arg(PackageError::displayName(header.name)));
            if (auto skipped = skipData(); !skipped)
                return fail(skipped.error());
            continue;
        }
        m_current = header;
        m_readSoFar = 0;
        m_dataDone = false;
        m_names << header.name;
        return m_current;
    }
}

std::expected<qint64, PackageError> ArchiveReader::read(char *buffer, qint64 max)
{
    if (m_error)
        return std::unexpected(*m_error);
    if (!m_current || m_dataDone || max <= 0)
        return 0;
    if (isCancelled())
        return fail(cancelledError());
    auto got = readData(buffer, max);
    if (!got)
        return fail(got.error());
    const QString shown = PackageError::displayName(m_current->name);
    if (*got == 0) {
        if (m_readSoFar != m_current->size) {
            return fail({Rule::SizeMismatch, shown,
                         tr("holds %1 bytes, its header declares %2").arg(m_readSoFar).arg(m_current->size)});
        }
        m_dataDone = true;
        return 0;
    }
    m_readSoFar += *got;
    if (m_readSoFar > m_current->size) {
        return fail({Rule::SizeMismatch, shown,
                     tr("holds more data than the %1 bytes its header declares").arg(m_current->size)});
    }
    return got;
}

std::expected<void, PackageError> ArchiveReader::skip()
{
    if (m_error)
        return std::unexpected(*m_error);
    if (!m_current || m_dataDone)
        return {};
    if (isCancelled())
        return fail(cancelledError());
    if (auto skipped = skipData(); !skipped)
        return fail(skipped.error());
    m_dataDone = true;
    return {};
}

std::expected<QByteArray, PackageError> ArchiveReader::readAll(qint64 cap)
{
    if (m_error)
        return std::unexpected(*m_error);
    if (!m_current)
        return QByteArray();
    const qint64 remaining = m_current->size - m_readSoFar;
    if (m_current->size > cap) {
        const bool descriptor = m_current->name.endsWith(u".ovf"_s, Qt::CaseInsensitive);
        return fail({descriptor ? Rule::DescriptorTooLarge : Rule::MemberTooLarge,
                     PackageError::displayName(m_current->name),
                     tr("is %1 bytes; the limit is %2").arg(m_current->size).arg(cap)});
    }
    QByteArray data(remaining, Qt::Uninitialized);
    qint64 filled = 0;
    for (;;) {
        // Asks for one byte more than expected so that excess data is seen, not ignored.
        char spare = 0;
        char *target = filled < remaining ? data.data() + filled : &spare;
        auto got = read(target, filled < remaining ? remaining - filled : 1);
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0)
            break;
        filled += *got;
    }
    return data;
}

std::expected<std::unique_ptr<ArchiveReader>, PackageError>
ArchiveReader::open(const QString &path, const MemberPolicy::Limits &limits)
{
    const QFileInfo info(path);
    const QString shown = PackageError::displayName(info.fileName());
    if (!info.exists())
        return std::unexpected(PackageError{Rule::Io, shown, tr("the file does not exist")});
    if (info.isDir())
        return FolderReader::open(info.absoluteFilePath(), QString(), limits);
    if (!info.isFile()) // a device or FIFO (/dev/zero never ends): not a package
        return std::unexpected(PackageError{Rule::Io, shown, tr("not a regular file")});

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(PackageError{Rule::Io, shown, tr("cannot open the file: %1").arg(file.errorString())});
    const QByteArray head = file.read(kTarBlock);
    if (head.isEmpty())
        return std::unexpected(PackageError{Rule::NotAnArchive, shown, tr("the file is empty")});

    if (head.startsWith("\x1f\x8b")) { // RFC 1952 gzip: is a tar inside?
        file.seek(0);
        GzipInflater inflater([&file](char *buffer, qint64 max) -> std::expected<qint64, PackageError> {
            return file.read(buffer, max);
        }, info.fileName());
        QByteArray inner(kTarBlock, '\0');
        qint64 filled = 0;
        while (filled < kTarBlock) {
            auto got = inflater.read(inner.data() + filled, kTarBlock - filled);
            if (!got || *got == 0)
                break;
            filled += *got;
        }
        if (filled < kTarBlock || !isTarHeader(inner)) {
            return std::unexpected(PackageError{Rule::NotAnArchive, shown,
                                                tr("a gzip-compressed file that does not hold a tar archive")});
        }
        return TarReader::open(path, true, limits);
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ZipReader::open(path, limits);
    if (isTarHeader(head))
        return TarReader::open(path, false, limits);
    if (looksLikeXml(head))
        return FolderReader::open(info.absolutePath(), info.fileName(), limits);
    return std::unexpected(PackageError{Rule::NotAnArchive, shown,
                                        tr("not an OVA (tar), a gzip-compressed OVA, a ZIP or an OVF descriptor")});
}

} // namespace ovf::package
