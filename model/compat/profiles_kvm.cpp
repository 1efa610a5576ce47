// The QEMU/KVM targets: Proxmox VE 8 (`qm importovf` and the OVA import of its storage
// view), oVirt (its OVA import runs virt-v2v -i ova) and libvirt (OVF Workbench's own deploy).
//
// Sources, cited per fact below:
//  [PVE]   proxmox/pve-storage src/PVE/GuestImport/OVF.pm (commit 0fdbc284), the parser behind
//          both `qm importovf` and the import wizard. It registers only the OVF 1 namespace
//          and RASD/VSSD, and reads with XPaths rooted at /ovf:Envelope/ovf:VirtualSystem:
//          Name (characters outside [a-zA-Z0-9.-] removed), ResourceType 3 and 4
//          VirtualQuantity (memory taken as MB), disk Items whose HostResource matches
//          ^ovf:/SECTION/ID$ (others skipped with a warning), controllers by ResourceType
//          (5 ide, 6 scsi, 20 sata), File hrefs limited to PVE's safe characters (others:
//          "referenced path ... is invalid"), NIC ResourceSubType lowercased and kept only when
//          e1000, e1000e or vmxnet3 (else e1000), vmw:Config firmware="efi" -> OVMF. The
//          manifest, References sizes, compression, ProductSection, EulaSection,
//          DeploymentOptionSection, StartupSection and Strings are never read.
//  [V2V]   libguestfs/virt-v2v input/OVF.ml and input/OVA.ml: the OVF 1 namespace only,
//          Items under /ovf:Envelope/ovf:VirtualSystem/ovf:VirtualHardwareSection, memory as
//          MB, HostResource "^(?:ovf:)?/disk/", compression gzip or identity (others are an
//          error), manifest lines "SHA1(...)=" or "SHA256(...)=" (others: "unable to parse
//          line from manifest file", not verified), tar/zip/gzip/xz OVAs through GNU tar,
//          vmw:Config firmware bios/efi.
//  [OVIRT] oVirt Administration Guide, "Importing a Virtual Machine from a Host" (OVA):
//          virt-v2v converts the OVA; names: letters, numbers, '-', '_', '.', up to 64
//          characters (the engine's VM name validation).
//  [WB]    OVF Workbench's deploy (model/deploy): EffectiveConfiguration::systemTypeRank,
//          DomainXmlBuilder::nicModel / scsiModel and the ResourceType table of
//          domainxmlbuilder.h. The libvirt profile asks those functions directly (see
//          Profile::workbenchDeploy in the linter) instead of copying their tables.
#include "model/compat/profilesdata.h"

using namespace Qt::StringLiterals;

namespace ovf::compat::data {

namespace {

// What [PVE] and [V2V] have in common: XPath readers of the OVF 1 vocabulary.
Profile xpathReader()
{
    Profile p;
    p.ovfVersions = {ns::OvfVersion::V1};
    p.otherVersion = Verdict::Refused; // the XPaths find no VirtualSystem [PVE, V2V]
    p.readsOvf2Items = false;
    p.ovf2Items = Verdict::Degraded; // ovf:Item only: the disks and NICs are silently missing [PVE, V2V]
    p.readsCollections = false;
    p.collection = Verdict::Refused; // /ovf:Envelope/ovf:VirtualSystem finds nothing [PVE, V2V]
    p.readsUnqualifiedAttributes = false; // @ovf:href, @ovf:diskId are namespaced XPaths [PVE, V2V]
    p.systemTypes = {};                   // VirtualSystemType is not read [PVE, V2V]
    p.resourceTypes = {3, 4, 5, 6, 10, 14, 15, 16, 17, 20};
    p.otherResourceType = Verdict::Ignored;
    p.assumesMegabytes = true; // [PVE, V2V]
    p.needsFileSize = false;
    p.duplicateInstanceId = Verdict::Degraded; // a Parent lookup by InstanceID picks one (inferred)
    p.readsVmwFirmware = true; // [PVE, V2V]
    p.readsProperties = false;
    p.readsEulas = false;
    p.readsDeploymentOptions = false;
    p.readsStrings = false;
    p.readsStartup = false;
    p.readsVmwExtensions = false;
    return p;
}

} // namespace

Profile proxmox8()
{
    Profile p = xpathReader();
    p.id = u"proxmox8"_s;
    p.name = u"Proxmox VE 8 (qm importovf, OVA import)"_s;
    p.verifiesManifest = false; // [PVE]: only the .ovf is read
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s, u"SHA512"_s};
    p.preferredManifest = u"SHA256"_s;
    // ovf:compression is never read: a gzip file would be imported as a raw image [PVE].
    p.gzipFiles = false;
    p.gzip = Verdict::Refused;
    p.chunkedFiles = false; // the href is opened as one file [PVE]
    p.chunked = Verdict::Refused;
    // OVAs are read with GNU tar (`tar -xO`) [PVE]: base-256 sizes are fine.
    p.largeTarMembers = true;
    // PVE::Storage::SAFE_CHAR_CLASS_RE is [\w\-\.\+\=] (pve-storage src/PVE/Storage.pm); no
    // '/' either, the path must be a plain file name [PVE].
    p.hrefPattern = u"[A-Za-z0-9_.+=-]+"_s;
    p.hrefRefused = Verdict::Refused;
    p.decodesHref = false; // the href is used as a path as written [PVE]
    p.readsBareHostResource = false;
    p.bareHostResource = Verdict::Degraded; // "invalid host resource ..., skipping": the disk is not imported [PVE]
    p.subtypes = {
        // NIC models: e1000, e1000e, vmxnet3 (lowercased), anything else becomes e1000 [PVE].
        {10, SubtypeRule::Bus::Any, {u"e1000"_s, u"e1000e"_s, u"vmxnet3"_s}, Verdict::Degraded, u"E1000"_s},
    };
    // VM names are DNS names: characters outside [a-zA-Z0-9.-] are removed [PVE].
    p.nameCharacters = u"[A-Za-z0-9.-]"_s;
    p.nameChanged = Verdict::Degraded;
    return p;
}

Profile ovirt()
{
    Profile p = xpathReader();
    p.id = u"ovirt"_s;
    p.name = u"oVirt 4.5 (OVA import through virt-v2v)"_s;
    p.verifiesManifest = true;
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s}; // [V2V]
    p.otherManifest = Verdict::Degraded;             // unparsed lines are skipped with a warning [V2V]
    p.preferredManifest = u"SHA256"_s;
    p.decodesHref = false;  // the href is joined to the OVA's folder as written [V2V]
    p.gzipFiles = true;     // [V2V]
    p.chunkedFiles = false; // the href names one file [V2V] (inferred: no chunk handling in OVA.ml)
    p.chunked = Verdict::Refused;
    p.largeTarMembers = true; // GNU tar [V2V]
    p.readsBareHostResource = true; // "^(?:ovf:)?/disk/" [V2V]
    // NIC: E1000 is recognised, others are passed on lowercased and mapped by virt-v2v's
    // output (virtio after conversion) [V2V]: not a loss worth a finding.
    p.subtypes = {};
    p.nameCharacters = u"[A-Za-z0-9._-]"_s; // [OVIRT]
    p.maxNameLength = 64;                   // [OVIRT]
    return p;
}

Profile libvirt()
{
    // OVF Workbench's own deploy [WB]: every OVF generation the document layer opens, OVF 2
    // items, collections, gzip and chunked files, SHA-1/256/512 manifests (PackageVerifier),
    // "/disk/ID" as well as "ovf:/disk/ID" (a nonstandard-host-resource warning only).
    Profile p;
    p.id = u"libvirt"_s;
    p.name = u"libvirt / QEMU (OVF Workbench deploy)"_s;
    p.workbenchDeploy = true;
    p.ovfVersions = {ns::OvfVersion::V0_9, ns::OvfVersion::Draft, ns::OvfVersion::V1, ns::OvfVersion::V2};
    p.readsOvf2Items = true;
    p.readsCollections = true;
    p.readsUnqualifiedAttributes = true; // the typed API reads OVF attributes by local name [WB]
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s, u"SHA512"_s};
    p.preferredManifest = u"SHA256"_s;
    p.gzipFiles = true;
    p.chunkedFiles = true;
    p.largeTarMembers = true; // libarchive reads GNU base-256 and PAX sizes
    p.otherSystemType = Verdict::Degraded; // an unsupported family is a Hardware problem with the items shown [WB]
    p.preferredSystemType = u"vmx-13"_s;
    p.otherResourceType = Verdict::Degraded; // floppy, sound, unknown: dropped with a note [WB]
    p.readsBareHostResource = true;
    p.duplicateInstanceId = Verdict::Degraded;
    p.readsVmwFirmware = true; // trustdeploy: vmw:Config firmware="efi" -> OVMF
    p.readsEulas = true;
    p.readsProperties = true; // ISO transport of the OVF environment [WB]
    p.readsDeploymentOptions = true;
    p.readsStrings = true;
    p.readsStartup = true;
    p.readsVmwExtensions = false; // vmw: sections are understood but not applied
    return p;
}

} // namespace ovf::compat::data
