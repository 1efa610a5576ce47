#pragma once

#include "model/ovf/namespaces.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ovf::compat {

// What a target platform does with a part of a package (the severity of a lint finding):
//  Refused  - the platform will not import the package at all;
//  Degraded - it imports it, with something lost or changed;
//  Ignored  - a part the platform does not read (for example properties on Proxmox).
enum class Verdict { Refused, Degraded, Ignored };

QString verdictName(Verdict v); // "refused", "degraded", "ignored"

// The ResourceSubType values a platform understands for one ResourceType (DSP1041 /
// CIM_ResourceAllocationSettingData ValueMap), and what becomes of the others.
struct SubtypeRule
{
    int resourceType = 0;
    // Only for ResourceType 20 ("other storage"): the rule applies to SATA (AHCI) or NVMe
    // controllers, told apart by their subtype (see isNvmeSubtype()).
    enum class Bus { Any, Sata, Nvme } bus = Bus::Any;
    QStringList accepted;       // compared case-insensitively; "" stands for "no ResourceSubType"
    Verdict otherwise = Verdict::Degraded;
    // What the fix writes for a subtype outside `accepted`; "" removes the ResourceSubType;
    // nullopt: no fix.
    std::optional<QString> preferred;
};

// One target platform's import behaviour, as data. Every field is filled in per profile in
// profiles_*.cpp, where each fact names its source (vendor documentation, or the importer's
// public code) or says plainly that it is inferred.
struct Profile
{
    QString id;   // stable, used on the command line: "vsphere8"
    QString name; // for people: "VMware vSphere 8 (vCenter, OVF Tool)"
    // OVF Workbench's own deploy: hardware questions go to model/deploy (systemTypeRank,
    // DomainXmlBuilder::nicModel / scsiModel) instead of this profile's tables.
    bool workbenchDeploy = false;

    // --- Envelope ---------------------------------------------------------------------
    QList<ns::OvfVersion> ovfVersions; // envelope generations it reads
    Verdict otherVersion = Verdict::Refused;
    // Reads OVF 2 StorageItem / EthernetPortItem (else they are lost, `ovf2Items` verdict).
    bool readsOvf2Items = false;
    Verdict ovf2Items = Verdict::Refused;
    // Reads a VirtualSystemCollection (else: `collection` verdict).
    bool readsCollections = true;
    Verdict collection = Verdict::Refused;
    // Attributes of OVF elements written without the ovf: prefix (href=, id=) are not read.
    bool readsUnqualifiedAttributes = false;
    // ... except these, which the platform's own producer writes unqualified and reads back.
    QStringList unqualifiedRead;
    qint64 maxDescriptorBytes = 0; // 0: no known limit

    // --- Package ----------------------------------------------------------------------
    QStringList manifestAlgorithms; // "SHA1", "SHA256", "SHA512" it verifies
    Verdict otherManifest = Verdict::Refused;
    QString preferredManifest;      // what the fix writes
    bool verifiesManifest = true;   // false: the manifest is not read at all
    bool gzipFiles = true;          // ovf:compression="gzip"
    Verdict gzip = Verdict::Refused;
    bool chunkedFiles = true;       // ovf:chunkSize
    Verdict chunked = Verdict::Refused;
    bool largeTarMembers = true;    // OVA members over 8 GiB (ustar size field limit)
    // Reads ovf:href as a URI reference and percent-decodes it (DSP0243 §7.1, RFC 3986);
    // false: takes it literally as a file name, so "%20" is not a space to it.
    bool decodesHref = true;
    // The href characters it accepts (a regular expression for the whole href; empty: any).
    QString hrefPattern;
    Verdict hrefRefused = Verdict::Refused;

    // --- Hardware ---------------------------------------------------------------------
    // VirtualSystemType values it accepts (regular expressions, case-insensitive, matched
    // against each token); empty: the value is not read.
    QStringList systemTypes;
    Verdict otherSystemType = Verdict::Refused;
    QString preferredSystemType;
    QList<SubtypeRule> subtypes;
    QList<int> resourceTypes; // ResourceType values it maps to a device
    Verdict otherResourceType = Verdict::Degraded;
    // HostResource written "/disk/ID" (without "ovf:") is not resolved.
    bool readsBareHostResource = false;
    Verdict bareHostResource = Verdict::Refused;
    // Memory VirtualQuantity is read as MB whatever AllocationUnits say.
    bool assumesMegabytes = false;
    // ovf:size of a File is needed (to plan the transfer).
    bool needsFileSize = false;
    Verdict missingFileSize = Verdict::Degraded;
    // Two Items of one VirtualHardwareSection with one InstanceID (not a bound range or a
    // per-configuration override).
    Verdict duplicateInstanceId = Verdict::Refused;

    // --- Firmware ---------------------------------------------------------------------
    bool readsVmwFirmware = false;  // vmw:Config vmw:key="firmware" vmw:value="efi"
    bool readsVboxFirmware = false; // vbox:Machine/Hardware/Firmware type="EFI"

    // --- What it ignores (Verdict::Ignored findings) ----------------------------------
    bool readsProperties = true;        // ProductSection Property elements
    bool readsEulas = true;             // EulaSection shown for acceptance
    bool readsDeploymentOptions = true; // DeploymentOptionSection offered
    bool readsStrings = true;           // Strings bundles / ovf:msgid
    bool readsStartup = true;           // StartupSection order and delays
    bool readsVmwExtensions = false;    // vmw: sections (BootOrderSection, ...) and ExtraConfig
    // ExtraConfig keys (vmw:ExtraConfig / vmw:Config vmw:key) it refuses or drops: regular
    // expressions; empty: none.
    QStringList refusedExtraConfig;
    Verdict extraConfig = Verdict::Degraded;

    // --- Names ------------------------------------------------------------------------
    // Characters a VM name may hold (a regular expression for one character); empty: any.
    QString nameCharacters;
    int maxNameLength = 0; // 0: no known limit
    Verdict nameChanged = Verdict::Degraded;
};

// Every profile, in the order the matrix shows them.
const QList<Profile> &allProfiles();
// The profile with this id (case-insensitive), or nullptr.
const Profile *findProfile(QStringView id);
QStringList profileIds();
// The platform's name without its parenthesis, for messages: "VMware vSphere 8".
QString profileLabel(const Profile &p);

// True for a ResourceType 20 subtype that names an NVMe controller ("vmware.nvme.controller",
// "NVMe", ...).
bool isNvmeSubtype(QStringView subtype);

} // namespace ovf::compat
