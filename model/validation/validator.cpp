#include "model/validation/validator.h"

#include "model/ovf/descriptor.h"
#include "model/validation/context.h"
#include "model/validation/rules.h"

namespace ovf::validation {

int Report::count(Severity s) const
{
    int n = 0;
    for (const Problem &p : problems) {
        if (p.severity == s)
            ++n;
    }
    return n;
}

Report validate(const Descriptor &descriptor, const Options &options)
{
    Context ctx(descriptor, options);
    if (descriptor.kind() == Descriptor::Kind::Environment) {
        runEnvironmentRules(ctx);
        return ctx.takeReport();
    }
    using Group = void (*)(Context &);
    static constexpr Group groups[] = {
        runVersionRules,   runStructureRules, runIdRules,    runReferenceRules, runHardwareRules,
        runDeviceRules,        runPropertyRules,  runDiskRules,      runStringsRules, runExtensionRules,
    };
    for (Group g : groups) {
        if (ctx.cancelled())
            break;
        g(ctx);
    }
    return ctx.takeReport();
}

} // namespace ovf::validation
