#pragma once

#include <QStringList>

// The libvirt connection URIs the user has used (QSettings "libvirt/connections"), most
// recent first, at most MaxEntries; qemu:///system is always offered. The deploy wizard's
// Target page and New from Virtual Machine offer them; a URI is remembered once a connection
// to it answered (listing its domains or pools) or a deployment used it.
class LibvirtConnectionHistory
{
public:
    static constexpr int MaxEntries = 10;

    static QStringList uris();
    // Moves `uri` (trimmed; ignored when empty) to the front.
    static void remember(const QString &uri);
};
