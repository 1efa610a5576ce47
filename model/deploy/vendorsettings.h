#pragma once

#include "model/deploy/effectivesystem.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ovf::deploy {

// What a system's vendor extensions ask of the deployment, as far as a libvirt target can
// honour it, and what is read but not applied. VMware's vocabulary (namespace
// http://www.vmware.com/schema/ovf, as ovftool writes it):
//  - vmw:Config / vmw:ExtraConfig in the VirtualHardwareSection: key "firmware" ("efi" or
//    "bios") and "bootOptions.efiSecureBootEnabled" ("true") are applied; other keys are
//    VMX settings a libvirt target has no place for (named, not applied);
//  - vmw: sections of the VirtualSystem (BootOrderSection, vServiceDependencySection,
//    IpAssignmentSection, StorageGroupSection, ...), whatever their ovf:required: named,
//    not applied (the boot order follows the disks' order; the rest has no libvirt
//    counterpart). Their presence does not stop a deployment.
struct VendorSettings
{
    Q_DECLARE_TR_FUNCTIONS(VendorSettings)

public:
    std::optional<bool> efi; // the package asks for UEFI (true) or BIOS (false); nullopt: silent
    QString efiSource; // where: "vmw:Config firmware=\"efi\""
    bool secureBoot = false;
    QStringList notApplied; // one sentence per vendor section or setting read but not applied

    static VendorSettings read(const EffectiveSystem &system);
};

} // namespace ovf::deploy
