#include "model/deploy/deployerdomain.h"

#include "model/deploy/domainxmlbuilder.h"
#include "model/deploy/vendorsettings.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

void DeployerDomain::chooseFirmware(DomainSpec &spec, FirmwareChoice choice, const VendorSettings &vendor)
{
    const bool efi = choice == FirmwareChoice::Efi || (choice == FirmwareChoice::Auto && vendor.efi.value_or(false));
    spec.firmware = efi ? DomainSpec::Firmware::Efi : DomainSpec::Firmware::Bios;
    spec.secureBoot = efi && vendor.secureBoot;
    if (choice == FirmwareChoice::Auto && vendor.efi == true)
        spec.notes << tr("firmware: UEFI (OVMF), as the package asks (%1)%2")
                          .arg(vendor.efiSource, spec.secureBoot ? tr(", with secure boot") : QString());
    else if (choice == FirmwareChoice::Efi)
        spec.notes << tr("firmware: UEFI (OVMF), as chosen for this deployment");
    else if (choice == FirmwareChoice::Bios && vendor.efi == true)
        spec.notes << tr("firmware: BIOS as chosen, although the package asks for UEFI (%1)").arg(vendor.efiSource);
    if (!efi && vendor.secureBoot)
        spec.notes << tr("secure boot is asked for but needs UEFI; not applied");

    // q35 where the package needs it: secure boot (SMM), or a boot disk on SATA/NVMe (the
    // i440FX machine has no AHCI of its own). Otherwise the i440FX machine ("pc").
    const auto boot = std::find_if(spec.disks.cbegin(), spec.disks.cend(),
                                   [](const DomainSpec::Disk &d) { return d.bootOrder == 1; });
    const bool sataBoot = boot != spec.disks.cend() && boot->bus == DomainSpec::Bus::Sata;
    if (!spec.secureBoot && !sataBoot)
        return;
    spec.machine = u"q35"_s;
    spec.notes << (spec.secureBoot ? tr("machine: q35, which secure boot needs")
                                   : tr("machine: q35, for the boot disk on SATA"));
    // q35 has no IDE: what the package put on IDE moves to its SATA (AHCI) controller.
    int sata = -1;
    for (const DomainSpec::Controller &c : std::as_const(spec.controllers)) {
        if (c.type == u"sata")
            sata = sata < 0 ? c.index : std::min(sata, c.index);
    }
    QSet<int> used;
    bool moved = false;
    for (const DomainSpec::Disk &d : std::as_const(spec.disks)) {
        if (d.bus == DomainSpec::Bus::Sata && d.controller == std::max(sata, 0))
            used.insert(d.unit);
    }
    for (DomainSpec::Disk &d : spec.disks) {
        if (d.bus != DomainSpec::Bus::Ide)
            continue;
        if (sata < 0) {
            sata = 0;
            spec.controllers.append(DomainSpec::Controller{u"sata"_s, 0, QString(), QString()});
        }
        int unit = 0;
        while (used.contains(unit))
            ++unit;
        used.insert(unit);
        d.bus = DomainSpec::Bus::Sata;
        d.controller = sata;
        d.unit = unit;
        moved = true;
    }
    spec.controllers.removeIf([](const DomainSpec::Controller &c) { return c.type == u"ide"; });
    if (moved)
        spec.notes << tr("IDE drives are attached to SATA: the q35 machine has no IDE");
}

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
    // The i440FX machine always has the PIIX IDE controller: two channels, four units. The
    // q35 machine has none.
    for (int unit = 0; unit < (spec.machine == u"q35" ? 0 : 4); ++unit) {
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
    spec.vcpus = check.cpus.value(system.id, spec.vcpus);
    spec.memoryBytes = check.memoryBytes.value(system.id, spec.memoryBytes);
    for (DomainSpec::Nic &nic : spec.nics) {
        const QString target = check.networks.value(nic.ovfNetwork);
        if (nic.ovfNetwork.isEmpty() || target == Plan::notConnected) {
            nic.network.clear();
            nic.linkDown = true; // user-mode backend, link down: present but not connected
        } else if (target == Plan::userNetworking) {
            nic.network.clear();
        } else {
            nic.network = target;
        }
    }
    const VendorSettings vendor = VendorSettings::read(system);
    chooseFirmware(spec, check.firmware, vendor);
    spec.notes += vendor.notApplied;
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
