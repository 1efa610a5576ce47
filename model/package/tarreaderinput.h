#pragma once

#include "model/package/gzipinflater.h"
#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <expected>
#include <memory>

namespace ovf::package {

// The byte stream a TarReader hands to libarchive: the OVA file itself, or its inflated
// content when the OVA is gzip-compressed. Inflating here rather than with libarchive's gzip
// filter keeps every byte of the tar stream in our hands, so the end-of-archive checks
// (truncation, trailing data) are the same for both forms and libarchive parses tar only.
class TarReaderInput
{
    Q_DECLARE_TR_FUNCTIONS(TarReaderInput)

public:
    // `name` is the package's file name for errors.
    static std::expected<std::unique_ptr<TarReaderInput>, PackageError>
    open(const QString &path, bool gzip, const QString &name);

    // Fills `buffer` completely unless the stream ends first; 0 at the end.
    std::expected<qint64, PackageError> read(char *buffer, qint64 max);
    // Skips up to `count` bytes (a seek for a plain file, inflate-and-drop for gzip) and
    // returns how many were skipped (fewer only at the end).
    std::expected<qint64, PackageError> skip(qint64 count);

    // True once a read or skip came up short: the stream has no more bytes.
    bool atEnd() const { return m_atEnd; }
    // Bytes of the file (compressed, for gzip) consumed so far, and the file's size.
    qint64 filePosition() const { return m_file.pos(); }
    qint64 fileSize() const { return m_size; }
    void setCancelFlag(const std::atomic<bool> *flag);

    // A gzip-compressed OVA inflates to at most this many bytes of tar stream, or reading
    // fails with GzipTooLarge: a gzip bomb costs bounded CPU time even where nothing is
    // written (verification). kGzipOvaRatio times the compressed size, at least
    // kGzipOvaFloor: an OVA's disks are mostly compressed already (streamOptimized VMDK), so
    // a legitimate gzip OVA is far below it; deflate itself allows about 1,032 times.
    static constexpr qint64 kGzipOvaRatio = 64;
    static constexpr qint64 kGzipOvaFloor = qint64(1) << 30;
    static qint64 gzipOvaCap(qint64 compressedBytes);

private:
    TarReaderInput(const QString &path, const QString &name);
    std::expected<qint64, PackageError> readFile(char *buffer, qint64 max);

    QFile m_file;
    QString m_name;
    qint64 m_size = 0;
    bool m_atEnd = false;
    std::unique_ptr<GzipInflater> m_gzip;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace ovf::package
