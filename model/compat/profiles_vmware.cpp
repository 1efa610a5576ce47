// The VMware targets: vSphere 7 and 8 (vCenter's "Deploy OVF Template" and OVF Tool) and
// Workstation / Fusion (which import through the OVF Tool they bundle).
//
// Sources, cited per fact below:
//  [KB-HW]   VMware KB 1003746 (Broadcom KB 315655) "Virtual machine hardware versions":
//            ESXi 7.0 U2+ runs hardware versions 4..19, ESXi 8.0 U2 4..21, Workstation 17.5 up to 21.
//  [OVFTOOL] VMware OVF Tool User's Guide (4.4-4.6): --shaAlgorithm SHA1|SHA256|SHA512,
//            --allowExtraConfig / --allowAllExtraConfig ("ExtraConfig options ... are a
//            security risk"), gzip (ovf:compression) and chunked files (--chunkSize) on export
//            and import, --acceptAllEulas, --deploymentOption, --prop:KEY=VALUE.
//  [LAM16]   W. Lam, "Default hashing algorithm changed in OVFTool 4.2" (virtuallyghetto,
//            2016): the Web/HTML5 clients accept SHA256; only the retired C# client was
//            SHA1-only.
//  [CORPUS]  what vSphere and OVF Tool exports in ../shared/corpus/real write (vmx-NN
//            families, lsilogic/lsilogicsas/VirtualSCSI/buslogic, vmware.sata.ahci,
//            vmware.nvme.controller, E1000/E1000e/VmxNet3/PCNet32, IDE controllers without a
//            ResourceSubType, HostResource "ovf:/disk/ID", vmw:Config firmware).
//  [FORUMS]  community reports of vSphere refusing VirtualBox exports: "Unsupported hardware
//            family 'virtualbox-2.2'", "No support for the virtual hardware device type '20'"
//            (AHCI), "Unsupported element 'StorageItem'", "Unsupported value ... for element
//            'ResourceSubType'". The wording is vSphere's; which element triggers which
//            message is inferred from those reports, not from documentation.
#include "model/compat/profilesdata.h"

using namespace Qt::StringLiterals;

namespace ovf::compat::data {

namespace {

QList<SubtypeRule> vmwareSubtypes()
{
    return {
        // IDE: VMware writes no subtype [CORPUS]; VirtualBox's PIIX3/PIIX4 are refused
        // as an unsupported ResourceSubType value (inferred, [FORUMS]).
        {5, SubtypeRule::Bus::Any, {u""_s}, Verdict::Refused, u""_s},
        // SCSI: the four adapters vSphere offers [CORPUS]; others refused (inferred).
        {6, SubtypeRule::Bus::Any, {u"lsilogic"_s, u"lsilogicsas"_s, u"buslogic"_s, u"VirtualSCSI"_s},
         Verdict::Refused, u"lsilogic"_s},
        // SATA: vmware.sata.ahci (vSphere 5.5+) [CORPUS]; VirtualBox's "AHCI" gives "No support
        // for the virtual hardware device type '20'" [FORUMS].
        {20, SubtypeRule::Bus::Sata, {u"vmware.sata.ahci"_s}, Verdict::Refused, u"vmware.sata.ahci"_s},
        // NVMe: vmware.nvme.controller (vSphere 6.5+) [CORPUS].
        {20, SubtypeRule::Bus::Nvme, {u"vmware.nvme.controller"_s}, Verdict::Refused, u"vmware.nvme.controller"_s},
        // NICs [CORPUS]: the adapters of the vSphere client's NIC list.
        {10, SubtypeRule::Bus::Any,
         {u"E1000"_s, u"E1000e"_s, u"VmxNet3"_s, u"VmxNet2"_s, u"Vmxnet"_s, u"PCNet32"_s},
         Verdict::Refused, u"VmxNet3"_s},
    };
}

QList<int> vmwareResourceTypes()
{
    // Processor, memory, IDE, SCSI, Ethernet, floppy, CD, DVD, disk, other storage (SATA/NVMe),
    // serial, parallel, USB, graphics, sound [CORPUS: vSphere exports use all of these].
    return {1, 3, 4, 5, 6, 10, 14, 15, 16, 17, 20, 21, 22, 23, 24, 35};
}

Profile vsphere(int generation)
{
    Profile p;
    // OVF 0.9 and 1.x are what vSphere writes and reads [OVFTOOL]. An OVF 2 envelope is read
    // (OVF Tool 4 knows the 2.0 namespace), but its StorageItem / EthernetPortItem are not
    // [FORUMS: "Unsupported element 'StorageItem'"] (inferred).
    p.ovfVersions = {ns::OvfVersion::V0_9, ns::OvfVersion::V1, ns::OvfVersion::V2};
    p.readsOvf2Items = false;
    p.ovf2Items = Verdict::Refused;
    // vApps: VirtualSystemCollection deploys as a vApp on vCenter [OVFTOOL].
    p.readsCollections = true;
    // DSP0243 attributes are namespace-qualified; OVF Tool validates against the schema and
    // reports unqualified ones (inferred from [OVFTOOL]'s schema validation).
    p.readsUnqualifiedAttributes = false;
    // ... but vCenter itself writes <Item configuration="..."> and <License msgid="...">
    // unqualified and reads them back ([CORPUS] vcsa65.ovf, VMware's vCenter appliance).
    p.unqualifiedRead = {u"configuration"_s, u"msgid"_s};
    // SHA1, SHA256, SHA512 [OVFTOOL, LAM16]; default SHA256 since OVF Tool 4.2 [LAM16].
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s, u"SHA512"_s};
    p.preferredManifest = u"SHA256"_s;
    p.gzipFiles = true;    // [OVFTOOL]
    p.chunkedFiles = true; // [OVFTOOL]
    // The vSphere client uploads OVA members through its own tar reader; OVF Tool writes
    // members over 8 GiB with GNU/PAX size extensions and reads them back (inferred).
    p.largeTarMembers = true;
    // vmx-NN families up to the ESXi's hardware version [KB-HW]; others: "Unsupported
    // hardware family" [FORUMS].
    p.systemTypes = {generation >= 8 ? u"vmx-0*([4-9]|1[0-9]|2[01])"_s : u"vmx-0*([4-9]|1[0-9])"_s};
    p.otherSystemType = Verdict::Refused;
    p.preferredSystemType = generation >= 8 ? u"vmx-20"_s : u"vmx-17"_s; // [KB-HW] vmx-17: ESXi 7.0 GA
    p.subtypes = vmwareSubtypes();
    p.resourceTypes = vmwareResourceTypes();
    p.otherResourceType = Verdict::Refused; // "No support for the virtual hardware device type" [FORUMS]
    // HostResource: VMware writes "ovf:/disk/ID" [CORPUS] and reads "/disk/ID" as well: OVF
    // Tool's own positive conformance tests use it ([CORPUS] govmomi/ovftool-pos/valid_bound.ovf).
    p.readsBareHostResource = true;
    p.assumesMegabytes = false; // AllocationUnits are read [CORPUS: "byte * 2^20" and "MB"]
    // The deploy wizard shows the download size and checks datastore space from ovf:size;
    // without it the check is skipped (inferred). vtpm-spec-with-nvram.ovf [CORPUS] shows that
    // a File without ovf:size is accepted.
    p.needsFileSize = true;
    p.missingFileSize = Verdict::Degraded;
    p.duplicateInstanceId = Verdict::Refused; // ovftool-neg/dup_instanceid.ovf is OVF Tool's own negative test [CORPUS]
    p.readsVmwFirmware = true;  // vmw:Config firmware [CORPUS, OVFTOOL]
    // vCenter offers properties, EULAs, deployment options and localized texts in its deploy
    // wizard; vApp start order comes from StartupSection [OVFTOOL].
    p.readsProperties = true;
    p.readsEulas = true;
    p.readsDeploymentOptions = true;
    p.readsStrings = true;
    p.readsStartup = true;
    p.readsVmwExtensions = true;
    // ExtraConfig: OVF Tool drops keys outside its allow-list unless --allowExtraConfig is
    // given [OVFTOOL]; the list itself is not published. VMware's own appliances ship
    // isolation.tools.* keys ([CORPUS] nsx-unified-appliance), so those pass; keys that tune the
    // virtual machine monitor and the VMX process are assumed dropped (inferred, not documented).
    p.refusedExtraConfig = {u"monitor\\..*"_s, u"monitor_control\\..*"_s, u"vmx\\..*"_s, u"sched\\..*"_s};
    p.extraConfig = Verdict::Degraded;
    // VM names: up to 80 characters in vCenter's inventory (inferred from the vSphere
    // client's name field); any characters ('%', '/', '\' are escaped, not refused).
    p.nameCharacters = QString();
    p.maxNameLength = 80;
    p.nameChanged = Verdict::Degraded;
    return p;
}

} // namespace

Profile vsphere7()
{
    Profile p = vsphere(7);
    p.id = u"vsphere7"_s;
    p.name = u"VMware vSphere 7 (vCenter, OVF Tool)"_s;
    return p;
}

Profile vsphere8()
{
    Profile p = vsphere(8);
    p.id = u"vsphere8"_s;
    p.name = u"VMware vSphere 8 (vCenter, OVF Tool)"_s;
    return p;
}

Profile workstation()
{
    // Workstation 17 / Fusion 13 import with their bundled OVF Tool: the same reader as
    // vSphere [OVFTOOL], with a "Retry" that relaxes the specification and hardware compliance
    // checks after a failed import (Workstation's import dialog), so hardware refusals become
    // losses (degraded).
    Profile p = vsphere(8);
    p.id = u"workstation"_s;
    p.name = u"VMware Workstation 17 / Fusion 13"_s;
    p.systemTypes = {u"vmx-0*([3-9]|1[0-9]|2[01])"_s}; // [KB-HW] Workstation 17.5: up to 21
    p.otherSystemType = Verdict::Degraded;
    p.preferredSystemType = u"vmx-19"_s;
    for (SubtypeRule &r : p.subtypes)
        r.otherwise = Verdict::Degraded;
    p.otherResourceType = Verdict::Degraded;
    // A standalone VM: no vApp, so a collection is refused ("Unsupported element
    // 'VirtualSystemCollection'" on hosts without vCenter [romant.net 2010]; Workstation
    // likewise has no vApp container, inferred).
    p.readsCollections = false;
    p.collection = Verdict::Refused;
    // Workstation has no vApp options: properties and deployment options are not offered
    // (inferred: its import dialog asks only for a name and a path); EULAs are shown.
    p.readsProperties = false;
    p.readsDeploymentOptions = false;
    p.readsStartup = false;
    p.maxNameLength = 0;
    return p;
}

} // namespace ovf::compat::data
