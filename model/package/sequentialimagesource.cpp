#include "model/package/sequentialimagesource.h"

#include <vector>

namespace ovf::package {

SequentialImageSource::SequentialImageSource(QString name, qint64 size, Reader reader, QList<DiskExtent> extents)
    : m_name(std::move(name))
    , m_size(size)
    , m_reader(std::move(reader))
    , m_extents(std::move(extents))
{
}

std::expected<QList<DiskExtent>, QString> SequentialImageSource::extents()
{
    if (m_extents.isEmpty())
        return QList<DiskExtent>{{0, m_size, true}};
    return m_extents;
}

std::expected<void, QString> SequentialImageSource::fill(char *buffer, qint64 length)
{
    while (length > 0) {
        auto n = m_reader(buffer, length);
        if (!n)
            return std::unexpected(n.error());
        if (*n <= 0)
            return std::unexpected(tr("%1: the stream ended at byte %2 of %3").arg(m_name).arg(m_position).arg(m_size));
        buffer += *n;
        length -= *n;
        m_position += *n;
    }
    return {};
}

std::expected<void, QString> SequentialImageSource::read(qint64 offset, char *buffer, qint64 length)
{
    if (offset < m_position)
        return std::unexpected(tr("%1: a stream cannot be read backwards").arg(m_name));
    if (offset > m_position) {
        std::vector<char> discard(size_t(std::min<qint64>(offset - m_position, qint64(1) << 20)));
        while (m_position < offset) {
            if (auto r = fill(discard.data(), std::min<qint64>(offset - m_position, qint64(discard.size()))); !r)
                return r;
        }
    }
    return fill(buffer, length);
}

} // namespace ovf::package
