#pragma once

#include "model/ovf/entity.h"

// Dialects of real producers that OVF itself calls errors but that the platforms they were
// written for accept. The validator reports them as warnings and the compatibility linter
// (model/compat) as findings per target; both ask here, so the rule lives in one place.
namespace ovf::validation {

// vCloud Director exports a single-VM vApp as a VirtualSystemCollection whose only child is
// a VirtualSystem with the same ovf:id (DSP0243 §7.2 wants every entity id unique). True for
// such a collection.
bool isVcdSharedEntityId(const Entity &collection);

// VMware's extension sections (namespace http://www.vmware.com/schema/ovf) that VMware
// exports mark ovf:required="true" and that VMware platforms understand: BootOrderSection,
// StorageGroupSection, StorageSection, vServiceDependencySection. True for such an element.
bool isKnownVmwareSection(const xml::Element *e);

} // namespace ovf::validation
