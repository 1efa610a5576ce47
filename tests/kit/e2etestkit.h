#pragma once

// Shared by the end-to-end tests (tst_e2e_*): the test appliance, libvirtd, and the
// appliance's descriptor. Compiled once into ovfw_testkit.

#include "model/deploy/libvirtconnection.h"
#include "packagetestkit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <expected>

namespace e2ekit {

// The private libvirtd's state folder, the test appliance's build folder, and tests/e2e.
extern const QString kState;
extern const QString kAppliance;
extern const QString kScripts;

// Runs tests/e2e/`script` with bash; its exit code (-1 when it crashed or timed out) and
// merged output.
int runScript(const QString &script, const QStringList &args, QString *output, int timeoutMs = 600000);

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;       // stdout and stderr merged
};

// Runs `program` as the e2e tests deploy: plain emulation (OVFW_DOMAIN_TYPE=qemu) and, when
// `consoleDir` is given, each domain's serial console logged to consoleDir/NAME-console.log.
Run run(const QString &program, const QStringList &args, const QString &consoleDir = {}, int timeoutMs = 900000);

// The ovfctl under test, run as run() does.
Run ovfctl(const QStringList &args, const QString &consoleDir = {});

// virsh on qemu:///system; true when it exited 0.
bool virsh(const QStringList &args);

// Builds (or reuses) the appliance and brings libvirtd up. Exits the test with 77 (ctest:
// skipped) and the reason when libvirtd cannot run here. Returns whether this process
// started the daemon (and so must stop it), or an error text when the appliance failed.
std::expected<bool, QString> setUp();

void tearDown(bool startedDaemon);

// The one disk inside the package `ova` (unpacked with tar into `workDir`) is a sound
// streamOptimized VMDK (`qemu-img check`) with the same guest bytes as `source` of
// `sourceFormat` (`qemu-img compare`); the error says which step failed and what it printed.
std::expected<void, QString> checkPackagedDisk(const QString &ova, const QString &source,
                                                      const QString &sourceFormat, const QString &workDir);

// Waits (at most `timeoutMs`) until the guest's console log shows the end marker of the
// appliance's /init; returns the text between the markers, or the log's tail on a timeout.
std::expected<QByteArray, QByteArray> waitForEnvironment(const QString &log, int timeoutMs = 180000);

// Deploys `ova` with `ovfctl deploy` to the real libvirtd (qemu:///system) as the domain
// `vm` (the package's system `systemId`), its disks in `dir`/disks, powered on, with the
// extra `args` (--net, --accept-eulas, ...); waits for the OVF environment the appliance prints
// on its console (logged in `dir`) and returns it. The domain is destroyed and undefined
// afterwards whatever happened.
std::expected<QByteArray, QString> bootOnLibvirt(ovf::deploy::LibvirtConnection &conn, const QString &ova,
                                                       const QString &systemId, const QString &vm, const QString &dir,
                                                       const QStringList &args);

// The appliance's descriptor: one system with an IDE disk and CD-ROM, a serial port, the ISO
// transport, and `product` (ProductSection / EulaSection XML) before the hardware.
QByteArray applianceDescriptor(qint64 vmdkSize, const QByteArray &product);

// The OVA: descriptor, SHA-256 manifest, the appliance's disk.
bool writeApplianceOva(const QString &path, const QByteArray &product);

} // namespace e2ekit
