#include "model/package/ovawriter.h"

#include "model/package/tarwriter.h"

#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace ovf::package {


OvaWriter::OvaWriter(const QString &destination, qint64 mtime)
    : m_file(destination)
    , m_mtime(mtime)
{
}

std::unexpected<QString> OvaWriter::ioError() const
{
    return std::unexpected(tr("%1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
}

std::expected<void, QString> OvaWriter::put(QByteArrayView bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_file.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return ioError();
        done += n;
    }
    return {};
}

std::expected<void, QString> OvaWriter::reserveHead(const QList<std::pair<QString, qint64>> &members)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError();
    m_head = members;
    qint64 headSize = 0;
    for (const auto &[name, size] : members)
        headSize += TarWriter::memberBytes(name, size);
    m_bodyEnd = headSize;
    if (!m_file.seek(headSize))
        return ioError();
    return {};
}

std::expected<void, QString> OvaWriter::begin(const QString &name, qint64 size)
{
    Q_ASSERT(m_file.isOpen() && m_remaining == 0);
    auto header = TarWriter::header(name, size, m_mtime);
    if (!header)
        return std::unexpected(header.error());
    if (TarWriter::paxNeeded(name, size))
        addWarning(tr("%1 needs a pax extended header (over 8 GiB or a long name); some OVA "
                      "consumers reject pax headers").arg(name));
    if (auto r = put(*header); !r)
        return r;
    m_member = name;
    m_remaining = size;
    m_size = size;
    return {};
}

std::expected<void, QString> OvaWriter::beginUnsized(const QString &name, qint64 maxSize)
{
    Q_ASSERT(m_file.isOpen() && m_remaining == 0);
    m_paxSize = maxSize > TarWriter::kMaxUstarSize;
    auto header = TarWriter::header(name, maxSize, m_mtime, m_paxSize);
    if (!header)
        return std::unexpected(header.error());
    m_headerAt = m_file.pos();
    m_headerBytes = header->size();
    if (auto r = put(QByteArray(header->size(), '\0')); !r)
        return r;
    m_member = name;
    m_remaining = maxSize;
    m_size = maxSize;
    return {};
}

std::expected<void, QString> OvaWriter::write(const char *data, qint64 size)
{
    if (size > m_remaining)
        return std::unexpected(tr("%1: more data than the %2 bytes announced").arg(m_member).arg(m_size));
    m_remaining -= size;
    if (auto r = put(QByteArrayView(data, size)); !r)
        return r;
    m_writeback.wrote(m_file, size);
    return {};
}

std::expected<void, QString> OvaWriter::end()
{
    if (m_headerAt >= 0) {
        // The size is known now: fill in the header reserved by beginUnsized().
        m_size -= m_remaining;
        m_remaining = 0;
        auto header = TarWriter::header(m_member, m_size, m_mtime, m_paxSize);
        if (!header)
            return std::unexpected(header.error());
        if (header->size() != m_headerBytes)
            return std::unexpected(tr("%1: its tar header changed length").arg(m_member));
        if (m_paxSize)
            addWarning(tr("%1 has a pax extended header (it could exceed 8 GiB); some OVA consumers reject pax "
                          "headers").arg(m_member));
        const qint64 end = m_file.pos();
        if (!m_file.seek(m_headerAt))
            return ioError();
        if (auto r = put(*header); !r)
            return r;
        if (!m_file.seek(end))
            return ioError();
        m_headerAt = -1;
    }
    if (m_remaining != 0)
        return std::unexpected(tr("%1: %2 bytes short of the %3 announced").arg(m_member).arg(m_remaining).arg(m_size));
    if (auto r = put(QByteArray(TarWriter::dataPadding(m_size), '\0')); !r)
        return r;
    m_bodyEnd = m_file.pos();
    m_member.clear();
    return {};
}

std::expected<void, QString> OvaWriter::writeHeadMember(const QString &name, QByteArrayView bytes)
{
    if (m_headDone >= m_head.size() || m_head.at(m_headDone).first != name
        || m_head.at(m_headDone).second != bytes.size())
        return std::unexpected(tr("%1: not the head member reserved at this place, or not its size").arg(name));
    auto header = TarWriter::header(name, bytes.size(), m_mtime);
    if (!header)
        return std::unexpected(header.error());
    if (!m_file.seek(m_headOffset))
        return ioError();
    if (auto r = put(*header); !r)
        return r;
    if (auto r = put(bytes); !r)
        return r;
    if (auto r = put(QByteArray(TarWriter::dataPadding(bytes.size()), '\0')); !r)
        return r;
    m_headOffset = m_file.pos();
    ++m_headDone;
    return {};
}

std::expected<void, QString> OvaWriter::commit()
{
    if (m_headDone != m_head.size())
        return std::unexpected(tr("the package head was not written completely"));
    if (!m_file.seek(m_bodyEnd))
        return ioError();
    if (auto r = put(TarWriter::endOfArchive(m_bodyEnd)); !r)
        return r;
    if (!m_file.commit())
        return ioError();
    return {};
}

} // namespace ovf::package
