#pragma once

#include "model/deploy/libvirtconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <atomic>
#include <expected>
#include <memory>
#include <thread>

class QTemporaryDir;

namespace ovf::vmexport {

// A read-only NBD server (the NBD protocol, "fixed newstyle" handshake, simple replies) on a
// Unix socket in a private 0700 folder, whose exports are storage volumes read through libvirt
// (virStorageVolDownload ranges, LibvirtVolumeSource): the bridge that lets qemu-nbd / qemu-img
// open a qcow2 volume of a remote host, with its backing chain, as a qcow2 image over NBD
// (json: {"driver":"qcow2","file":{"driver":"nbd",...}}), so qemu's own qcow2 code gives the
// guest bytes and nothing is copied to this machine first.
//
// Serves one client at a time on its own thread until destroyed; each export's bytes come
// from one download stream reused while reads go forward (qcow2 metadata reads backwards
// restart it). Writes are refused. The connection is used only from the server thread while
// a client is connected: do not use it elsewhere meanwhile.
class NbdVolumeServer
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::NbdVolumeServer)

public:
    struct Export
    {
        QString pool;
        QString volume;
        qint64 size = 0; // bytes of the volume as libvirt sends it (its physical size)
    };

    // Starts listening; `exports` by export name.
    static std::expected<std::unique_ptr<NbdVolumeServer>, QString> start(deploy::LibvirtConnection &connection,
                                                                          QHash<QString, Export> exports);
    ~NbdVolumeServer();

    const QString &socketPath() const { return m_socket; }

private:
    NbdVolumeServer(deploy::LibvirtConnection &connection, QHash<QString, Export> exports);
    void serve();
    bool session(int fd);

    deploy::LibvirtConnection &m_connection;
    QHash<QString, Export> m_exports;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_socket;
    int m_listen = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace ovf::vmexport
