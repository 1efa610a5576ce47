#pragma once

#include "model/deploy/backend.h"
#include "model/deploy/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace ovf::deploy {

// What a libvirt target has before anything is deployed: its networks, storage pools and
// domain names. checkPlan() uses it to fill in what the plan leaves open the way
// virt-install would on a freshly installed host (the default pool, the only network, or
// user-mode networking when there is none) and to keep generated VM names unique.
struct TargetFacts
{
    QList<TargetNetwork> networks;
    QList<StorageTarget> pools;
    QStringList domains;

    bool hasPool(const QString &name) const;
    bool hasNetwork(const QString &name) const;
    // The active networks' names.
    QStringList activeNetworks() const;

    // Asks the libvirt target of `plan` (blocking: a worker thread or the CLI). Errors name
    // the URI and carry libvirt's message.
    static std::expected<TargetFacts, BackendError> gather(const QString &uri);
};

// Where virt-install puts its default pool: /var/lib/libvirt/images for a system
// connection, $XDG_DATA_HOME/libvirt/images (~/.local/share/libvirt/images) for a session.
QString defaultPoolPath(const QString &uri);

} // namespace ovf::deploy
