#include "wizards/exportrunpage.h"

#include "model/package/packageverifier.h"
#include "wizards/exportwizard.h"
#include "model/ovf/units.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::package::TrustState;

ExportRunPage::ExportRunPage(QWidget *parent)
    : QWizardPage(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Stop"), this)), m_state(new QLabel(this)), m_reasons(new QListWidget(this))
{
    setTitle(tr("Export"));
    setSubTitle(tr("The package is written, then read back and verified as a deployer would."));
    setFinalPage(true);
    m_status->setObjectName(u"exportStatus"_s);
    m_state->setObjectName(u"exportTrust"_s);
    m_reasons->setObjectName(u"exportReasons"_s);
    m_cancel->setObjectName(u"exportStop"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_progress->setRange(0, 1000);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addWidget(m_reasons, 1);
    connect(m_cancel, &QPushButton::clicked, this, &ExportRunPage::cancel);
    connect(&m_watcher, &QFutureWatcher<ovf::package::VerifyResult>::finished, this, &ExportRunPage::verified);
    connect(&m_watcher, &QFutureWatcher<ovf::package::VerifyResult>::progressValueChanged, this, [this](int value) {
        m_progress->setValue(m_watcher.progressMaximum() > 0
                                 ? int(qint64(value) * 1000 / qMax(1, m_watcher.progressMaximum()))
                                 : 0);
    });
}

ExportRunPage::~ExportRunPage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ExportRunPage::initializePage()
{
    auto *w = qobject_cast<ExportWizard *>(wizard());
    if (!w)
        return;
    const ExportChoices choices = w->choices();
    m_path = choices.destination;
    m_stage = Stage::Writing;
    m_stopRequested = false;
    m_result = {};
    m_state->clear();
    m_reasons->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_path)));
    emit completeChanged();
    emit w->writeRequested(choices);
}

void ExportRunPage::cleanupPage()
{
    cancel();
}

void ExportRunPage::cancel()
{
    if (m_stage == Stage::Writing) {
        m_stopRequested = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        if (auto *w = qobject_cast<ExportWizard *>(wizard()))
            emit w->cancelRequested();
    } else if (m_stage == Stage::Verifying) {
        m_cancel->setEnabled(false);
        m_watcher.cancel();
    }
}

void ExportRunPage::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    m_status->setText(tr("Writing %1: %2 of %3")
                          .arg(QFileInfo(m_path).fileName(), ovf::formatByteSize(quint64(done), locale), ovf::formatByteSize(quint64(total), locale)));
}

void ExportRunPage::writeProgress(qint64 done, qint64 total)
{
    if (m_stage == Stage::Writing && m_cancel->isEnabled())
        showProgress(done, total);
}

void ExportRunPage::writeFinished(const QString &path, const QString &error)
{
    if (m_stage != Stage::Writing)
        return;
    if (!error.isEmpty()) {
        m_stage = Stage::Failed;
        m_cancel->hide();
        m_progress->hide();
        m_status->setText(tr("The package was not written; nothing was left at the destination, and a file that was "
                             "there is unchanged."));
        m_state->setStyleSheet(u"color: #b00020;"_s);
        if (m_stopRequested) {
            m_state->setText(tr("Export stopped"));
        } else {
            m_state->setText(tr("Export failed"));
            m_reasons->addItem(error);
        }
        emit completeChanged();
        return;
    }
    m_path = path;
    m_stage = Stage::Verifying;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Written. Verifying %1…").arg(QFileInfo(path).fileName()));
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    m_watcher.setFuture(ovf::package::PackageVerifier::verifyAsync(path, w ? w->verifyOptions()
                                                                           : ovf::package::VerifyOptions{}));
}

void ExportRunPage::verified()
{
    if (m_stage != Stage::Verifying)
        return;
    m_cancel->hide();
    m_progress->hide();
    const QFuture<ovf::package::VerifyResult> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || future.result().cancelled) {
        m_stage = Stage::Failed;
        m_status->setText(tr("The package was written to %1, but its verification was stopped.")
                              .arg(QDir::toNativeSeparators(m_path)));
        emit completeChanged();
        return;
    }
    m_result = future.result();
    m_stage = Stage::Done;
    const TrustState state = m_result.verdict.state;
    const QLocale locale;
    m_status->setText(tr("%1 was written (%2) and read back completely.")
                          .arg(QDir::toNativeSeparators(m_path), ovf::formatByteSize(quint64(m_result.packageBytes), locale)));
    const QString color = state == TrustState::Verified ? u"#1b5e20"_s
                          : state == TrustState::Invalid ? u"#b00020"_s
                                                         : u"#8a6d00"_s;
    m_state->setStyleSheet(u"color: %1;"_s.arg(color));
    m_state->setText(state == TrustState::Invalid
                         ? tr("Verification failed: %1").arg(ovf::package::trustStateName(state))
                         : tr("Verification: %1").arg(ovf::package::trustStateName(state)));
    for (const ovf::package::VerifyIssue &issue : m_result.errors)
        m_reasons->addItem(issue.toString());
    for (const QString &reason : m_result.verdict.reasons) {
        if (m_reasons->findItems(reason, Qt::MatchExactly).isEmpty())
            m_reasons->addItem(reason);
    }
    if (m_result.signature)
        m_reasons->addItem(tr("Signed by %1 (valid until %2)")
                               .arg(m_result.signature->signer.subject,
                                    locale.toString(m_result.signature->signer.notAfter.toLocalTime(), QLocale::ShortFormat)));
    for (const QString &warning : std::as_const(m_result.warnings))
        m_reasons->addItem(tr("Warning: %1").arg(warning));
    emit completeChanged();
    if (auto *w = qobject_cast<ExportWizard *>(wizard()))
        emit w->exported(m_path);
}

bool ExportRunPage::isComplete() const
{
    return m_stage == Stage::Done;
}
