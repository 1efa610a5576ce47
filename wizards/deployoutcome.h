#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How a deployment run by the wizard ended, for the Done page.
struct DeployOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why it failed; empty when ok or cancelled
    QStringList rollbackProblems; // what the rollback could not remove
    QStringList domains; // the VM names defined
    QString location; // the output folder (folder backend) or the connection URI
    QStringList log; // the steps, in order
};
