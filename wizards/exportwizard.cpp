#include "wizards/exportwizard.h"

#include "wizards/exportdestinationpage.h"
#include "wizards/exportformatpage.h"
#include "wizards/exportprofilepage.h"
#include "wizards/exportrunpage.h"
#include "wizards/exportsigningpage.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

ExportWizard::ExportWizard(ovf::commands::EditSession *session, const QString &baseName,
                           const ovf::package::VerifyOptions &verify, QWidget *parent)
    : QWizard(parent), m_session(session), m_baseName(baseName), m_verify(verify),
      m_format(new ExportFormatPage(this)), m_profile(new ExportProfilePage(this)),
      m_signing(new ExportSigningPage(this)), m_destination(new ExportDestinationPage(this)),
      m_run(new ExportRunPage(this))
{
    setObjectName(u"exportWizard"_s);
    setWindowTitle(tr("Export Appliance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FormatId, m_format);
    setPage(ProfileId, m_profile);
    setPage(SigningId, m_signing);
    setPage(DestinationId, m_destination);
    setPage(RunId, m_run);
    setStartId(FormatId);
    setMinimumSize(720, 520);
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
}

ExportWizard::~ExportWizard()
{
    if (m_run->stage() == ExportRunPage::Stage::Writing)
        emit cancelRequested();
}

bool ExportWizard::confirm(const QString &title, const QString &text) const
{
    return m_confirm && m_confirm(title, text);
}

ExportChoices ExportWizard::choices() const
{
    ExportChoices c;
    m_format->apply(c);
    c.profileId = m_profile->profileId();
    c.signer = m_signing->signer();
    c.destination = m_destination->destination();
    return c;
}

void ExportWizard::setDestination(const QString &path, ovf::package::PackageWriterOptions::Format format)
{
    m_format->setFormat(format);
    m_destination->setDestination(path);
}

void ExportWizard::writeProgress(qint64 done, qint64 total)
{
    m_run->writeProgress(done, total);
}

void ExportWizard::writeFinished(const QString &path, const QString &error)
{
    m_run->writeFinished(path, error);
}

void ExportWizard::reject()
{
    // Closing while it writes stops the write: the writer removes its temporary output.
    m_run->cancel();
    QWizard::reject();
}
