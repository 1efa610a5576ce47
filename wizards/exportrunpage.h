#pragma once

#include "model/package/verifyresult.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// The Export wizard's last page: writes the package (through the wizard's writer, progress in
// bytes, Cancel), then verifies what was written with PackageVerifier (the code of `ovfctl
// verify`, with the trust options the wizard was given) on a worker, and shows the outcome:
// the trust state with its reasons and the signer. Finish is enabled only once the
// verification finished; a failed or cancelled write leaves Back to change the choices.
// The verification watcher is cancelled and waited for on destruction.
class ExportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Stage { Idle, Writing, Verifying, Done, Failed };

    explicit ExportRunPage(QWidget *parent = nullptr);
    ~ExportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void writeProgress(qint64 done, qint64 total);
    void writeFinished(const QString &path, const QString &error);
    // Cancels what runs (the write through the wizard, or the verification).
    void cancel();

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage == Stage::Writing || m_stage == Stage::Verifying; }
    // The verification's result (valid in Stage::Done).
    const ovf::package::VerifyResult &result() const { return m_result; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *stateLabel() const { return m_state; }
    QListWidget *reasonsList() const { return m_reasons; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void verified();
    void showProgress(qint64 done, qint64 total);

    Stage m_stage = Stage::Idle;
    bool m_stopRequested = false;
    QString m_path;
    QFutureWatcher<ovf::package::VerifyResult> m_watcher;
    ovf::package::VerifyResult m_result;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_state;
    QListWidget *m_reasons;
};
