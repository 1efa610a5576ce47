#pragma once

#include "model/deploy/domainspec.h"
#include "model/deploy/plancheck.h"
#include "model/deploy/vendorsettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ovf::deploy {

// Where one disk of a domain comes from once converted (or, for a dry run, where it would go).
struct DiskSource
{
    QString file;
    QString pool;
    QString volume;
    DiskFormat format = DiskFormat::Qcow2;
};

// What the deployer knows about a system besides the plan.
struct DomainInputs
{
    QString type = QStringLiteral("qemu"); // Backend::domainType()
    QString serialLog; // non-empty: the first serial port logs to this file
    QMap<QString, DiskSource> disks; // ovf:diskId -> its converted disk
    QMap<QString, QString> files; // File ovf:id -> path (ISO images referenced "ovf:/file/ID")
    QString environmentIso; // the OVF environment ISO (ISO transport); empty: none
};

// The DomainSpec of one system of a checked plan: DomainXmlBuilder's mapping of the effective
// items (per-configuration overrides applied), the generated VM name, every NIC's target network from the plan, disk sources, and the
// environment ISO as a read-only CD-ROM (an empty CD-ROM drive of the package is used when
// there is one, else a new drive on a free IDE unit, else on a SATA controller).
class DeployerDomain
{
    Q_DECLARE_TR_FUNCTIONS(DeployerDomain)

public:
    static DomainSpec build(const PlanCheck &check, const EffectiveSystem &system, const DomainInputs &inputs);

    // The firmware and machine type: `choice` overrides; Auto follows the package's request
    // (VendorSettings). UEFI is OVMF; q35 where the package needs it (secure boot, a boot
    // disk on SATA), IDE drives then moved to SATA; the i440FX machine otherwise. Each
    // choice that departs from plain BIOS on i440FX is noted in spec.notes.
    static void chooseFirmware(DomainSpec &spec, FirmwareChoice choice, const VendorSettings &vendor);

    // Adds `iso` as a read-only CD-ROM to `spec` (see above).
    static void attachIso(DomainSpec &spec, const QString &iso);

    // A generated base name for the converted disk `diskId` of VM `vmName` (no extension):
    // "<vm>-<diskId>" sanitised like VM names.
    static QString diskName(const QString &vmName, const QString &diskId);
};

} // namespace ovf::deploy
