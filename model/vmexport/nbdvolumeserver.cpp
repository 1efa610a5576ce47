#include "model/vmexport/nbdvolumeserver.h"

#include "model/vmexport/libvirtvolumesource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

namespace {

// The NBD protocol (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md).
constexpr quint64 kNbdMagic = 0x4e42444d41474943ULL;  // "NBDMAGIC"
constexpr quint64 kOptMagic = 0x49484156454F5054ULL;  // "IHAVEOPT"
constexpr quint64 kReplyMagic = 0x3e889045565a9ULL;   // option replies
constexpr quint32 kRequestMagic = 0x25609513;
constexpr quint32 kSimpleReplyMagic = 0x67446698;
constexpr quint16 kFlagFixedNewstyle = 1, kFlagNoZeroes = 2;
constexpr quint16 kTransHasFlags = 1, kTransReadOnly = 2;
constexpr quint32 kOptExportName = 1, kOptAbort = 2, kOptInfo = 6, kOptGo = 7;
constexpr quint32 kRepAck = 1, kRepInfo = 3;
constexpr quint32 kRepErrUnsup = 0x80000001, kRepErrInvalid = 0x80000003, kRepErrUnknown = 0x80000006;
constexpr quint16 kCmdRead = 0, kCmdWrite = 1, kCmdDisc = 2, kCmdFlush = 3;
constexpr quint32 kEperm = 1, kEio = 5, kEinval = 22;
constexpr quint32 kMaxRequest = 32u << 20;

bool readExact(int fd, void *data, size_t size)
{
    auto *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool writeExact(int fd, const void *data, size_t size)
{
    const auto *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::send(fd, p, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

// Big-endian fields appended to a buffer.
struct Out
{
    QByteArray bytes;
    Out &u16(quint16 v) { v = qToBigEndian(v); bytes.append(reinterpret_cast<const char *>(&v), 2); return *this; }
    Out &u32(quint32 v) { v = qToBigEndian(v); bytes.append(reinterpret_cast<const char *>(&v), 4); return *this; }
    Out &u64(quint64 v) { v = qToBigEndian(v); bytes.append(reinterpret_cast<const char *>(&v), 8); return *this; }
    bool send(int fd) const { return writeExact(fd, bytes.constData(), size_t(bytes.size())); }
};

bool optionReply(int fd, quint32 option, quint32 type, const QByteArray &data = {})
{
    Out out;
    out.u64(kReplyMagic).u32(option).u32(type).u32(quint32(data.size()));
    out.bytes += data;
    return out.send(fd);
}

} // namespace

NbdVolumeServer::NbdVolumeServer(deploy::LibvirtConnection &connection, QHash<QString, Export> exports)
    : m_connection(connection), m_exports(std::move(exports))
{
}

std::expected<std::unique_ptr<NbdVolumeServer>, QString> NbdVolumeServer::start(deploy::LibvirtConnection &connection,
                                                                                QHash<QString, Export> exports)
{
    std::unique_ptr<NbdVolumeServer> server(new NbdVolumeServer(connection, std::move(exports)));
    server->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/ovfw-vol-XXXXXX"_s);
    if (!server->m_dir->isValid())
        return std::unexpected(tr("cannot create a private folder: %1").arg(server->m_dir->errorString()));
    QFile::setPermissions(server->m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    server->m_socket = server->m_dir->filePath(u"volumes.sock"_s);
    const QByteArray path = QFile::encodeName(server->m_socket);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return std::unexpected(tr("%1: the socket path is too long").arg(server->m_socket));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    server->m_listen = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (server->m_listen < 0 || ::bind(server->m_listen, reinterpret_cast<sockaddr *>(&address), sizeof(address)) < 0
        || ::listen(server->m_listen, 4) < 0)
        return std::unexpected(tr("%1: %2").arg(server->m_socket, QString::fromLocal8Bit(std::strerror(errno))));
    server->m_thread = std::thread([s = server.get()] { s->serve(); });
    return server;
}

NbdVolumeServer::~NbdVolumeServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listen >= 0)
        ::close(m_listen);
}

void NbdVolumeServer::serve()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        session(fd);
        ::close(fd);
    }
}

bool NbdVolumeServer::session(int fd)
{
    if (!Out().u64(kNbdMagic).u64(kOptMagic).u16(kFlagFixedNewstyle | kFlagNoZeroes).send(fd))
        return false;
    quint32 clientFlags = 0;
    if (!readExact(fd, &clientFlags, 4))
        return false;
    const bool noZeroes = qFromBigEndian(clientFlags) & kFlagNoZeroes;

    const Export *chosen = nullptr;
    while (!chosen) {
        quint64 magic = 0;
        quint32 option = 0, length = 0;
        if (!readExact(fd, &magic, 8) || !readExact(fd, &option, 4) || !readExact(fd, &length, 4))
            return false;
        option = qFromBigEndian(option);
        length = qFromBigEndian(length);
        if (qFromBigEndian(magic) != kOptMagic || length > 65536)
            return false;
        QByteArray data(qsizetype(length), Qt::Uninitialized);
        if (length && !readExact(fd, data.data(), length))
            return false;
        if (option == kOptExportName) {
            const auto it = m_exports.constFind(QString::fromUtf8(data));
            if (it == m_exports.cend())
                return false; // the protocol has no error reply here: close
            chosen = &*it;
            Out out;
            out.u64(quint64(chosen->size)).u16(kTransHasFlags | kTransReadOnly);
            if (!noZeroes)
                out.bytes.append(124, '\0');
            if (!out.send(fd))
                return false;
        } else if (option == kOptGo || option == kOptInfo) {
            if (data.size() < 6) {
                if (!optionReply(fd, option, kRepErrInvalid))
                    return false;
                continue;
            }
            const quint32 nameLength = qFromBigEndian<quint32>(data.constData());
            if (qsizetype(nameLength) + 6 > data.size())
                return false;
            const QString name = QString::fromUtf8(data.mid(4, nameLength));
            const auto it = m_exports.constFind(name);
            if (it == m_exports.cend()) {
                if (!optionReply(fd, option, kRepErrUnknown))
                    return false;
                continue;
            }
            Out info;
            info.u16(0 /* NBD_INFO_EXPORT */).u64(quint64(it->size)).u16(kTransHasFlags | kTransReadOnly);
            if (!optionReply(fd, option, kRepInfo, info.bytes) || !optionReply(fd, option, kRepAck))
                return false;
            if (option == kOptGo)
                chosen = &*it;
        } else if (option == kOptAbort) {
            optionReply(fd, option, kRepAck);
            return true;
        } else if (!optionReply(fd, option, kRepErrUnsup)) {
            return false; // structured replies, metadata contexts, listing, TLS: not offered
        }
    }

    LibvirtVolumeSource source(m_connection, chosen->pool, chosen->volume, chosen->size, VolumeReadAhead::kChunk);
    QByteArray buffer;
    for (;;) {
        quint32 magic = 0, length = 0;
        quint16 flags = 0, type = 0;
        quint64 cookie = 0, offset = 0;
        if (!readExact(fd, &magic, 4) || !readExact(fd, &flags, 2) || !readExact(fd, &type, 2)
            || !readExact(fd, &cookie, 8) || !readExact(fd, &offset, 8) || !readExact(fd, &length, 4))
            return false;
        if (qFromBigEndian(magic) != kRequestMagic)
            return false;
        type = qFromBigEndian(type);
        offset = qFromBigEndian(offset);
        length = qFromBigEndian(length);
        const auto reply = [&](quint32 error) {
            return Out().u32(kSimpleReplyMagic).u32(error).u64(qFromBigEndian(cookie)).send(fd);
        };
        if (type == kCmdDisc)
            return true;
        if (type == kCmdRead) {
            if (length > kMaxRequest || offset + length > quint64(chosen->size)) {
                if (!reply(kEinval))
                    return false;
                continue;
            }
            buffer.resize(qsizetype(length));
            if (auto read = source.read(qint64(offset), buffer.data(), length); !read) {
                if (!reply(kEio))
                    return false;
                continue;
            }
            if (!reply(0) || !writeExact(fd, buffer.constData(), length))
                return false;
        } else if (type == kCmdFlush) {
            if (!reply(0))
                return false;
        } else if (type == kCmdWrite) {
            // Read-only: swallow the payload, refuse.
            buffer.resize(qsizetype(std::min(length, kMaxRequest)));
            if (length > kMaxRequest || !readExact(fd, buffer.data(), length) || !reply(kEperm))
                return false;
        } else if (!reply(kEinval)) {
            return false;
        }
    }
}

} // namespace ovf::vmexport
