#pragma once

#include "model/package/archivereader.h"

#include <QFile>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace ovf::package {

// A ZIP holding an OVF package, read with QuaZip's low-level member iteration
// (goToFirstFile / goToNextFile, one QuaZipFile per member, streaming reads). Never its
// extract-all helpers (JlCompress): nothing is written.
//
// A member's type comes from the Unix mode in the high 16 bits of its external attributes
// (whatever host system the entry claims: a symlink mode is refused even from a "DOS" entry),
// or a trailing '/' / the MS-DOS directory bit for directories. Names flagged UTF-8
// (general purpose bit 11) must be valid UTF-8; unflagged names are taken as UTF-8 when they
// are, else as CP437 (the ZIP default). Only stored and deflated members are read; encrypted
// ones are refused. The data is checked against the central directory's size and CRC-32.
// Before any of that, ZipStructure checks the file's layout: no bytes outside the members,
// the directory and the end records (archive-trailing-data, as after a tar's end), local
// headers that agree with the central directory (archive-malformed-header).
class ZipReader final : public ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static std::expected<std::unique_ptr<ArchiveReader>, PackageError>
    open(const QString &path, const MemberPolicy::Limits &limits);
    ~ZipReader() override;

    qint64 position() const override;
    qint64 totalBytes() const override { return m_size; }

protected:
    std::expected<std::optional<MemberHeader>, PackageError> readHeader() override;
    std::expected<qint64, PackageError> readData(char *buffer, qint64 max) override;
    std::expected<void, PackageError> skipData() override;

private:
    ZipReader(const QString &path, const MemberPolicy::Limits &limits);
    std::expected<MemberHeader, PackageError> describeCurrent();
    PackageError zipError(const QString &what) const;

    QFile m_file;
    qint64 m_size = 0;
    std::unique_ptr<QuaZip> m_zip;      // reads through m_file
    std::unique_ptr<QuaZipFile> m_entry; // the member being read, opened on first read
    qint64 m_done = 0;         // compressed bytes of the members before the current one
    qint64 m_currentCompressed = 0;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace ovf::package
