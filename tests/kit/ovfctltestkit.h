#pragma once

// Running the ovfctl binary under test (OVFCTL_PATH) from the CLI tests.

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
inline OvfctlResult ovfctl(const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(OVFCTL_PATH), args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        qWarning("ovfctl %s: timed out", qPrintable(args.join(u' ')));
    }
    OvfctlResult r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace testkit
