#include "app/gui/deploycleanupoffer.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using ovf::deploy::DeployCleaner;
using ovf::deploy::DeployJournal;

DeployCleanupOffer::DeployCleanupOffer(QWidget *window, const QString &journalDirectory)
    : QObject(window), m_window(window), m_directory(journalDirectory)
{
}

void DeployCleanupOffer::start()
{
    auto *watcher = new QFutureWatcher<DeployCleaner::Scan>(this);
    connect(watcher, &QFutureWatcher<DeployCleaner::Scan>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showOffer(watcher->result());
    });
    const QString directory = m_directory;
    watcher->setFuture(QtConcurrent::run([directory] { return DeployCleaner::scan(directory); }));
}

void DeployCleanupOffer::showOffer(const DeployCleaner::Scan &scan)
{
    m_interrupted = scan.interrupted;
    if (m_interrupted.isEmpty() || !m_window) {
        emit nothingToOffer();
        return;
    }
    QStringList lines;
    QStringList details;
    for (const DeployJournal::Contents &journal : std::as_const(m_interrupted)) {
        const DeployJournal::Header &h = journal.header;
        const QString target = h.backend == u"libvirt" ? h.uri : h.output;
        const QString started = QLocale().toString(h.started.toLocalTime(), QLocale::ShortFormat);
        lines << tr("%1 to %2, started %3").arg(h.package, target, started);
        details << tr("Deployment of %1 to %2 (started %3):").arg(h.package, target, started);
        for (qsizetype i = journal.entries.size() - 1; i >= 0; --i)
            details << u"  "_s + DeployJournal::describe(journal.entries.at(i));
    }
    m_prompt = new QMessageBox(QMessageBox::Question, tr("Interrupted Deployments"),
                               m_interrupted.size() == 1
                                   ? tr("A deployment did not finish: the program was closed or killed while "
                                        "deploying. What it had created can be removed now; nothing else is touched.")
                                   : tr("%n deployments did not finish: the program was closed or killed while "
                                        "deploying. What they had created can be removed now; nothing else is touched.",
                                        nullptr, int(m_interrupted.size())),
                               QMessageBox::NoButton, m_window);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt->setInformativeText(lines.join(u'\n'));
    m_prompt->setDetailedText(details.join(u'\n'));
    QPushButton *remove = m_prompt->addButton(tr("Remove Leftovers"), QMessageBox::AcceptRole);
    m_prompt->addButton(tr("Later"), QMessageBox::RejectRole);
    m_prompt->setDefaultButton(remove);
    connect(m_prompt, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton *button) {
        if (button == remove)
            cleanUp();
    });
    m_prompt->open();
    emit offered(int(m_interrupted.size()));
}

void DeployCleanupOffer::cleanUp()
{
    using Outcomes = QList<DeployCleaner::Outcome>;
    auto *watcher = new QFutureWatcher<Outcomes>(this);
    connect(watcher, &QFutureWatcher<Outcomes>::finished, this, [this, watcher] {
        watcher->deleteLater();
        QStringList removed;
        QStringList failures;
        for (const DeployCleaner::Outcome &o : watcher->result()) {
            removed += o.removed;
            failures += o.failures;
        }
        showReport(removed, failures);
        emit cleaned(removed, failures);
    });
    const QList<DeployJournal::Contents> journals = m_interrupted;
    watcher->setFuture(QtConcurrent::run([journals] {
        Outcomes outcomes;
        for (const DeployJournal::Contents &journal : journals)
            outcomes << DeployCleaner::cleanUp(journal);
        return outcomes;
    }));
}

void DeployCleanupOffer::showReport(const QStringList &removed, const QStringList &failures)
{
    if (!m_window)
        return;
    const bool ok = failures.isEmpty();
    m_prompt = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Interrupted Deployments"),
                               ok ? (removed.size() == 1 ? tr("Removed what the interrupted deployment had left: 1 item.")
                                                         : tr("Removed what interrupted deployments had left: %n items.",
                                                              nullptr, int(removed.size())))
                                  : tr("Some leftovers could not be removed; they are offered again at the next start."),
                               QMessageBox::Ok, m_window);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    QStringList text;
    for (const QString &r : removed)
        text << tr("Removed: %1").arg(r);
    for (const QString &f : failures)
        text << tr("Not removed: %1").arg(f);
    m_prompt->setDetailedText(text.join(u'\n'));
    m_prompt->open();
}
