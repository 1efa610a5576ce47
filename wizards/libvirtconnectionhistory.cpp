#include "wizards/libvirtconnectionhistory.h"

#include "model/deploy/plan.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString settingsKey = u"libvirt/connections"_s;
}

QStringList LibvirtConnectionHistory::uris()
{
    QStringList list = QSettings().value(settingsKey).toStringList().mid(0, MaxEntries);
    const QString local = ovf::deploy::Plan::defaultLibvirtUri.toString();
    if (!list.contains(local))
        list.append(local);
    return list;
}

void LibvirtConnectionHistory::remember(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = QSettings().value(settingsKey).toStringList();
    list.removeAll(trimmed);
    list.prepend(trimmed);
    QSettings().setValue(settingsKey, list.mid(0, MaxEntries));
}
