#pragma once

#include "model/authoring/diskimport.h"
#include "model/commands/adddevicecommand.h"
#include "model/commands/setfirmwarecommand.h"

#include <QList>
#include <QString>

#include <optional>

namespace ovf::authoring {

// A network of a new appliance and the adapter that connects the system to it.
struct NetworkChoice
{
    QString name;
    QString adapterType; // ResourceSubType (E1000, E1000e, VmxNet3, PCNet32, virtio); empty: the template's
};

// What a new appliance is made of. Everything left unset comes from the template.
struct ApplianceSpec
{
    QString name;       // the virtual system's Name; its ovf:id is derived from it
    QString templateId = QStringLiteral("generic-kvm"); // see ApplianceTemplate::all()
    QString os;         // CIM OsType id or name (CimOsTypes::find); empty: the template's
    std::optional<quint64> cpus;
    std::optional<quint64> memoryBytes;
    std::optional<commands::SetFirmwareCommand::Firmware> firmware;
    // The disk controller disks attach to: nullopt uses the template's first one; otherwise
    // one of this kind (and subtype, for SCSI) is used or added.
    std::optional<commands::DeviceSpec::Kind> controller;
    QString controllerSubType;
    // Empty: the template's network(s) and adapter(s) stay; otherwise they are replaced.
    QList<NetworkChoice> networks;
    QList<DiskImport> disks; // already inspected (DiskImporter::inspect)
    int ovfMajorVersion = 1; // 1: OVF 1.x (ovf:version 1.0), 2: OVF 2.0
};

} // namespace ovf::authoring
