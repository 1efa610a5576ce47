#include "model/deploy/deployerdomain.h"

#include "model/deploy/domainxmlbuilder.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString DeployerDomain::diskName(const QString &vmName, const QString &diskId)
{
    return sanitizeVmName(vmName + u'-' + diskId);
}

void DeployerDomain::attachIso(DomainSpec &spec, const QString &iso)
{
    for (DomainSpec::Disk &d : spec.disks) {
        if (d.device == DomainSpec::Device::Cdrom && d.file.isEmpty() && d.volume.isEmpty()) {
            d.file = iso;
            d.readOnly = true;
            return;
        }
    }
    DomainSpec::Disk cd;
    cd.device = DomainSpec::Device::Cdrom;
    cd.file = iso;
    cd.readOnly = true;
    cd.format = DiskFormat::Raw;
    const auto used = [&spec](DomainSpec::Bus bus, int controller, int unit) {
        return std::any_of(spec.disks.cbegin(), spec.disks.cend(), [&](const DomainSpec::Disk &d) {
            return d.bus == bus && d.controller == controller && d.unit == unit;
        });
    };
    // The i440FX machine always has the PIIX IDE controller: two channels, four units.
    for (int unit = 0; unit < 4; ++unit) {
        if (!used(DomainSpec::Bus::Ide, 0, unit)) {
            cd.bus = DomainSpec::Bus::Ide;
            cd.unit = unit;
            if (!std::any_of(spec.controllers.cbegin(), spec.controllers.cend(),
                             [](const DomainSpec::Controller &c) { return c.type == u"ide"; }))
                spec.controllers.append(DomainSpec::Controller{u"ide"_s, 0, QString(), QString()});
            spec.disks.append(cd);
            return;
        }
    }
    int sata = -1;
    for (const DomainSpec::Controller &c : std::as_const(spec.controllers)) {
        if (c.type == u"sata")
            sata = std::max(sata, c.index);
    }
    if (sata < 0) {
        sata = 0;
        spec.controllers.append(DomainSpec::Controller{u"sata"_s, 0, QString(), QString()});
    }
    for (int unit = 0; unit < 6; ++unit) {
        if (!used(DomainSpec::Bus::Sata, sata, unit)) {
            cd.bus = DomainSpec::Bus::Sata;
            cd.controller = sata;
            cd.unit = unit;
            spec.disks.append(cd);
            return;
        }
    }
    spec.notes.append(tr("no free drive slot for the OVF environment CD-ROM"));
}

DomainSpec DeployerDomain::build(const PlanCheck &check, const EffectiveSystem &system, const DomainInputs &inputs)
{
    DomainXmlBuilder::Options options;
    options.name = check.vmNames.value(system.id, sanitizeVmName(system.id));
    options.type = inputs.type;
    options.serialLog = inputs.serialLog;
    DomainSpec spec = DomainXmlBuilder::fromHardware(system.items, options);
    for (DomainSpec::Nic &nic : spec.nics)
        nic.network = check.networks.value(nic.ovfNetwork);
    for (DomainSpec::Disk &disk : spec.disks) {
        if (!disk.ovfDiskId.isEmpty() && inputs.disks.contains(disk.ovfDiskId)) {
            const DiskSource &s = inputs.disks[disk.ovfDiskId];
            disk.file = s.file;
            disk.pool = s.pool;
            disk.volume = s.volume;
            disk.format = s.format;
        } else if (!disk.ovfFileId.isEmpty() && inputs.files.contains(disk.ovfFileId)) {
            disk.file = inputs.files.value(disk.ovfFileId);
            disk.format = DiskFormat::Raw;
            disk.readOnly = disk.device == DomainSpec::Device::Cdrom;
        }
    }
    if (!inputs.environmentIso.isEmpty()) {
        attachIso(spec, inputs.environmentIso);
        spec.ovfTransports << u"iso"_s;
    }
    return spec;
}

} // namespace ovf::deploy
