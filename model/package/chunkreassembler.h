#pragma once

#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ovf::package {

// Checks the chunks of one File with ovf:chunkSize (DSP0243 §7.1 / §5.3: the file is split
// into members named href + "." + a nine-digit, zero-padded chunk number counting from
// 000000000; every chunk but the last holds exactly ovf:chunkSize bytes, and together they
// hold ovf:size bytes). A chunked file that is also compressed was compressed first, then
// split: inflate the reassembled stream.
//
// Streaming: feed each chunk member to addChunk() in archive order as its header comes by,
// copy its data to wherever the reassembled file goes, and call finish() at the end. Sizes
// come from member headers, which ArchiveReader guarantees match the data. A chunk that
// comes early, late, twice or too many times, or has the wrong size, is an error naming the
// chunk, so the reassembled file is never silently short or long.
class ChunkReassembler
{
    Q_DECLARE_TR_FUNCTIONS(ChunkReassembler)

public:
    static constexpr qint64 kMaxChunks = 1'000'000'000; // nine decimal digits

    // "disk.vmdk", 1 -> "disk.vmdk.000000001".
    static QString chunkName(const QString &href, qint64 index);
    // The chunk number when `member` is `href` + "." + exactly nine digits, else nullopt.
    static std::optional<qint64> chunkIndex(QStringView member, QStringView href);

    // `href` is the normalized member name (see HrefPolicy). `declaredSize` is ovf:size when
    // present; without it the chunk count follows from the chunks themselves (the first one
    // shorter than chunkSize is the last).
    ChunkReassembler(const QString &href, std::optional<qint64> declaredSize, qint64 chunkSize);

    // ChunkSize when the declaration itself is unusable: chunkSize <= 0, a negative size, or
    // more chunks than nine digits can number.
    std::optional<PackageError> checkDeclaration() const;
    // ceil(size / chunkSize), and 1 for an empty file; nullopt without a declared size.
    std::optional<qint64> expectedChunkCount() const;
    // The member names expected, in order (empty without a declared size).
    QStringList expectedNames() const;

    // The next chunk member in archive order. Errors: ExtraChunk (beyond the last, or after
    // a short last chunk), ChunkOrder (a chunk number already passed), MissingChunk (a gap:
    // the expected chunk is absent here), ChunkSize (wrong size for its position).
    std::optional<PackageError> addChunk(const QString &member, qint64 size);
    // MissingChunk when chunks are still expected (naming the first missing one).
    std::optional<PackageError> finish() const;

    qint64 chunksSeen() const { return m_next; }
    qint64 bytesSeen() const { return m_bytes; }

    // The whole check over a finished listing ({name, size} in archive order): tells an
    // out-of-order chunk (ChunkOrder) from a missing one (MissingChunk), and refuses the
    // unchunked name itself being present (ExtraChunk).
    std::optional<PackageError> checkMembers(const QList<std::pair<QString, qint64>> &members) const;

private:
    PackageError error(PackageError::Rule rule, const QString &member, const QString &message) const;

    QString m_href;
    std::optional<qint64> m_size;
    qint64 m_chunkSize;
    qint64 m_next = 0;
    qint64 m_bytes = 0;
    std::optional<QString> m_shortChunk; // a chunk shorter than chunkSize (must be the last)
};

} // namespace ovf::package
