#include "wizards/progresspage.h"

#include "wizards/deploysession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

ProgressPage::ProgressPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Progress, session, parent)
{
    setTitle(tr("Deploying"));
    setSubTitle(tr("The package is verified again while its disks are converted. Cancel removes everything created."));

    m_step = new QLabel(this);
    m_step->setObjectName(u"deployStep"_s);
    m_step->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"deployProgress"_s);
    m_cancel = new QPushButton(tr("&Cancel Deployment"), this);
    m_cancel->setObjectName(u"cancelDeployment"_s);
    m_log = new QListWidget(this);
    m_log->setObjectName(u"deployLog"_s);
    m_log->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addLayout(row);
    layout->addWidget(m_log, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        m_step->setText(text);
        if (m_log->count() == 0 || m_log->item(m_log->count() - 1)->text() != text)
            m_log->addItem(text);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ProgressPage::finished);
}

ProgressPage::~ProgressPage()
{
    m_watcher.cancel(); // the deployer rolls back what it created
    m_watcher.waitForFinished();
}

void ProgressPage::initializePage()
{
    start();
}

void ProgressPage::start()
{
    if (m_watcher.isRunning())
        return;
    m_done = false;
    m_log->clear();
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_step->setText(tr("Starting…"));
    session()->setOutcome({});
    ovf::deploy::DeployOptions options;
    options.verify = session()->verifyOptions();
    // The operator's acknowledgement of a package without a (complete) manifest, given on
    // the Verification page, travels in the plan (Plan::allowUnchecked).
    // The Verification page's result is reused while the package file is unchanged (else the
    // Deployer verifies again); the disk bytes are checked in-line while converted anyway.
    m_watcher.setFuture(ovf::deploy::Deployer::deployAsync(session()->packagePath(), session()->verificationPtr(),
                                                           session()->plan(), options));
    emit completeChanged();
}

void ProgressPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling and removing what was created…"));
    m_watcher.cancel();
}

bool ProgressPage::requestClose()
{
    if (!m_watcher.isRunning())
        return true;
    const auto answer = QMessageBox::question(this, tr("Cancel Deployment"),
                                              tr("Cancel the deployment and remove everything created so far?"));
    if (answer != QMessageBox::Yes)
        return false;
    m_closeWhenDone = true;
    cancel();
    return false;
}

void ProgressPage::finished()
{
    DeployOutcome outcome;
    const auto future = m_watcher.future();
    for (int i = 0; i < m_log->count(); ++i)
        outcome.log.append(m_log->item(i)->text());
    if (future.resultCount() == 0) {
        outcome.cancelled = true; // cancelled before the deployer produced a result
    } else {
        const auto result = future.result();
        if (result) {
            outcome.ok = true;
            outcome.domains = result->domains;
            outcome.location = result->output;
            outcome.log += result->notes;
        } else {
            outcome.cancelled = result.error().cancelled;
            outcome.error = result.error().message;
            outcome.rollbackProblems = result.error().rollbackFailures;
            outcome.log += result.error().problems;
        }
    }
    session()->setOutcome(outcome);
    m_done = true;
    m_cancel->hide();
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    m_step->setText(outcome.ok ? tr("Finished.")
                               : outcome.cancelled ? tr("Cancelled; everything created was removed.")
                                                   : tr("Failed: %1").arg(outcome.error));
    m_log->addItem(m_step->text());
    emit completeChanged();
    if (m_closeWhenDone)
        wizard()->reject();
}

bool ProgressPage::isComplete() const
{
    return m_done && !m_watcher.isRunning();
}
