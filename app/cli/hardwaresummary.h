#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ovf {
class VirtualHardwareSection;
}

namespace ovfctl {

// The deployment options of the Envelope, which decide which Items apply (DSP0243 §9.8).
struct HardwareContext
{
    QStringList configurations;
    QString defaultConfiguration; // null when there is no DeploymentOptionSection
};

// A VirtualHardwareSection as JSON: {"id", "virtualSystemType", "transports",
// "configuration" (the default one, or null), "summary" (for the default configuration),
// "byConfiguration" (one summary per deployment option), "items"}.
// A summary is {"cpus", "memoryBytes", "memoryError", "disks", "nics", "cdDrives"}: Items with
// ovf:bound "min" or "max" are left out, as are Items of other configurations; an Item of the
// configuration overrides the fields it sets in the general Item with the same InstanceID.
QJsonObject describeHardware(const ovf::VirtualHardwareSection &section, const HardwareContext &context);

// "2 vCPU, 4.0 GiB memory, 2 disks, 3 NICs, 1 CD/DVD drive" from a summary object.
QString hardwareSummaryText(const QJsonObject &summary);

} // namespace ovfctl
