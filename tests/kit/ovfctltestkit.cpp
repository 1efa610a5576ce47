#include "ovfctltestkit.h"

#include <QProcess>

namespace testkit {

OvfctlResult ovfctl(const QStringList &args, const QString &workingDir)
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
