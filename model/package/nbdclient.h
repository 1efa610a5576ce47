#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace ovf::package {

// A minimal NBD client (the NBD protocol, "fixed newstyle" negotiation, simple replies) over
// a Unix socket: enough to read a disk image that qemu-nbd exports, without a kernel NBD
// device or root. Big-endian on the wire, as the protocol says.
//
// connect() negotiates with NBD_OPT_GO for the export `name` and learns its size; read() sends
// NBD_CMD_READ requests of at most kMaxRequest bytes and waits for each reply. The destructor
// sends NBD_CMD_DISC and closes the socket. Blocking; not thread-safe. Errors name `where`.
class NbdClient
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::NbdClient)

public:
    static constexpr qint64 kMaxRequest = 8 << 20; // well under qemu's 32 MiB limit

    explicit NbdClient(QString where) : m_where(std::move(where)) { }
    ~NbdClient();
    NbdClient(const NbdClient &) = delete;
    NbdClient &operator=(const NbdClient &) = delete;

    // Connects to the Unix socket; fails with errno's message when nobody listens yet.
    std::expected<void, QString> connect(const QString &socketPath, const QString &exportName = {});
    qint64 size() const { return m_size; }
    std::expected<void, QString> read(qint64 offset, char *buffer, qint64 length);

private:
    std::expected<void, QString> sendAll(const void *data, qint64 size);
    std::expected<void, QString> receiveAll(void *data, qint64 size);
    std::expected<void, QString> negotiate(const QString &exportName);
    std::unexpected<QString> fail(const QString &what) const;

    QString m_where;
    int m_fd = -1;
    qint64 m_size = -1;
    quint64 m_cookie = 0;
};

} // namespace ovf::package
