#pragma once

#include "model/package/archivereader.h"
#include "model/package/tarreaderinput.h"

#include <array>
#include <memory>

struct archive;
struct archive_entry;

namespace ovf::package {

// An OVA (DSP0243 §5.3: a tar file; ustar, pax and GNU forms are read) walked as a stream
// with libarchive, tar format only, no libarchive filters (gzip is inflated by
// TarReaderInput), never archive_read_extract nor any disk writer. libarchive is fed through
// our own read callback, which lets the reader count bytes, see truncation, and check that
// only zero padding follows the end-of-archive marker.
//
// Refuses: truncated archives (inside a member, inside a header, or a missing end-of-archive
// marker), data after the end, sparse members, headers libarchive reports as damaged or
// malformed, and whatever the MemberPolicy refuses.
class TarReader final : public ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(TarReader)

public:
    static std::expected<std::unique_ptr<ArchiveReader>, PackageError>
    open(const QString &path, bool gzip, const MemberPolicy::Limits &limits);
    ~TarReader() override;

    qint64 position() const override;
    qint64 totalBytes() const override;
    std::optional<qint64> currentDataOffset() const override;

protected:
    std::expected<std::optional<MemberHeader>, PackageError> readHeader() override;
    std::expected<qint64, PackageError> readData(char *buffer, qint64 max) override;
    std::expected<void, PackageError> skipData() override;

private:
    TarReader(const QString &path, bool gzip, const MemberPolicy::Limits &limits);

    friend struct TarReaderCallbacks; // libarchive's read and skip callbacks

    // Maps a libarchive failure to a PackageError about `member`.
    PackageError archiveError(const QString &member, bool inHeader) const;
    std::expected<void, PackageError> checkEnd();
    std::expected<MemberHeader, PackageError> describe(struct archive_entry *entry);
    void addWarningOnce(const QString &warning);

    struct archive *m_archive = nullptr;
    std::unique_ptr<TarReaderInput> m_input;
    // libarchive may keep using the block we handed it last while it asks for the next one,
    // so blocks alternate; at the end the unconsumed tail lies within these two.
    static constexpr qint64 kBlockSize = 64 * 1024;
    std::array<std::unique_ptr<char[]>, 2> m_blocks;
    std::array<qint64, 2> m_blockLength{0, 0};
    int m_block = 0;
    qint64 m_handed = 0;      // bytes of the tar stream handed to libarchive or skipped
    std::optional<PackageError> m_inputError;
    qint64 m_memberEnd = 0;   // tar-stream offset where the last member's padded data ends
    qint64 m_dataStart = 0;   // tar-stream offset of the last member's data
    QString m_lastName;       // the last member seen, for errors between members
    bool m_ended = false;
};

} // namespace ovf::package
