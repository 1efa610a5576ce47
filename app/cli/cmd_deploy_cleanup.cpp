// ovfctl deploy --cleanup: undoes deployments that were killed part-way, from the journals
// they left (DeployJournal, DeployCleaner).

#include "app/cli/output.h"

#include "model/deploy/deploycleaner.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace ovfctl {

namespace {
class CleanupText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

QString target(const DeployJournal::Header &h)
{
    return h.backend == u"libvirt" ? h.uri : h.output;
}
} // namespace

// `uri`: only libvirt deployments to it (empty: every interrupted deployment). `listOnly`:
// print what would be removed, change nothing.
int runDeployCleanup(const QString &uri, bool listOnly)
{
    const DeployCleaner::Scan scan = DeployCleaner::scan({}, uri);
    for (const QString &running : scan.running)
        printError(CleanupText::tr("note: a deployment is still running (%1); it is left alone").arg(sanitize(running)));
    for (const QString &bad : scan.unreadable)
        printError(CleanupText::tr("warning: %1").arg(sanitize(bad)));
    if (scan.interrupted.isEmpty()) {
        out(CleanupText::tr("No interrupted deployments.\n"));
        return scan.unreadable.isEmpty() ? ExitClean : ExitFailed;
    }
    bool failed = !scan.unreadable.isEmpty();
    for (const DeployJournal::Contents &journal : scan.interrupted) {
        const DeployJournal::Header &h = journal.header;
        out(CleanupText::tr("Interrupted deployment of %1 to %2 (started %3, process %4):\n")
                .arg(sanitize(h.package), sanitize(target(h)),
                     QLocale().toString(h.started.toLocalTime(), QLocale::ShortFormat))
                .arg(h.pid));
        if (listOnly) {
            for (qsizetype i = journal.entries.size() - 1; i >= 0; --i)
                out(u"  "_s + CleanupText::tr("would remove (if present): %1").arg(sanitize(DeployJournal::describe(journal.entries.at(i)))) + u'\n');
            continue;
        }
        const DeployCleaner::Outcome outcome = DeployCleaner::cleanUp(journal);
        for (const QString &r : outcome.removed)
            out(u"  "_s + CleanupText::tr("removed: %1").arg(sanitize(r)) + u'\n');
        for (const QString &f : outcome.failures)
            err(u"  "_s + CleanupText::tr("not removed: %1").arg(sanitize(f)) + u'\n');
        if (outcome.removed.isEmpty() && outcome.failures.isEmpty())
            out(u"  "_s + CleanupText::tr("nothing it created was left") + u'\n');
        if (!outcome.journalRemoved) {
            failed = true;
            err(u"  "_s + CleanupText::tr("the journal %1 is kept; run --cleanup again once the problem is fixed")
                              .arg(sanitize(outcome.journal)) + u'\n');
        }
    }
    return failed ? ExitFailed : ExitClean;
}

} // namespace ovfctl
