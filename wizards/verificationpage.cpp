#include "wizards/verificationpage.h"

#include "model/package/packageverifier.h"
#include "wizards/deploysession.h"
#include "model/ovf/units.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::package::TrustState;

VerificationPage::VerificationPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Verification, session, parent)
{
    setTitle(tr("Verify the package"));
    setSubTitle(tr("The digests of the manifest and the signature are checked before anything is deployed."));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"verifyProgress"_s);
    m_cancel = new QPushButton(tr("&Cancel Verification"), this);
    m_cancel->setObjectName(u"cancelVerification"_s);
    m_retry = new QPushButton(tr("&Verify Again"), this);
    m_retry->setObjectName(u"verifyAgain"_s);
    m_retry->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_state = new QLabel(this);
    m_state->setObjectName(u"trustState"_s);
    QFont big = m_state->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_state->setFont(big);
    m_reasons = new QListWidget(this);
    m_reasons->setObjectName(u"trustReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setMinimumHeight(60);
    m_reasons->setMaximumHeight(180);

    m_certificate = new QGroupBox(tr("Signer's certificate"), this);
    m_subject = new QLabel(m_certificate);
    m_issuer = new QLabel(m_certificate);
    m_validity = new QLabel(m_certificate);
    m_fingerprint = new QLabel(m_certificate);
    for (QLabel *l : {m_subject, m_issuer, m_validity, m_fingerprint}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    auto *form = new QFormLayout(m_certificate);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);

    m_anyway = new QCheckBox(this);
    m_anyway->setObjectName(u"deployAnyway"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_retry);
    progressRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_state);
    layout->addWidget(m_reasons);
    layout->addWidget(m_certificate);
    layout->addWidget(m_anyway);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &VerificationPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &VerificationPage::start);
    connect(m_anyway, &QCheckBox::toggled, this, [this](bool checked) {
        // The acknowledgement is part of the plan: recorded in a saved answer file and on
        // the command line the Summary shows.
        const ovf::package::VerifyResult *r = this->session()->verification();
        this->session()->plan().allowUnchecked = checked && r && ovf::package::needsAcknowledgement(r->verdict.state);
        emit completeChanged();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VerificationPage::finished);
}

VerificationPage::~VerificationPage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void VerificationPage::initializePage()
{
    if (session()->verification() && m_verifiedPath == session()->packagePath())
        return; // already verified: going back and forth does not read the package again
    start();
}

void VerificationPage::cleanupPage()
{
    cancel();
}

void VerificationPage::start()
{
    if (m_watcher.isRunning())
        return;
    const QString path = session()->packagePath();
    m_verifiedPath.clear();
    m_status->setText(tr("Verifying %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_retry->hide();
    m_state->clear();
    m_reasons->clear();
    m_certificate->hide();
    m_anyway->hide();
    m_anyway->setChecked(false);
    m_watcher.setFuture(ovf::package::PackageVerifier::verifyAsync(path, session()->verifyOptions()));
    emit completeChanged();
}

void VerificationPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_watcher.cancel();
}

void VerificationPage::finished()
{
    m_cancel->hide();
    const QFuture<ovf::package::VerifyResult> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || future.result().cancelled) {
        m_status->setText(tr("The verification was cancelled."));
        m_progress->hide();
        m_retry->show();
        emit completeChanged();
        return;
    }
    auto result = std::make_shared<const ovf::package::VerifyResult>(future.result());
    m_verifiedPath = result->packagePath;
    session()->setVerification(result);
    showResult(*result);
    emit completeChanged();
}

void VerificationPage::showResult(const ovf::package::VerifyResult &result)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide();
    m_retry->show();
    const QLocale locale;
    m_status->setText(tr("%1 (%2) was read completely.")
                          .arg(QFileInfo(result.packagePath).fileName(), ovf::formatByteSize(quint64(result.packageBytes), locale)));

    const TrustState state = result.verdict.state;
    QString color;
    switch (state) {
    case TrustState::Verified: color = u"#1b5e20"_s; break;
    case TrustState::Intact: color = u"#8a6d00"_s; break;
    case TrustState::Incomplete: color = u"#8a6d00"_s; break;
    case TrustState::Unchecked: color = u"#8a6d00"_s; break;
    case TrustState::Invalid: color = u"#b00020"_s; break;
    }
    m_state->setStyleSheet(u"color: %1;"_s.arg(color));
    m_state->setText(tr("Trust: %1").arg(ovf::package::trustStateName(state)));

    for (const ovf::package::VerifyIssue &issue : result.errors)
        m_reasons->addItem(issue.toString());
    for (const QString &reason : result.verdict.reasons) {
        if (m_reasons->findItems(reason, Qt::MatchExactly).isEmpty())
            m_reasons->addItem(reason);
    }
    if (result.descriptorError)
        m_reasons->addItem(result.descriptorError->toString());
    for (const QString &w : result.warnings)
        m_reasons->addItem(tr("Warning: %1").arg(w));

    if (result.signature) {
        const ovf::package::CertificateInfo &c = result.signature->signer;
        m_subject->setText(c.subject);
        m_issuer->setText(c.issuer);
        m_validity->setText(tr("%1 to %2").arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                                               locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat)));
        m_fingerprint->setText(c.sha256Fingerprint);
        m_certificate->show();
    }

    if (state == TrustState::Unchecked)
        m_anyway->setText(tr("Deploy &anyway, although the package has no manifest and nothing could be checked"));
    else if (state == TrustState::Incomplete)
        m_anyway->setText(tr("Deploy &anyway, although the manifest does not cover every file (the files listed "
                             "above as without a digest are not checked)"));
    else if (state == TrustState::Intact)
        m_anyway->setText(tr("Deploy &anyway, although the origin of the package is not proven"));
    m_anyway->setVisible(state == TrustState::Unchecked || state == TrustState::Incomplete
                         || state == TrustState::Intact);
    // An answer file that recorded the acknowledgement ticks the box; the operator sees it.
    m_anyway->setChecked(ovf::package::needsAcknowledgement(state) && session()->plan().allowUnchecked);
}

bool VerificationPage::isComplete() const
{
    const ovf::package::VerifyResult *r = session()->verification();
    if (m_watcher.isRunning() || !r || m_verifiedPath != session()->packagePath() || !r->descriptor)
        return false;
    switch (r->verdict.state) {
    case TrustState::Verified: return true;
    case TrustState::Intact:
    case TrustState::Incomplete:
    case TrustState::Unchecked: return m_anyway->isChecked();
    case TrustState::Invalid: return false;
    }
    return false;
}
