#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class SignerForm;
namespace ovf::package {
class Signer;
}

// Asked when a document opened from a signed package is saved as a package: its signature
// cannot match the new manifest. "Sign and Save" loads a key on a worker (PEM key and chain,
// or PKCS#12; the passphrase is used once, never kept), then closes, or stays open with the
// reason when it cannot;
// "Save Unsigned" says so explicitly; Cancel saves nothing.
class ResignDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Resign, Unsigned };

    ResignDialog(const QString &packageName, QWidget *parent = nullptr);
    ~ResignDialog() override;

    Choice choice() const { return m_choice; }
    // The signer when the choice is Resign.
    std::shared_ptr<const ovf::package::Signer> signer() const { return m_signer; }
    SignerForm *form() const { return m_form; }
    QLabel *errorLabel() const { return m_error; }
    // What the buttons do (tests call them).
    void signAndSave();
    void saveUnsigned();

private:
    SignerForm *m_form;
    QLabel *m_error;
    Choice m_choice = Choice::Cancel;
    std::shared_ptr<const ovf::package::Signer> m_signer;
};
