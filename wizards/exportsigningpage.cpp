#include "wizards/exportsigningpage.h"

#include "model/package/signer.h"
#include "wizards/exportwizard.h"
#include "wizards/signerform.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportSigningPage::ExportSigningPage(QWidget *parent)
    : QWizardPage(parent), m_form(new SignerForm(true, this)), m_status(new QLabel(this))
{
    setTitle(tr("Signing"));
    setSubTitle(tr("A signature proves who made the package: deployers trust it when they trust your certificate."));
    m_status->setObjectName(u"signingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_form, &SignerForm::changed, this, [this] {
        m_signer.reset();
        m_status->clear();
        emit completeChanged();
    });
}

ExportSigningPage::~ExportSigningPage() = default;

bool ExportSigningPage::isComplete() const
{
    return m_form->isFilledIn();
}

bool ExportSigningPage::validatePage()
{
    if (m_form->mode() == SignerForm::Mode::None) {
        m_signer.reset();
        return true;
    }
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    if (w && !w->choices().manifest) {
        m_status->setStyleSheet(u"color: #b00020;"_s);
        m_status->setText(tr("A signature signs the manifest: go back and choose a manifest digest."));
        return false;
    }
    if (m_signer) // loaded before (Back, then Next again), or just now
        return true;
    if (m_form->isLoading())
        return false;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading the key…"));
    m_form->loadAsync([this](const SignerForm::Result &signer) {
        if (!signer) {
            m_status->setStyleSheet(u"color: #b00020;"_s);
            m_status->setText(signer.error());
            return;
        }
        m_signer = *signer;
        const ovf::package::CertificateInfo c = m_signer->certificate();
        m_status->setText(tr("Signing as %1, issued by %2, valid until %3.")
                              .arg(c.subject, c.issuer, QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat)));
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
    return false;
}
