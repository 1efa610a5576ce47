#include "model/package/chunkreassembler.h"

#include <climits>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

namespace {
constexpr qsizetype kDigits = 9;
}

QString ChunkReassembler::chunkName(const QString &href, qint64 index)
{
    return href + u'.' + QString::number(index).rightJustified(kDigits, u'0');
}

std::optional<qint64> ChunkReassembler::chunkIndex(QStringView member, QStringView href)
{
    if (member.size() != href.size() + 1 + kDigits || !member.startsWith(href) || member[href.size()] != u'.')
        return std::nullopt;
    qint64 index = 0;
    for (const QChar c : member.right(kDigits)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

ChunkReassembler::ChunkReassembler(const QString &href, std::optional<qint64> declaredSize, qint64 chunkSize)
    : m_href(href)
    , m_size(declaredSize)
    , m_chunkSize(chunkSize)
{
}

PackageError ChunkReassembler::error(Rule rule, const QString &member, const QString &message) const
{
    return {rule, PackageError::displayName(member), message};
}

std::optional<PackageError> ChunkReassembler::checkDeclaration() const
{
    if (m_chunkSize <= 0)
        return error(Rule::ChunkSize, m_href, tr("ovf:chunkSize must be a positive number of bytes"));
    if (m_size && *m_size < 0)
        return error(Rule::ChunkSize, m_href, tr("ovf:size must not be negative"));
    if (const auto count = expectedChunkCount(); count && *count > kMaxChunks) {
        return error(Rule::ChunkSize, m_href,
                     tr("%1 bytes in chunks of %2 need more chunks than nine digits can number")
                         .arg(*m_size)
                         .arg(m_chunkSize));
    }
    return std::nullopt;
}

std::optional<qint64> ChunkReassembler::expectedChunkCount() const
{
    if (!m_size || m_chunkSize <= 0 || *m_size < 0)
        return std::nullopt;
    if (*m_size == 0)
        return 1;
    return *m_size / m_chunkSize + (*m_size % m_chunkSize != 0 ? 1 : 0);
}

QStringList ChunkReassembler::expectedNames() const
{
    QStringList names;
    const auto count = expectedChunkCount();
    if (!count || checkDeclaration())
        return names;
    for (qint64 i = 0; i < *count; ++i)
        names << chunkName(m_href, i);
    return names;
}

std::optional<PackageError> ChunkReassembler::addChunk(const QString &member, qint64 size)
{
    if (auto bad = checkDeclaration())
        return bad;
    const auto index = chunkIndex(member, m_href);
    if (!index)
        return error(Rule::ExtraChunk, member, tr("is not a chunk of '%1'").arg(PackageError::displayName(m_href)));
    const auto count = expectedChunkCount();
    if (count && *index >= *count) {
        return error(Rule::ExtraChunk, member,
                     tr("is one chunk too many: %1 bytes in chunks of %2 make %n chunk(s)", nullptr, int(std::min<qint64>(*count, INT_MAX)))
                         .arg(*m_size)
                         .arg(m_chunkSize));
    }
    if (*index < m_next) {
        return error(Rule::ChunkOrder, member,
                     tr("comes after '%1' (chunks must be in order)").arg(PackageError::displayName(chunkName(m_href, m_next - 1))));
    }
    if (m_shortChunk) {
        return error(Rule::ExtraChunk, member,
                     tr("follows '%1', whose size made it the last chunk").arg(PackageError::displayName(*m_shortChunk)));
    }
    if (*index > m_next) {
        return error(Rule::MissingChunk, chunkName(m_href, m_next),
                     tr("is missing ('%1' comes in its place)").arg(PackageError::displayName(member)));
    }
    if (count) {
        const bool last = *index == *count - 1;
        const qint64 expected = last ? *m_size - (*count - 1) * m_chunkSize : m_chunkSize;
        if (size != expected) {
            return error(Rule::ChunkSize, member,
                         last ? tr("holds %1 bytes; as the last chunk it must hold %2 so that the chunks add up to ovf:size %3")
                                    .arg(size)
                                    .arg(expected)
                                    .arg(*m_size)
                              : tr("holds %1 bytes; every chunk but the last must hold ovf:chunkSize %2 bytes")
                                    .arg(size)
                                    .arg(m_chunkSize));
        }
    } else if (size > m_chunkSize) {
        return error(Rule::ChunkSize, member,
                     tr("holds %1 bytes, more than ovf:chunkSize %2").arg(size).arg(m_chunkSize));
    } else if (size < m_chunkSize) {
        m_shortChunk = member;
    }
    ++m_next;
    m_bytes += size;
    return std::nullopt;
}

std::optional<PackageError> ChunkReassembler::finish() const
{
    if (auto bad = checkDeclaration())
        return bad;
    const auto count = expectedChunkCount();
    if (count && m_next < *count) {
        return error(Rule::MissingChunk, chunkName(m_href, m_next),
                     tr("is missing: %1 of %2 chunks found").arg(m_next).arg(*count));
    }
    if (!count && m_next == 0)
        return error(Rule::MissingChunk, chunkName(m_href, 0), tr("is missing: no chunk found"));
    return std::nullopt;
}

std::optional<PackageError> ChunkReassembler::checkMembers(const QList<std::pair<QString, qint64>> &members) const
{
    QList<std::pair<QString, qint64>> chunks;
    for (const auto &member : members) {
        if (member.first == m_href) {
            return error(Rule::ExtraChunk, m_href,
                         tr("is present whole although the descriptor declares it chunked (ovf:chunkSize)"));
        }
        if (chunkIndex(member.first, m_href))
            chunks << member;
    }
    ChunkReassembler walk(m_href, m_size, m_chunkSize);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        auto problem = walk.addChunk(chunks[i].first, chunks[i].second);
        if (!problem)
            continue;
        if (problem->rule == Rule::MissingChunk) {
            // A gap: if the awaited chunk comes later, it is out of order rather than missing.
            const QString awaited = chunkName(m_href, walk.chunksSeen());
            for (qsizetype j = i + 1; j < chunks.size(); ++j) {
                if (chunks[j].first == awaited) {
                    return error(Rule::ChunkOrder, awaited,
                                 tr("comes after '%1' (chunks must be in order)").arg(PackageError::displayName(chunks[i].first)));
                }
            }
        }
        return problem;
    }
    return walk.finish();
}

} // namespace ovf::package
