#include "model/deploy/targetfacts.h"

#include "model/deploy/libvirtconnection.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

bool TargetFacts::hasPool(const QString &name) const
{
    return std::any_of(pools.cbegin(), pools.cend(), [&name](const StorageTarget &p) { return p.name == name; });
}

bool TargetFacts::hasNetwork(const QString &name) const
{
    return std::any_of(networks.cbegin(), networks.cend(), [&name](const TargetNetwork &n) { return n.name == name; });
}

QStringList TargetFacts::activeNetworks() const
{
    QStringList names;
    for (const TargetNetwork &n : networks) {
        if (n.active)
            names.append(n.name);
    }
    return names;
}

std::expected<TargetFacts, BackendError> TargetFacts::gather(const QString &uri)
{
    auto conn = LibvirtConnection::open(uri);
    if (!conn)
        return std::unexpected(conn.error());
    TargetFacts facts;
    auto networks = (*conn)->networks();
    if (!networks)
        return std::unexpected(networks.error());
    facts.networks = *networks;
    auto pools = (*conn)->storagePools();
    if (!pools)
        return std::unexpected(pools.error());
    facts.pools = *pools;
    auto domains = (*conn)->domainNames();
    if (!domains)
        return std::unexpected(domains.error());
    facts.domains = *domains;
    return facts;
}

QString defaultPoolPath(const QString &uri)
{
    // virt-install (virtinst/storage.py): the session default lives in the user's data folder.
    if (uri.contains(u"/session"_s))
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/libvirt/images"_s;
    return u"/var/lib/libvirt/images"_s;
}

} // namespace ovf::deploy
