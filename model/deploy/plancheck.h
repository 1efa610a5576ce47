#pragma once

#include "model/deploy/effectiveconfiguration.h"
#include "model/deploy/plan.h"
#include "model/deploy/planeula.h"
#include "model/deploy/propertyresolver.h"
#include "model/deploy/targetfacts.h"

#include <QCoreApplication>

namespace ovf::deploy {

// A plan checked against its package: the effective systems, every value resolved, and
// every problem. Backends take a PlanCheck without problems (ok()). Handles inside point
// into the descriptor: valid while it lives.
struct PlanCheck
{
    EffectiveConfiguration effective;
    QList<ResolvedProperty> properties; // every property of every entity, document order
    QList<PackageEula> eulas;
    QMap<QString, QString> vmNames; // system id -> VM name (given or derived), unique
    QMap<QString, QString> networks; // OVF network -> target, for every network used
    QStringList ovfNetworks; // NetworkSection names and NIC connections, first-seen order
    QString storage; // libvirt pool name or disk folder; folder backend: OUT/disks
    // libvirt: the pool `storage` does not exist yet and is the default one: the backend
    // creates it as virt-install does (a dir pool at defaultPoolPath(), started, autostarted).
    bool createDefaultPool = false;
    FirmwareChoice firmware = FirmwareChoice::Auto; // the plan's
    // system id -> the effective vCPU count and memory size (the plan's choice or the
    // package's), as the domain gets them.
    QMap<QString, int> cpus;
    QMap<QString, quint64> memoryBytes;
    // What checkPlan chose on the operator's behalf, one sentence each: networks mapped by
    // default, the pool it will create, names made unique, the firmware. Shown before the
    // deployment (wizard summary, --dry-run) and reported with its result.
    QStringList notes;
    QList<PlanProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    // The properties of the ProductSections of entity `entityId`.
    QList<ResolvedProperty> propertiesOf(const QString &entityId) const;
};

// Checks `plan` against `envelope` and returns ALL problems at once: an unknown deployment
// option; a EULA without a matching acceptance; every invalid property value (see
// PropertyResolver); every OVF network without a target, and mappings of networks the
// package does not have; VM names that are not valid (see isValidVmName) or used twice, names
// for unknown systems; CPU counts and memory sizes outside the package's ovf:bound range or
// for unknown systems; a system without a supported hardware section; a folder backend
// without output folder or with storage set, a libvirt URI that is empty; storage that is
// neither a valid pool name nor an existing absolute folder.
//
// Defaults, each with a note: an OVF network named "none" (vCloud Director's placeholder for
// a disconnected adapter) is not connected. With `target` (a libvirt target's facts), an
// unmapped OVF network goes to the target's only active network, or to user-mode
// networking when it has none; a mapping to a network the target does not have is a
// problem; the missing default pool is to be created (createDefaultPool); generated VM
// names avoid the target's domains. VM names are generated from each system's Name (else
// its id).
PlanCheck checkPlan(const Envelope &envelope, const Plan &plan, const TargetFacts *target = nullptr);

// A VM name generated from an ovf:id: letters, digits, '_', '.', '-' kept, every other run
// of characters replaced by one '-', runs of '.' and '-' made one '-', leading/trailing
// '-'/'.' removed, at most 63 characters,
// "vm" when nothing is left. Names are generated, never copied blindly (DESIGN.md).
QString sanitizeVmName(const QString &id);
// True for a name sanitizeVmName leaves unchanged.
bool isValidVmName(const QString &name);

} // namespace ovf::deploy
