#include "model/package/nbdclient.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace ovf::package {

namespace {

// Protocol constants (NBD protocol document, "Newstyle negotiation" and "Transmission").
constexpr quint64 kNbdMagic = 0x4e42444d41474943ULL;   // "NBDMAGIC"
constexpr quint64 kOptionMagic = 0x49484156454F5054ULL; // "IHAVEOPT"
constexpr quint64 kReplyMagic = 0x3e889045565a9ULL;     // option replies
constexpr quint16 kFlagFixedNewstyle = 1 << 0;
constexpr quint16 kFlagNoZeroes = 1 << 1;
constexpr quint32 kOptGo = 7;
constexpr quint32 kRepAck = 1;
constexpr quint32 kRepInfo = 3;
constexpr quint32 kRepErrorBit = 1u << 31;
constexpr quint16 kInfoExport = 0;
constexpr quint32 kRequestMagic = 0x25609513;
constexpr quint32 kSimpleReplyMagic = 0x67446698;
constexpr quint16 kCmdRead = 0;
constexpr quint16 kCmdDisconnect = 2;
constexpr quint32 kMaxOptionReply = 1 << 16;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

NbdClient::~NbdClient()
{
    if (m_fd < 0)
        return;
    if (m_size >= 0) {
        char request[28] = {};
        qToBigEndian<quint32>(kRequestMagic, request);
        qToBigEndian<quint16>(kCmdDisconnect, request + 6);
        (void)sendAll(request, sizeof request);
    }
    ::close(m_fd);
}

std::unexpected<QString> NbdClient::fail(const QString &what) const
{
    return std::unexpected(tr("%1: NBD: %2").arg(m_where, what));
}

std::expected<void, QString> NbdClient::sendAll(const void *data, qint64 size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::send(m_fd, p, size_t(size), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errnoText());
        }
        p += n;
        size -= n;
    }
    return {};
}

std::expected<void, QString> NbdClient::receiveAll(void *data, qint64 size)
{
    char *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = ::recv(m_fd, p, size_t(size), MSG_WAITALL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errnoText());
        }
        if (n == 0)
            return fail(tr("the server closed the connection"));
        p += n;
        size -= n;
    }
    return {};
}

std::expected<void, QString> NbdClient::connect(const QString &socketPath, const QString &exportName)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof address.sun_path)
        return fail(tr("the socket path is too long"));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(errnoText());
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const QString error = errnoText();
        ::close(m_fd);
        m_fd = -1;
        return std::unexpected(error);
    }
    auto negotiated = negotiate(exportName);
    if (!negotiated) {
        ::close(m_fd);
        m_fd = -1;
        m_size = -1;
    }
    return negotiated;
}

std::expected<void, QString> NbdClient::negotiate(const QString &exportName)
{
    char greeting[18];
    if (auto r = receiveAll(greeting, sizeof greeting); !r)
        return r;
    if (qFromBigEndian<quint64>(greeting) != kNbdMagic || qFromBigEndian<quint64>(greeting + 8) != kOptionMagic)
        return fail(tr("not a newstyle NBD server"));
    const quint16 serverFlags = qFromBigEndian<quint16>(greeting + 16);
    if (!(serverFlags & kFlagFixedNewstyle))
        return fail(tr("the server does not speak fixed newstyle negotiation"));
    char clientFlags[4];
    qToBigEndian<quint32>(kFlagFixedNewstyle | (serverFlags & kFlagNoZeroes), clientFlags);
    if (auto r = sendAll(clientFlags, sizeof clientFlags); !r)
        return r;

    // NBD_OPT_GO: name length, name, no information requests (the export size always comes).
    const QByteArray name = exportName.toUtf8();
    QByteArray option(16 + 4 + name.size() + 2, '\0');
    qToBigEndian<quint64>(kOptionMagic, option.data());
    qToBigEndian<quint32>(kOptGo, option.data() + 8);
    qToBigEndian<quint32>(quint32(4 + name.size() + 2), option.data() + 12);
    qToBigEndian<quint32>(quint32(name.size()), option.data() + 16);
    std::memcpy(option.data() + 20, name.constData(), size_t(name.size()));
    if (auto r = sendAll(option.constData(), option.size()); !r)
        return r;
    for (;;) {
        char head[20];
        if (auto r = receiveAll(head, sizeof head); !r)
            return r;
        const quint32 type = qFromBigEndian<quint32>(head + 12);
        const quint32 length = qFromBigEndian<quint32>(head + 16);
        if (qFromBigEndian<quint64>(head) != kReplyMagic || qFromBigEndian<quint32>(head + 8) != kOptGo
            || length > kMaxOptionReply)
            return fail(tr("malformed option reply"));
        QByteArray data(length, '\0');
        if (auto r = receiveAll(data.data(), length); !r)
            return r;
        if (type & kRepErrorBit)
            return fail(tr("the server refused the export (error %1) %2")
                            .arg(type & ~kRepErrorBit).arg(QString::fromUtf8(data)));
        if (type == kRepInfo && length >= 12 && qFromBigEndian<quint16>(data.constData()) == kInfoExport)
            m_size = qint64(qFromBigEndian<quint64>(data.constData() + 2));
        if (type == kRepAck)
            break;
    }
    if (m_size < 0)
        return fail(tr("the server did not say the export's size"));
    return {};
}

std::expected<void, QString> NbdClient::read(qint64 offset, char *buffer, qint64 length)
{
    while (length > 0) {
        const qint64 n = std::min(length, kMaxRequest);
        char request[28];
        qToBigEndian<quint32>(kRequestMagic, request);
        qToBigEndian<quint16>(0, request + 4);
        qToBigEndian<quint16>(kCmdRead, request + 6);
        const quint64 cookie = ++m_cookie;
        qToBigEndian<quint64>(cookie, request + 8);
        qToBigEndian<quint64>(quint64(offset), request + 16);
        qToBigEndian<quint32>(quint32(n), request + 24);
        if (auto r = sendAll(request, sizeof request); !r)
            return r;
        char reply[16];
        if (auto r = receiveAll(reply, sizeof reply); !r)
            return r;
        if (qFromBigEndian<quint32>(reply) != kSimpleReplyMagic || qFromBigEndian<quint64>(reply + 8) != cookie)
            return fail(tr("malformed reply"));
        if (const quint32 error = qFromBigEndian<quint32>(reply + 4); error != 0)
            return fail(tr("reading %1 bytes at %2 failed (error %3)").arg(n).arg(offset).arg(error));
        if (auto r = receiveAll(buffer, n); !r)
            return r;
        buffer += n;
        offset += n;
        length -= n;
    }
    return {};
}

} // namespace ovf::package
