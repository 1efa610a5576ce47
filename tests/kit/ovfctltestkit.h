#pragma once

// Running the ovfctl binary under test (OVFCTL_PATH) from the CLI tests. Compiled once into
// ovfw_testkit.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testkit {

struct OvfctlResult
{
    int code = -1; // -1: did not finish normally (crash or timeout)
    QString out;
    QString err;
};

// Runs ovfctl with `args` in `workingDir` (the test's own when empty) and waits up to two
// minutes; a run that does not finish is killed and reported with code -1.
OvfctlResult ovfctl(const QStringList &args, const QString &workingDir = {});

} // namespace testkit
