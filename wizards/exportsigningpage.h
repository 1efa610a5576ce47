#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class SignerForm;
namespace ovf::package {
class Signer;
}

// The Export wizard's signing page (DSP0243 §5.2): none, a PEM key with its certificate
// chain, or a PKCS#12 file. Next loads the key on a worker (the passphrase is used once and
// cleared) and moves on once it is loaded, or stays here with the reason (wrong passphrase,
// key not matching the certificate, no manifest chosen); the signer's certificate is shown.
class ExportSigningPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportSigningPage(QWidget *parent = nullptr);
    ~ExportSigningPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    // The loaded signer; null when unsigned (or not loaded yet).
    std::shared_ptr<const ovf::package::Signer> signer() const { return m_signer; }
    SignerForm *form() const { return m_form; }
    QLabel *statusLabel() const { return m_status; }

private:
    SignerForm *m_form;
    QLabel *m_status;
    std::shared_ptr<const ovf::package::Signer> m_signer;
};
