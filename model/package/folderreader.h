#pragma once

#include "model/package/archivereader.h"

#include <QFile>
#include <QList>

#include <memory>

namespace ovf::package {

// An OVF package laid out as a folder (DSP0243 §5.2: the descriptor and the files it
// references, by relative paths). The members are the files under the folder, found
// recursively when the reader is opened, named relative to it with '/'.
//
// Order (stable): the descriptor first (the .ovf the reader was given, or the folder's
// top-level *.ovf files, sorted), then the top-level *.mf and *.cert files, then every other
// file sorted by name. Symbolic links, devices, FIFOs and sockets anywhere below the folder
// are refused when their turn comes (checked with lstat, and files are opened with
// O_NOFOLLOW so a file swapped for a link after the listing is refused too). A file whose
// size changes while it is read fails with SizeMismatch.
class FolderReader final : public ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(FolderReader)

public:
    // `folder` is the package folder; `descriptor` the descriptor's file name in it, or empty
    // to take the folder's top-level *.ovf. Fails with NotAnArchive when there is no
    // descriptor, TooManyMembers when the folder holds more files than the limit allows.
    static std::expected<std::unique_ptr<ArchiveReader>, PackageError>
    open(const QString &folder, const QString &descriptor, const MemberPolicy::Limits &limits);

    qint64 position() const override;
    qint64 totalBytes() const override { return m_total; }

protected:
    std::expected<std::optional<MemberHeader>, PackageError> readHeader() override;
    std::expected<qint64, PackageError> readData(char *buffer, qint64 max) override;
    std::expected<void, PackageError> skipData() override;

private:
    FolderReader(const QString &folder, const MemberPolicy::Limits &limits);
    std::expected<void, PackageError> list(const QString &descriptor);

    QString m_root;
    QList<MemberHeader> m_members;
    qsizetype m_next = 0;
    std::unique_ptr<QFile> m_file; // the member being read
    qint64 m_total = 0;
    qint64 m_done = 0;   // bytes of the members before the current one
    qint64 m_offset = 0; // bytes of the current one read or skipped
};

} // namespace ovf::package
