#pragma once

#include "model/authoring/appliancespec.h"

#include <QCoreApplication>
#include <QStringList>

#include <expected>
#include <memory>

namespace ovf {
class Descriptor;
}

namespace ovf::authoring {

// Makes a new appliance descriptor from a template and an ApplianceSpec: the one thing both
// `ovfctl new` and the GUI's New Appliance wizard call. It opens the template in an
// EditSession and applies the same commands the editors push (SetHardwareQuantityCommand,
// AddDeviceCommand, AddDiskCommand, ...), so a new appliance is exactly what editing would
// give. The result has References, DiskSection, NetworkSection and one VirtualSystem with an
// OperatingSystemSection and a complete VirtualHardwareSection, and no validation errors.
// Disk images stay pending sources (see DiskImporter) until the package is packed.
//
// Pure model code, no I/O but reading the template resource: disk images are inspected by
// the caller beforehand (DiskImporter::inspect, which runs qemu-img).
class ApplianceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ovf::authoring::ApplianceBuilder)

public:
    // The new descriptor (never saved; its file name is `fileName`), or every reason the
    // spec cannot be built (an unknown template or OS, 0 CPUs, a network name twice, ...).
    static std::expected<std::unique_ptr<Descriptor>, QStringList> build(const ApplianceSpec &spec,
                                                                         const QString &fileName = {});
    // An ovf:id made from a name: letters, digits, '-', '_' and '.', other characters as '-'.
    static QString idFor(const QString &name);
};

} // namespace ovf::authoring
