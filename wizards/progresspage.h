#pragma once

#include "model/deploy/deployer.h"
#include "wizards/deployoutcome.h"
#include "wizards/deploypage.h"

#include <QFutureWatcher>

#include <expected>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Runs the deployment (ovf::deploy::Deployer) in the background with progress in bytes and
// the current step; Cancel stops it and rolls back everything created. Next is enabled when
// it has ended, whichever way; the Done page tells how. The watcher is cancelled and waited
// for on destruction (which rolls back a deployment still running).
class ProgressPage : public DeployPage
{
    Q_OBJECT

public:
    explicit ProgressPage(DeploySession *session, QWidget *parent = nullptr);
    ~ProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_watcher.isRunning(); }
    QPushButton *cancelButton() const { return m_cancel; }
    // Called when the wizard is about to close: cancels a running deployment and returns
    // false (the wizard closes once the rollback is done); true when nothing runs.
    bool requestClose();

private:
    void start();
    void cancel();
    void finished();

    QFutureWatcher<std::expected<ovf::deploy::DeployResult, ovf::deploy::DeployError>> m_watcher;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_log = nullptr;
    bool m_closeWhenDone = false;
    bool m_done = false;
};
