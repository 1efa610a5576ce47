#pragma once

#include "model/deploy/effectivesystem.h"
#include "model/deploy/planproblem.h"

#include <QCoreApplication>

namespace ovf::deploy {

// The virtual systems an Envelope deploys for one deployment option (DSP0243 §9.8), in
// startup order: a VirtualSystemCollection is expanded into its systems, nested to any depth;
// within a collection its children are stably sorted by the ovf:order of their StartupSection
// entry (DSP0243 §9.10; order 0, "may start at any time", and entities the section does not
// list sort first, in document order); a nested collection takes the place of its entry as
// a whole.
//
// Choice of the VirtualHardwareSection when a system has several (DSP0243 §9.6 allows one
// per virtualization platform): each section's VirtualSystemType tokens (separated by
// spaces or commas) are ranked for a QEMU/KVM target, and the best rank wins (ties: document
// order):
//   0  native: "qemu*", "kvm*", "libvirt*"
//   1  hardware QEMU emulates: "vmx-*" (VMware), "virtualbox-*", "hvm", "xen*" HVM types
//      ("xen", "xen3", "xen-3.0-*", "*:HVM_*")
//   2  no System element or an empty VirtualSystemType (generic hardware)
//   -  anything else ("ENGINE 3.3.0.0", Xen PV-only types "*:PV_*", vendor types) is not
//      supported.
// When no section of a system is supported, the system gets a Hardware problem naming the
// types seen, and its items come from the first section so the operator can still see them.
// The transports are those of the chosen section.
//
// Reentrant; reads the descriptor, never writes it.
class EffectiveConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveConfiguration)

public:
    // `configuration`: a Configuration id of the DeploymentOptionSection; an empty string
    // selects the default one (ovf:default="true", else the first, DSP0243 §9.8); a null
    // string when the Envelope has none. An id the Envelope does not have gives an Option
    // problem and the default configuration.
    static EffectiveConfiguration build(const Envelope &envelope, const QString &configuration = {});

    // The configuration applied (null when the Envelope has no DeploymentOptionSection).
    const QString &configuration() const { return m_configuration; }
    const QList<EffectiveSystem> &systems() const { return m_systems; }
    // The system with this ovf:id, or nullptr.
    const EffectiveSystem *system(const QString &id) const;
    // Hardware and option problems; empty when every system has a usable hardware section.
    const QList<PlanProblem> &problems() const { return m_problems; }

    // The default deployment option of `envelope`: ovf:default="true", else the first
    // Configuration; a null string when it has none.
    static QString defaultConfiguration(const Envelope &envelope);
    // The rank of a VirtualSystemType for a QEMU/KVM target (see above); -1 when unsupported.
    static int systemTypeRank(const QString &virtualSystemType);

private:
    QString m_configuration;
    QList<EffectiveSystem> m_systems;
    QList<PlanProblem> m_problems;
};

} // namespace ovf::deploy
