#pragma once

#include "model/deploy/effectiveitem.h"
#include "model/ovf/envelope.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ovf::deploy {

// A disk drive Item of an effective system and what its HostResource refers to
// (DSP0243 §9.1: "ovf:/disk/<diskId>" for a Disk of the DiskSection, "ovf:/file/<fileId>" for
// a File used as is, e.g. an ISO image).
struct EffectiveDisk
{
    EffectiveItem item;
    QString hostResource; // as written; empty for a blank drive
    QString diskId; // set for "ovf:/disk/..." (and the legacy "/disk/...")
    VirtualDisk disk; // the DiskSection entry; null when not found or not a disk reference
    QString fileRef; // the Disk's ovf:fileRef (or the File id of "ovf:/file/..."); empty: a blank disk
    FileReference file; // References/File; null for a blank disk
    QString format; // the Disk's ovf:format URI
    std::optional<quint64> capacityBytes; // from ovf:capacity and its units
    QString capacityError; // why capacityBytes is unset (e.g. a "${...}" placeholder)
    QString controllerId; // the Item's Parent (InstanceID of its controller)
};

// A network adapter of an effective system.
struct EffectiveNic
{
    EffectiveItem item;
    QString network; // the OVF network name (first Connection); empty when unconnected
    QString subType; // ResourceSubType as written ("E1000", "VmxNet3", "PCNet32", ...)
    QString macAddress; // Address, when the package sets one
};

// Startup settings of an entity in its collection's StartupSection (DSP0243 §9.10). Delays
// are in seconds; -1 means "not given".
struct StartupSettings
{
    bool listed = false; // the collection's StartupSection names the entity
    int order = 0; // 0 when not listed or not a number
    int startDelay = -1;
    bool waitingForGuest = false;
    int stopDelay = -1;
    QString startAction; // "powerOn" (default), "none"
    QString stopAction; // "powerOff" (default), "guestShutdown", "none"
};

// One VirtualSystem as it will be deployed with a chosen deployment option. Plain value type;
// its handles point into the descriptor and are valid while the descriptor lives.
struct EffectiveSystem
{
    Entity entity;
    QString id; // ovf:id
    QString name; // Name element, else the id
    QStringList collectionPath; // ids of the enclosing collections, outermost first
    // Position in the startup sequence (0-based; systems of equal `startup.order` in one
    // collection keep document order) and the settings of its own StartupSection entry.
    int startIndex = 0;
    StartupSettings startup;

    VirtualHardwareSection hardware; // the section chosen (null when none is usable)
    QString virtualSystemType; // of that section
    QStringList transports; // its ovf:transport list ("iso", "com.vmware.guestInfo", ...)
    QList<EffectiveItem> items;
    HardwareFigures figures;
    QList<EffectiveDisk> disks;
    QList<EffectiveNic> nics;

    OperatingSystemSection operatingSystem; // null when absent
    QList<ProductSection> productSections; // the system's own
    QList<EulaSection> eulas; // the system's own
    QList<EnvironmentFile> environmentFiles; // EnvironmentFilesSection of the system
    // How the hardware section was chosen, and anything about it the operator should know.
    QStringList notes;

    bool wantsIsoTransport() const { return transports.contains(QStringLiteral("iso")); }
};

} // namespace ovf::deploy
