#pragma once

#include "model/deploy/deployjournal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ovf::deploy {

// Undoes deployments that were interrupted (killed, crashed) from their journals
// (DeployJournal): `ovfctl deploy --cleanup` and the application's offer at start.
//
// interrupted() lists the journals whose process is gone (their lock is free); a running
// deployment, in this or any other process, is never touched. cleanUp() removes what one
// journal lists, newest first, and only what is still what that deployment created:
//   - a domain only when its UUID is the one the deployment defined it with (a domain
//     defined later under the same name by someone else stays); a started one is destroyed
//     first;
//   - volumes by pool and name, files and folders by path (names that were checked to be
//     unused, or random, when they were recorded);
//   - a pool the deployment created only when it holds no volumes any more.
// What is absent is skipped silently (the journal records intent before each step). When
// everything listed is gone the journal is deleted; otherwise it stays, and the failures say
// what could not be removed and why.
//
// Blocking (libvirt round trips, folder removal): call from a worker thread.
class DeployCleaner
{
    Q_DECLARE_TR_FUNCTIONS(DeployCleaner)

public:
    struct Scan
    {
        QList<DeployJournal::Contents> interrupted; // oldest first
        QStringList running;    // journals of deployments still running (not touched)
        QStringList unreadable; // "FILE: why" for journals that could not be read
    };

    // The journals in `directory` (default: DeployJournal::defaultDirectory()). With a
    // non-empty `uri`, only libvirt deployments to that URI are listed.
    static Scan scan(const QString &directory = {}, const QString &uri = {});

    struct Outcome
    {
        QString journal;
        QStringList removed;  // DeployJournal::describe() of each object removed
        QStringList failures; // what could not be removed, and why
        bool journalRemoved = false;
    };

    // Removes what `journal` lists (see above). Takes the journal's lock first: a deployment
    // that is running again (or a second cleaner) makes this fail with a failure and change
    // nothing.
    static Outcome cleanUp(const DeployJournal::Contents &journal);
};

} // namespace ovf::deploy
