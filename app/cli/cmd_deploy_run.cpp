// ovfctl deploy without --dry-run: the deployment itself, with a progress line on stderr and
// Ctrl-C cancelling (everything created is rolled back).

#include "app/cli/output.h"
#include "app/cli/packcommands.h"
#include "app/cli/progress.h"

#include "model/deploy/deployer.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace ovfctl {

namespace {
class RunText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};
} // namespace

int runDeployment(const Plan &plan, const QString &packagePath)
{
    const std::atomic<bool> *interrupted = interruptFlag();
    std::unique_ptr<ProgressBar> line;
    DeployStep current = DeployStep::Commit;
    bool any = false;
    const DeployProgress progress = [&](DeployStep step, const QString &, qint64 done, qint64 total) {
        if (!any || step != current) {
            any = true;
            current = step;
            line = std::make_unique<ProgressBar>(Deployer::stepName(step).toLower());
        }
        if (total > 0)
            line->update(done, total);
    };
    auto result = Deployer::deploy(packagePath, plan, {}, progress, interrupted);
    line.reset();
    if (!result) {
        const DeployError &e = result.error();
        printError(RunText::tr("deploy: %1: %2").arg(Deployer::stepName(e.step).toLower(), sanitize(e.message)));
        for (const QString &p : e.problems)
            err(u"  "_s + sanitize(p) + u'\n');
        for (const QString &f : e.rollbackFailures)
            err(u"  "_s + RunText::tr("not removed: %1").arg(sanitize(f)) + u'\n');
        err(e.rollbackFailures.isEmpty() ? RunText::tr("Nothing was deployed; what had been created was removed.\n")
                                         : RunText::tr("Nothing was deployed, but some of what had been created could "
                                                       "not be removed (see above).\n"));
        return e.cancelled ? ExitInterrupted : ExitFailed;
    }
    for (const QString &note : result->notes)
        printError(RunText::tr("note: %1").arg(sanitize(note)));
    out(RunText::tr("Package trust: %1\n").arg(sanitize(result->trust)));
    out(RunText::tr("Deployed to %1:\n").arg(sanitize(result->output)));
    for (const QString &vm : result->domains)
        out(u"  "_s + vm + (result->started.contains(vm) ? RunText::tr(" (started)") : QString()) + u'\n');
    return ExitClean;
}

} // namespace ovfctl
