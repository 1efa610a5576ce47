// VirtualBox 7 and XCP-ng 8 / XenServer (XenCenter's and Xen Orchestra's OVF import).
//
// Sources, cited per fact below:
//  [VBOX-MAN]  Oracle VM VirtualBox User Manual, "Importing and Exporting Virtual Machines":
//              OVF 0.9, 1.0 and 2.0 import, OVA, manifests verified on import, the import
//              dialog shows the appliance's license for acceptance.
//  [VBOX-SRC]  VirtualBox src/VBox/Main/xml/ovfreader.cpp (public source): ResourceType 20
//              is accepted only as an AHCI SATA controller ("Host resource of type "Other
//              Storage Device (20)" is supported with SATA AHCI controllers only"); SCSI
//              controllers by their subtype (LsiLogic, BusLogic, LsiLogicSas); NICs by their
//              subtype (PCNet32, E1000, virtio), others fall back to the default adapter;
//              VirtualSystemCollection is walked for its VirtualSystems; unknown elements are
//              skipped; firmware comes from vbox:Machine, not from vmw:Config.
//  [IPRT]      VirtualBox IPRT RTManifest: MD5, SHA1, SHA256, SHA512 manifest entries.
//  [XCP-DOC]   XCP-ng documentation, "Migrate to XCP-ng" / XenServer 8 "Import and export
//              VMs": OVF/OVA import, VHD and VMDK disks, the EULA page of XenCenter's import
//              wizard, vApp start order, no SCSI/SATA emulation (disks become Xen virtual
//              disks), UEFI chosen in the wizard.
//  [XENOVF]    xenadmin's XenOVF (public source; corpus xenadmin/sample_app.ovf): writes
//              OVF 1.0 with xen-3.0-unknown, reads ProductSection only for its name, verifies
//              SHA1 and SHA256 manifests.
#include "model/compat/profilesdata.h"

using namespace Qt::StringLiterals;

namespace ovf::compat::data {

Profile virtualbox7()
{
    Profile p;
    p.id = u"virtualbox7"_s;
    p.name = u"Oracle VirtualBox 7"_s;
    p.ovfVersions = {ns::OvfVersion::V0_9, ns::OvfVersion::V1, ns::OvfVersion::V2}; // [VBOX-MAN]
    p.readsOvf2Items = true;   // its own OVF 2.0 exports use them (corpus cot/ubuntu.2.0.ovf)
    p.readsCollections = true; // [VBOX-SRC]: the systems of a collection are imported
    p.collection = Verdict::Degraded;
    p.readsUnqualifiedAttributes = false; // inferred: attributes are looked up with the ovf prefix
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s, u"SHA512"_s}; // [IPRT]
    p.preferredManifest = u"SHA256"_s;
    p.gzipFiles = true;      // [VBOX-SRC] reads ovf:compression="gzip" (inferred from its import of gzip disks)
    p.chunkedFiles = false;  // inferred: no ovf:chunkSize handling in the importer
    p.chunked = Verdict::Refused;
    p.largeTarMembers = true; // IPRT's tar reader takes GNU base-256 sizes (inferred)
    p.systemTypes = {};       // VirtualSystemType is not checked [VBOX-SRC]
    p.subtypes = {
        // IDE: PIIX3, PIIX4, ICH6; none means PIIX4 [VBOX-SRC].
        {5, SubtypeRule::Bus::Any, {u""_s, u"PIIX3"_s, u"PIIX4"_s, u"ICH6"_s}, Verdict::Degraded, u"PIIX4"_s},
        {6, SubtypeRule::Bus::Any, {u"LsiLogic"_s, u"BusLogic"_s, u"LsiLogicSas"_s}, Verdict::Refused, u"LsiLogic"_s},
        // "supported with SATA AHCI controllers only" [VBOX-SRC]: vmware.sata.ahci is refused
        // (the forum fix is to write AHCI).
        {20, SubtypeRule::Bus::Sata, {u"AHCI"_s}, Verdict::Refused, u"AHCI"_s},
        // NVMe controllers are ResourceType 20 too, refused the same way [VBOX-SRC] (no fix:
        // turning NVMe into SATA changes the guest's boot device).
        {20, SubtypeRule::Bus::Nvme, {}, Verdict::Refused, std::nullopt},
        {10, SubtypeRule::Bus::Any, {u"PCNet32"_s, u"E1000"_s, u"virtio"_s}, Verdict::Degraded, u"E1000"_s},
    };
    p.resourceTypes = {1, 3, 4, 5, 6, 10, 14, 15, 16, 17, 20, 21, 23, 35};
    p.otherResourceType = Verdict::Ignored;
    p.readsBareHostResource = true; // inferred: VirtualBox matches the disk id after the last '/'
    p.assumesMegabytes = false;
    p.duplicateInstanceId = Verdict::Refused; // inferred: items are kept in a map by InstanceID and a clash is an error
    p.readsVmwFirmware = false;  // [VBOX-SRC]: firmware only from vbox:Machine
    p.readsVboxFirmware = true;
    p.readsProperties = false;        // not offered in the import dialog [VBOX-MAN]
    p.readsEulas = true;              // [VBOX-MAN]
    p.readsDeploymentOptions = false; // inferred: no option choice in the import dialog
    p.readsStrings = false;
    p.readsStartup = false;
    p.readsVmwExtensions = false;
    p.maxNameLength = 0;
    return p;
}

Profile xcpng8()
{
    Profile p;
    p.id = u"xcpng8"_s;
    p.name = u"XCP-ng 8 / XenServer (XenCenter, Xen Orchestra)"_s;
    p.ovfVersions = {ns::OvfVersion::V1}; // [XENOVF] (inferred for 0.9 and 2.0: no handling seen)
    p.otherVersion = Verdict::Refused;
    p.readsOvf2Items = false;
    p.ovf2Items = Verdict::Refused;
    p.readsCollections = true; // a collection becomes a vApp [XCP-DOC]
    p.readsUnqualifiedAttributes = false;
    p.manifestAlgorithms = {u"SHA1"_s, u"SHA256"_s}; // [XENOVF]
    p.otherManifest = Verdict::Refused;
    p.preferredManifest = u"SHA256"_s;
    p.gzipFiles = true;       // [XENOVF] (inferred: it reads ovf:compression)
    p.chunkedFiles = false;   // inferred
    p.chunked = Verdict::Refused;
    p.largeTarMembers = false; // inferred: XenOVF's tar reader uses the ustar size field only
    p.systemTypes = {};        // any family is imported as an HVM guest [XCP-DOC]
    // No SCSI or SATA emulation: every disk becomes a Xen virtual disk and the controller
    // model is lost; NIC models are not kept either [XCP-DOC].
    p.subtypes = {};
    p.resourceTypes = {3, 4, 10, 15, 16, 17, 19};
    p.otherResourceType = Verdict::Ignored;
    p.readsBareHostResource = false; // inferred: XenOVF parses "ovf:/disk/"
    p.bareHostResource = Verdict::Refused;
    p.readsVmwFirmware = false; // UEFI is chosen in the wizard [XCP-DOC]
    p.readsProperties = false;  // [XENOVF]
    p.readsEulas = true;        // [XCP-DOC]
    p.readsDeploymentOptions = false;
    p.readsStrings = false;
    p.readsStartup = true; // [XCP-DOC]
    p.readsVmwExtensions = false;
    return p;
}

} // namespace ovf::compat::data
