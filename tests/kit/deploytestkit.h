#pragma once

// Builds a small deployable OVA for tst_deployer and tst_ovfctl_deploy: a real
// streamOptimized VMDK (made by qemu-img from a raw image with a known pattern), a EULA, a
// ProductSection of typed properties, an EnvironmentFilesSection and the ISO transport, and a
// manifest. Compiled once into ovfw_testkit.

#include "packagetestkit.h"

#include <QProcess>

namespace deploykit {

struct Appliance
{
    QString ova;
    QString raw; // the disk's content as a raw image, to compare with what was deployed
    QByteArray config; // the environment file's bytes
};

// Runs `program` (two minutes at most); true when it exited 0. `output` gets stdout and stderr.
bool runTool(const QString &program, const QStringList &args, QString *output = nullptr);

// tests/data/tiny-appliance.ovf with the sizes of its files filled in.
QByteArray applianceDescriptor(qint64 vmdkSize, qint64 configSize);

// Writes the appliance into `dir`; `withManifest` false leaves the manifest out. Empty `ova` on
// failure (qemu-img missing).
Appliance makeAppliance(const QString &dir, bool withManifest = true);

} // namespace deploykit
