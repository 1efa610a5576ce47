// ovfctl deploy without --dry-run: the deployment itself.

#include "app/cli/output.h"

#include "model/deploy/plan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {
class RunText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};
} // namespace

int runDeployment(const ovf::deploy::Plan &plan, const QString &packagePath)
{
    Q_UNUSED(plan);
    printError(RunText::tr("%1: deploying needs the backends, which are not built yet; use --dry-run")
                   .arg(sanitize(packagePath)));
    return ExitFailed;
}

} // namespace ovfctl
