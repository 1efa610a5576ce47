#pragma once

#include "model/deploy/effectiveconfiguration.h"
#include "model/deploy/plan.h"
#include "model/deploy/planeula.h"
#include "model/deploy/propertyresolver.h"

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
    QList<PlanProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    // The properties of the ProductSections of entity `entityId`.
    QList<ResolvedProperty> propertiesOf(const QString &entityId) const;
};

// Checks `plan` against `envelope` and returns ALL problems at once: an unknown deployment
// option; a EULA without a matching acceptance; every invalid property value (see
// PropertyResolver); every OVF network without a target, and mappings of networks the
// package does not have; VM names that are not valid (see isValidVmName) or used twice, names
// for unknown systems; a system without a supported hardware section; a folder backend
// without output folder or with storage set, a libvirt URI that is empty; storage that is
// neither a valid pool name nor an existing absolute folder.
PlanCheck checkPlan(const Envelope &envelope, const Plan &plan);

// A VM name generated from an ovf:id: letters, digits, '_', '.', '-' kept, every other run
// of characters replaced by one '-', runs of '.' and '-' made one '-', leading/trailing
// '-'/'.' removed, at most 63 characters,
// "vm" when nothing is left. Names are generated, never copied blindly (DESIGN.md).
QString sanitizeVmName(const QString &id);
// True for a name sanitizeVmName leaves unchanged.
bool isValidVmName(const QString &name);

} // namespace ovf::deploy
