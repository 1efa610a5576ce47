#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <expected>
#include <functional>
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
// Export wizard's signing page and by the re-sign question of Save. The key is loaded on a
// worker by loadAsync() (Signer::fromPem / fromPkcs12: files are read, a PKCS#12 passphrase
// is stretched), whose errors name the file; the watcher is waited for on destruction.
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
    using Result = std::expected<std::shared_ptr<const ovf::package::Signer>, QString>;
    struct Request
    {
        Mode mode = Mode::None;
        QString key;
        QString certificate;
        QString pkcs12;
        QByteArray passphrase;
    };

    // What the form says; clears the passphrase field.
    Request takeRequest();
    // Loads the key and certificates (any thread). nullptr (no error) for Mode::None.
    static Result load(Request request);
    // load(takeRequest()) on a worker; `done` runs on the GUI thread unless the form is gone.
    // False (nothing started) while a load runs.
    bool loadAsync(std::function<void(const Result &)> done);
    bool isLoading() const { return m_watcher.isRunning(); }

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *pkcs12Edit() const { return m_pkcs12; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    // Browse…: a file dialog that fills in the field next to it.
    QPushButton *keyBrowseButton() const { return m_keyBrowse; }
    QPushButton *certificateBrowseButton() const { return m_certificateBrowse; }
    QPushButton *pkcs12BrowseButton() const { return m_pkcs12Browse; }

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
    QFutureWatcher<Result> m_watcher;
    std::function<void(const Result &)> m_done;
};
