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
// A summary is {"cpus", "memoryBytes", "memoryError", "disks", "nics", "cdDrives"}, counted over
// the effective Items of the configuration (ovf::deploy::effectiveItems: configuration filter,
// ovf:bound ranges resolved to their normal Item, per-configuration overrides).
QJsonObject describeHardware(const ovf::VirtualHardwareSection &section, const HardwareContext &context);

// "2 vCPU, 4.0 GiB memory, 2 disks, 3 NICs, 1 CD/DVD drive" from a summary object.
QString hardwareSummaryText(const QJsonObject &summary);

} // namespace ovfctl
