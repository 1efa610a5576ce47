#pragma once

#include "model/deploy/effectivesystem.h"

#include <QString>

namespace ovf::deploy {

// The CPU count and memory size of a system as the package gives them, and the range an
// operator may choose from at import: the package's ovf:bound "min" and "max" Items
// (DSP0243 §9.8) for the chosen configuration, else 1-256 CPUs and 16 MiB up (what QEMU
// takes). One source for the CLI's --cpus/--memory, the answer file and the wizard.
struct ResourceLimits
{
    int cpus = 1;
    int minCpus = 1;
    int maxCpus = 256;
    bool cpuRange = false; // the package gives a min or max
    quint64 memoryMiB = 512; // the package's memory (512 MiB when it gives none usable)
    quint64 minMemoryMiB = 16;
    quint64 maxMemoryMiB = quint64(1) << 32;
    bool memoryRange = false;

    static ResourceLimits of(const EffectiveSystem &system, const QString &configuration);
};

} // namespace ovf::deploy
