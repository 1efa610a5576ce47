#include "model/authoring/appliancetemplate.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ovf::authoring {

QList<ApplianceTemplate> ApplianceTemplate::all()
{
    return {
        {u"generic-kvm"_s, tr("Generic QEMU/KVM"),
         tr("An IDE controller every guest boots from and a virtio network adapter; deploys to libvirt as is.")},
        {u"vsphere"_s, tr("vSphere-compatible"),
         tr("Paravirtual SCSI, an IDE controller for CD/DVD drives and VMXNET3, hardware version 13.")},
        {u"virtualbox"_s, tr("VirtualBox-compatible"),
         tr("A SATA (AHCI) controller, an IDE controller for CD/DVD drives and an E1000 adapter.")},
    };
}

std::expected<QByteArray, QString> ApplianceTemplate::bytes(const QString &id)
{
    QStringList ids;
    for (const ApplianceTemplate &t : all()) {
        ids << t.id;
        if (t.id != id)
            continue;
        QFile f(u":/templates/"_s + id + u".ovf"_s);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(tr("The template %1 is missing from this build.").arg(id));
        return f.readAll();
    }
    return std::unexpected(tr("There is no template \"%1\" (%2).").arg(id, ids.join(u", "_s)));
}

} // namespace ovf::authoring
