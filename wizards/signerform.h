#pragma once

#include <QWidget>

#include <expected>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
namespace ovf::package {
class Signer;
}

// How a package is signed (DSP0243 §5.2): not at all, with a PEM private key and its
// certificate chain, or with a PKCS#12 file; the passphrase is asked in a password field and
// never stored, logged or kept once the key was loaded (the field is cleared). Used by the
// Export wizard's signing page and by the re-sign question of Save. The key is loaded by
// createSigner() (Signer::fromPem / fromPkcs12: small local files), whose errors name the file.
class SignerForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { None, Pem, Pkcs12 };

    // `allowNone`: offer "Do not sign" (the Export wizard); without it a key is required.
    explicit SignerForm(bool allowNone, QWidget *parent = nullptr);
    ~SignerForm() override;

    Mode mode() const;
    void setMode(Mode mode);
    // True when the chosen mode has every path it needs.
    bool isFilledIn() const;
    // Loads the key and certificates. nullptr (no error) for Mode::None. Clears the passphrase.
    std::expected<std::shared_ptr<const ovf::package::Signer>, QString> createSigner();

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *pkcs12Edit() const { return m_pkcs12; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *pathRow(QLayout *layout, QPushButton *&browse);
    void browse(QLineEdit *edit, bool certificate);
    void updateEnabled();
    void retranslate();

    QRadioButton *m_none = nullptr;
    QRadioButton *m_pem;
    QRadioButton *m_p12;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPushButton *m_keyBrowse;
    QLabel *m_certificateLabel;
    QLineEdit *m_certificate;
    QPushButton *m_certificateBrowse;
    QLabel *m_pkcs12Label;
    QLineEdit *m_pkcs12;
    QPushButton *m_pkcs12Browse;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
};
