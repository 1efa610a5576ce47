#pragma once

#include "model/package/verifyresult.h"
#include "wizards/deploypage.h"
#include "wizards/textresolver.h"

#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Verifies the package in the background (PackageVerifier: digests, coverage, signature
// and chain), with a progress bar in bytes and Cancel, then shows the trust state with its
// reasons and the signer's certificate. Invalid blocks Next; Unchecked and Intact need the
// explicit "deploy anyway" check. The descriptor's texts (external Strings bundles included,
// read from the package) are read on a worker after the verification, before the result is
// shown. The watchers are cancelled and waited for on destruction.
class VerificationPage : public DeployPage
{
    Q_OBJECT

public:
    explicit VerificationPage(DeploySession *session, QWidget *parent = nullptr);
    ~VerificationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Verifying, or reading the verified package's texts.
    bool isRunning() const { return m_watcher.isRunning() || m_texts.isRunning(); }
    QCheckBox *deployAnywayBox() const { return m_anyway; }
    QLabel *stateLabel() const { return m_state; }

private:
    void start();
    void cancel();
    void finished();
    void textsRead();
    void showResult(const ovf::package::VerifyResult &result);

    QFutureWatcher<ovf::package::VerifyResult> m_watcher;
    QFutureWatcher<TextResolver> m_texts;
    std::shared_ptr<const ovf::package::VerifyResult> m_result; // while its texts are read
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_reasons = nullptr;
    QGroupBox *m_certificate = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_fingerprint = nullptr;
    QCheckBox *m_anyway = nullptr;
    QString m_verifiedPath;
};
