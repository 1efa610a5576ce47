#pragma once

#include "model/compat/profile.h"

// The profile factories, one per platform (profiles_*.cpp). Internal to model/compat: use
// allProfiles() / findProfile().
namespace ovf::compat::data {

Profile vsphere7();
Profile vsphere8();
Profile workstation();
Profile virtualbox7();
Profile proxmox8();
Profile xcpng8();
Profile ovirt();
Profile libvirt();

} // namespace ovf::compat::data
