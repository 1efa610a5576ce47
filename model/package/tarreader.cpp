#include "model/package/tarreader.h"

#include "model/ovf/utf8text.h"
#include "model/package/zerobytes.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <climits>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

// libarchive's client callbacks (archive_read_set_read_callback / _skip_callback).
struct TarReaderCallbacks
{
    static la_ssize_t read(struct archive *archive, void *client, const void **buffer)
    {
        auto *self = static_cast<TarReader *>(client);
        if (self->isCancelled()) {
            self->m_inputError = self->cancelledError();
            archive_set_error(archive, ECANCELED, "cancelled");
            return -1;
        }
        const int next = self->m_block ^ 1;
        char *block = self->m_blocks[next].get();
        auto got = self->m_input->read(block, TarReader::kBlockSize);
        if (!got) {
            self->m_inputError = got.error();
            archive_set_error(archive, EIO, "%s", qUtf8Printable(got.error().message));
            return -1;
        }
        if (*got > 0) { // an empty read keeps the two retained blocks as they are
            self->m_block = next;
            self->m_blockLength[next] = *got;
            self->m_handed += *got;
        }
        *buffer = block;
        return la_ssize_t(*got);
    }

    static la_int64_t skip(struct archive *, void *client, la_int64_t request)
    {
        auto *self = static_cast<TarReader *>(client);
        if (self->isCancelled())
            return 0; // libarchive then reads, and the read callback reports the cancel
        auto skipped = self->m_input->skip(request);
        if (!skipped) {
            self->m_inputError = skipped.error();
            return 0;
        }
        self->m_handed += *skipped;
        self->m_blockLength = {0, 0}; // what was retained is no longer the stream's tail
        return *skipped;
    }
};

TarReader::TarReader(const QString &path, bool gzip, const MemberPolicy::Limits &limits)
    : ArchiveReader(path, gzip ? Format::GzipTar : Format::Tar, limits)
{
}

TarReader::~TarReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

std::expected<std::unique_ptr<ArchiveReader>, PackageError>
TarReader::open(const QString &path, bool gzip, const MemberPolicy::Limits &limits)
{
    std::unique_ptr<TarReader> reader(new TarReader(path, gzip, limits));
    auto input = TarReaderInput::open(path, gzip, reader->packageName());
    if (!input)
        return std::unexpected(input.error());
    reader->m_input = std::move(*input);
    for (auto &block : reader->m_blocks)
        block.reset(new char[kBlockSize]);

    // Tar only (ustar, pax, GNU, old v7); no filters, no other formats.
    reader->m_archive = archive_read_new();
    struct archive *a = reader->m_archive;
    if (!a || archive_read_support_format_tar(a) != ARCHIVE_OK
        || archive_read_set_read_callback(a, &TarReaderCallbacks::read) != ARCHIVE_OK
        || archive_read_set_skip_callback(a, &TarReaderCallbacks::skip) != ARCHIVE_OK
        || archive_read_set_callback_data(a, reader.get()) != ARCHIVE_OK) {
        return std::unexpected(PackageError{Rule::Io, reader->packageName(), tr("libarchive could not be set up")});
    }
    if (archive_read_open1(a) != ARCHIVE_OK) {
        if (reader->m_inputError)
            return std::unexpected(*reader->m_inputError);
        return std::unexpected(PackageError{Rule::NotAnArchive, reader->packageName(),
                                            tr("not a tar archive (%1)").arg(QString::fromUtf8(archive_error_string(a)))});
    }
    if (gzip)
        reader->addWarning(tr("gzip-compressed OVA: DSP0243 requires a plain tar"));
    return std::unique_ptr<ArchiveReader>(std::move(reader));
}

qint64 TarReader::position() const
{
    return m_input->filePosition();
}

qint64 TarReader::totalBytes() const
{
    return m_input->fileSize();
}

PackageError TarReader::archiveError(const QString &member, bool inHeader) const
{
    if (m_inputError)
        return *m_inputError;
    const QString text = QString::fromUtf8(archive_error_string(m_archive));
    const QString shown = member.isEmpty() ? packageName() : PackageError::displayName(member);
    if (m_input->atEnd() && text.contains(u"runcated"_s)) {
        if (!inHeader)
            return {Rule::Truncated, shown, tr("the archive ends inside this member (truncated)")};
        return {Rule::Truncated, packageName(),
                member.isEmpty() ? tr("the archive ends inside the first member's header (truncated)")
                                 : tr("the archive ends inside the header after '%1' (truncated)").arg(shown)};
    }
    if (text.contains(u"too large"_s, Qt::CaseInsensitive)) {
        return {Rule::HeaderTooLarge, packageName(),
                tr("a header after '%1' is too large (%2)").arg(shown, text)};
    }
    if (!inHeader)
        return {Rule::MalformedHeader, shown, tr("cannot read the member's data (%1)").arg(text)};
    return {Rule::MalformedHeader, packageName(),
            member.isEmpty() ? tr("damaged tar header (%1)").arg(text)
                             : tr("damaged tar header after '%1' (%2)").arg(shown, text)};
}

std::expected<MemberHeader, PackageError> TarReader::describe(struct archive_entry *entry)
{
    const char *raw = archive_entry_pathname(entry);
    if (!raw)
        return std::unexpected(archiveError(m_lastName, true));
    const QByteArray rawName(raw);
    if (auto error = MemberPolicy::checkEncoding(rawName, limits()))
        return std::unexpected(*error);

    MemberHeader header;
    header.name = decodeUtf8(rawName);
    header.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    using T = MemberHeader::Type;
    if (const char *target = archive_entry_hardlink(entry)) {
        header.type = T::Hardlink;
        header.linkTarget = decodeUtf8(target);
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG: header.type = T::Regular; break;
        case AE_IFDIR: header.type = T::Directory; break;
        case AE_IFLNK:
            header.type = T::Symlink;
            header.linkTarget = decodeUtf8(archive_entry_symlink(entry));
            break;
        case AE_IFCHR: header.type = T::CharDevice; break;
        case AE_IFBLK: header.type = T::BlockDevice; break;
        case AE_IFIFO: header.type = T::Fifo; break;
        default: header.type = T::Other; break;
        }
    }
    if (header.type == T::Regular && archive_entry_sparse_count(entry) > 0) {
        return std::unexpected(PackageError{Rule::UnsupportedEntry, PackageError::displayName(header.name),
                                            tr("sparse files are not supported in a package")});
    }
    return header;
}

std::expected<std::optional<MemberHeader>, PackageError> TarReader::readHeader()
{
    if (m_ended)
        return std::nullopt;
    struct archive_entry *entry = nullptr;
    const int r = archive_read_next_header(m_archive, &entry);
    if (m_inputError)
        return std::unexpected(*m_inputError);
    if (r == ARCHIVE_EOF) {
        if (auto end = checkEnd(); !end)
            return std::unexpected(end.error());
        m_ended = true;
        return std::nullopt;
    }
    if (r == ARCHIVE_WARN) {
        // Names are read as raw bytes and checked as UTF-8 by us, so a failed conversion to
        // the current locale is harmless. Any other warning (malformed pax records, too many
        // special headers, negative sizes) means the header says something we cannot trust.
        const QString text = QString::fromUtf8(archive_error_string(m_archive));
        if (!text.contains(u"can't be converted"_s))
            return std::unexpected(archiveError(m_lastName, true));
    } else if (r != ARCHIVE_OK) {
        return std::unexpected(archiveError(m_lastName, true));
    }

    auto header = describe(entry);
    if (!header)
        return std::unexpected(header.error());
    const qint64 dataStart = archive_filter_bytes(m_archive, 0);
    header->headerBytes = dataStart - m_memberEnd;
    m_memberEnd = dataStart + ((header->size + 511) & ~qint64(511));
    m_dataStart = dataStart;
    m_lastName = header->name;

    // GNU tar's format is what most real OVAs use (ustar with GNU magic): not worth a
    // warning. A pre-POSIX header has no magic at all.
    if (archive_format(m_archive) == ARCHIVE_FORMAT_TAR)
        addWarningOnce(tr("pre-POSIX (v7) tar format: DSP0243 §5.3 requires ustar (POSIX)"));
    return std::optional<MemberHeader>(*header);
}

std::optional<qint64> TarReader::currentDataOffset() const
{
    // The tar stream is the file itself only when it is not gzip-compressed.
    if (format() != Format::Tar || !current())
        return std::nullopt;
    return m_dataStart;
}

void TarReader::addWarningOnce(const QString &warning)
{
    if (!warnings().contains(warning))
        addWarning(warning);
}

std::expected<void, PackageError> TarReader::checkEnd()
{
    // POSIX ustar: the archive ends with two 512-byte zero blocks, and writers pad it with
    // zeros to a record size. Everything from the end of the last member's data to the end
    // of the stream must therefore be zero; libarchive stops at the marker and looks no
    // further, so the rest is checked here.
    const qint64 consumed = archive_filter_bytes(m_archive, 0);
    if (consumed <= m_memberEnd) {
        return std::unexpected(PackageError{Rule::Truncated, packageName(),
                                            m_lastName.isEmpty()
                                                ? tr("the archive has no end-of-archive marker (truncated)")
                                                : tr("the archive ends after '%1' without the end-of-archive marker (truncated)")
                                                      .arg(PackageError::displayName(m_lastName))});
    }
    auto trailing = [this]() {
        return std::unexpected(PackageError{Rule::TrailingData, packageName(),
                                            tr("data after the end of the archive")});
    };

    const qint64 tail = m_handed - m_memberEnd; // bytes already handed to libarchive
    const int cur = m_block;
    const int prev = cur ^ 1;
    if (tail > m_blockLength[cur] + m_blockLength[prev]) {
        return std::unexpected(PackageError{Rule::Io, packageName(), tr("cannot check the end of the archive")});
    }
    // The tail is the end of the previous block (when it began there) and then the current one.
    const qint64 inCurrent = std::min(tail, m_blockLength[cur]);
    const qint64 inPrevious = tail - inCurrent;
    if ((inPrevious > 0 && !allZero(m_blocks[prev].get() + m_blockLength[prev] - inPrevious, inPrevious))
        || (inCurrent > 0 && !allZero(m_blocks[cur].get() + m_blockLength[cur] - inCurrent, inCurrent)))
        return trailing();
    std::unique_ptr<char[]> scratch(new char[kBlockSize]);
    for (;;) {
        if (isCancelled())
            return std::unexpected(cancelledError());
        auto got = m_input->read(scratch.get(), kBlockSize);
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0)
            break;
        if (!allZero(scratch.get(), *got))
            return trailing();
    }
    return {};
}

std::expected<qint64, PackageError> TarReader::readData(char *buffer, qint64 max)
{
    const la_ssize_t got = archive_read_data(m_archive, buffer, size_t(std::min<qint64>(max, INT_MAX)));
    if (got < 0 || m_inputError)
        return std::unexpected(archiveError(currentName(), false));
    return qint64(got);
}

std::expected<void, PackageError> TarReader::skipData()
{
    if (archive_read_data_skip(m_archive) != ARCHIVE_OK || m_inputError)
        return std::unexpected(archiveError(currentName(), false));
    return {};
}

} // namespace ovf::package
