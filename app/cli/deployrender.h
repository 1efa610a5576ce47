#pragma once

#include "model/deploy/plancheck.h"

#include <QString>

namespace ovfctl {

// The text `ovfctl deploy --dry-run` prints for a checked plan: the choices, the systems in
// startup order with their hardware, disks, NICs and startup settings, every property value
// (passwords masked), the network mapping and the equivalent command line. Text from the
// package is sanitized.
QString renderPlan(const ovf::deploy::Plan &plan, const ovf::deploy::PlanCheck &check);

// The plan's property keys whose values are passwords (to mask in output).
QStringList passwordKeys(const ovf::deploy::Plan &plan, const ovf::deploy::PlanCheck &check);

// A copy of `check` whose password property values are "********" (for printing).
ovf::deploy::PlanCheck maskedPasswords(const ovf::deploy::PlanCheck &check);

} // namespace ovfctl
