#include "model/package/zipreader.h"

#include "model/ovf/utf8text.h"
#include "model/package/zipformat.h"
#include "model/package/zipstructure.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unzip.h>


#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

using namespace zipformat;

ZipReader::ZipReader(const QString &path, const MemberPolicy::Limits &limits)
    : ArchiveReader(path, Format::Zip, limits)
    , m_file(path)
{
}

ZipReader::~ZipReader()
{
    m_entry.reset();
    if (m_zip)
        m_zip->close();
}

std::expected<std::unique_ptr<ArchiveReader>, PackageError>
ZipReader::open(const QString &path, const MemberPolicy::Limits &limits)
{
    std::unique_ptr<ZipReader> reader(new ZipReader(path, limits));
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return std::unexpected(PackageError{Rule::Io, reader->packageName(),
                                            tr("cannot open the file: %1").arg(reader->m_file.errorString())});
    }
    reader->m_size = reader->m_file.size();
    // Nothing outside the members (TarReader's trailing-data rule), local headers that agree
    // with the central directory: checked before minizip reads anything.
    auto layout = ZipStructure::check(reader->m_file, reader->packageName(), limits);
    if (!layout)
        return std::unexpected(layout.error());
    for (const QString &warning : std::as_const(layout->warnings))
        reader->addWarning(warning);
    reader->m_file.seek(0);
    reader->m_zip = std::make_unique<QuaZip>(&reader->m_file);
    reader->m_zip->setAutoClose(false);
    if (!reader->m_zip->open(QuaZip::mdUnzip)) {
        return std::unexpected(PackageError{Rule::Truncated, reader->packageName(),
                                            tr("the ZIP's central directory cannot be read (truncated or damaged)")});
    }
    return std::unique_ptr<ArchiveReader>(std::move(reader));
}

qint64 ZipReader::position() const
{
    // minizip seeks between the central directory and the members, so the file position
    // jumps; progress is counted in compressed member bytes instead, and is whole at the end.
    if (m_ended)
        return m_size;
    qint64 current = 0;
    if (m_entry && m_entry->isOpen() && m_entry->usize() > 0)
        current = qint64(double(m_currentCompressed) * double(m_entry->pos()) / double(m_entry->usize()));
    return std::min(m_done + current, m_size);
}

PackageError ZipReader::zipError(const QString &what) const
{
    const QString member = currentName().isEmpty() ? packageName() : PackageError::displayName(currentName());
    return {Rule::CorruptData, member, tr("%1 (ZIP error %2)").arg(what).arg(m_zip->getZipError())};
}

std::expected<MemberHeader, PackageError> ZipReader::describeCurrent()
{
    unz_file_info64 info{};
    QByteArray rawName(65536, '\0'); // the name's length field is 16 bits
    if (unzGetCurrentFileInfo64(m_zip->getUnzFile(), &info, rawName.data(), uLong(rawName.size()),
                                nullptr, 0, nullptr, 0) != UNZ_OK) {
        return std::unexpected(PackageError{Rule::MalformedHeader, packageName(),
                                            tr("a central directory record cannot be read")});
    }
    rawName.truncate(qsizetype(std::min<uLong>(info.size_filename, 65535)));

    MemberHeader header;
    const std::optional<QString> asUtf8 = decodeValidUtf8(rawName);
    if (asUtf8) {
        header.name = *asUtf8;
    } else if (info.flag & kFlagUtf8Names) {
        if (auto error = MemberPolicy::checkEncoding(rawName, limits())) // flagged UTF-8 but not: its refusal
            return std::unexpected(*error);
    } else {
        header.name = m_zip->getCurrentFileName(); // QuaZip's CP437 decoding
    }
    header.size = qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(LLONG_MAX)));
    m_currentCompressed = qint64(std::min<ZPOS64_T>(info.compressed_size, ZPOS64_T(LLONG_MAX)));
    header.headerBytes = 46 + qint64(info.size_filename) + qint64(info.size_file_extra) + qint64(info.size_file_comment);

    using T = MemberHeader::Type;
    const quint32 mode = quint32(info.external_fa) >> 16;
    switch (mode & kUnixTypeMask) {
    case kUnixSymlink: header.type = T::Symlink; break;
    case kUnixDirectory: header.type = T::Directory; break;
    case kUnixCharDevice: header.type = T::CharDevice; break;
    case kUnixBlockDevice: header.type = T::BlockDevice; break;
    case kUnixFifo: header.type = T::Fifo; break;
    case 0:
    case kUnixRegular: header.type = T::Regular; break;
    default: header.type = T::Other; break;
    }
    if (header.type == T::Regular && (header.name.endsWith(u'/') || (info.external_fa & kDosDirectory)))
        header.type = T::Directory;
    if (header.type == T::Symlink && header.size <= 4096) {
        // The link target is the member's data; read it only to name it in the error.
        QuaZipFile entry(m_zip.get());
        if (entry.open(QIODevice::ReadOnly))
            header.linkTarget = decodeUtf8(entry.read(4096));
    }
    if (header.type == T::Regular || header.type == T::Directory) {
        const QString shown = PackageError::displayName(header.name);
        if (info.flag & kFlagEncrypted)
            return std::unexpected(PackageError{Rule::Encrypted, shown, tr("encrypted ZIP members are not supported")});
        if (info.compression_method != kMethodStored && info.compression_method != kMethodDeflated) {
            return std::unexpected(PackageError{Rule::UnsupportedEntry, shown,
                                                tr("ZIP compression method %1 is not supported (only stored and deflated)")
                                                    .arg(info.compression_method)});
        }
    }
    return header;
}

std::expected<std::optional<MemberHeader>, PackageError> ZipReader::readHeader()
{
    if (m_ended)
        return std::nullopt;
    m_entry.reset();
    m_done += m_currentCompressed;
    m_currentCompressed = 0;
    const bool moved = m_started ? m_zip->goToNextFile() : m_zip->goToFirstFile();
    m_started = true;
    if (!moved) {
        if (m_zip->getZipError() != UNZ_OK) {
            return std::unexpected(PackageError{Rule::MalformedHeader, packageName(),
                                                tr("the central directory is damaged (ZIP error %1)").arg(m_zip->getZipError())});
        }
        m_ended = true;
        return std::nullopt;
    }
    auto header = describeCurrent();
    if (!header)
        return std::unexpected(header.error());
    return std::optional<MemberHeader>(*header);
}

std::expected<qint64, PackageError> ZipReader::readData(char *buffer, qint64 max)
{
    if (!m_entry) {
        m_entry = std::make_unique<QuaZipFile>(m_zip.get());
        if (!m_entry->open(QIODevice::ReadOnly))
            return std::unexpected(zipError(tr("the member cannot be opened")));
    }
    const qint64 got = m_entry->read(buffer, std::min<qint64>(max, INT_MAX));
    if (got < 0 || m_entry->getZipError() != UNZ_OK)
        return std::unexpected(zipError(tr("the member's data is corrupt")));
    if (got == 0) {
        m_entry->close(); // minizip checks the CRC-32 here, once all data was read
        if (m_entry->getZipError() == UNZ_CRCERROR)
            return std::unexpected(zipError(tr("the member's CRC-32 does not match its data")));
        if (m_entry->getZipError() != UNZ_OK)
            return std::unexpected(zipError(tr("the member's data is corrupt")));
        m_done += m_currentCompressed;
        m_currentCompressed = 0;
    }
    return got;
}

std::expected<void, PackageError> ZipReader::skipData()
{
    m_entry.reset(); // closing without reading skips; the next member is found by the directory
    m_done += m_currentCompressed;
    m_currentCompressed = 0;
    return {};
}

} // namespace ovf::package
