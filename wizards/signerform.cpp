#include "wizards/signerform.h"

#include "model/package/signer.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

SignerForm::SignerForm(bool allowNone, QWidget *parent)
    : QWidget(parent), m_pem(new QRadioButton(this)), m_p12(new QRadioButton(this)), m_keyLabel(new QLabel(this)),
      m_certificateLabel(new QLabel(this)), m_pkcs12Label(new QLabel(this)), m_passphraseLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (allowNone) {
        m_none = new QRadioButton(this);
        m_none->setObjectName(u"signNone"_s);
        layout->addWidget(m_none);
    }
    m_pem->setObjectName(u"signPem"_s);
    m_p12->setObjectName(u"signPkcs12"_s);

    layout->addWidget(m_pem);
    auto *pemForm = new QFormLayout;
    pemForm->setContentsMargins(24, 0, 0, 0);
    auto *keyRow = new QHBoxLayout;
    m_key = pathRow(keyRow, m_keyBrowse);
    m_key->setObjectName(u"keyPath"_s);
    pemForm->addRow(m_keyLabel, keyRow);
    auto *certRow = new QHBoxLayout;
    m_certificate = pathRow(certRow, m_certificateBrowse);
    m_certificate->setObjectName(u"certificatePath"_s);
    pemForm->addRow(m_certificateLabel, certRow);
    layout->addLayout(pemForm);

    layout->addWidget(m_p12);
    auto *p12Form = new QFormLayout;
    p12Form->setContentsMargins(24, 0, 0, 0);
    auto *p12Row = new QHBoxLayout;
    m_pkcs12 = pathRow(p12Row, m_pkcs12Browse);
    m_pkcs12->setObjectName(u"pkcs12Path"_s);
    m_keyBrowse->setObjectName(u"keyBrowse"_s);
    m_certificateBrowse->setObjectName(u"certificateBrowse"_s);
    m_pkcs12Browse->setObjectName(u"pkcs12Browse"_s);
    p12Form->addRow(m_pkcs12Label, p12Row);
    layout->addLayout(p12Form);

    auto *passForm = new QFormLayout;
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    passForm->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(passForm);
    m_keyLabel->setBuddy(m_key);
    m_certificateLabel->setBuddy(m_certificate);
    m_pkcs12Label->setBuddy(m_pkcs12);
    m_passphraseLabel->setBuddy(m_passphrase);

    connect(m_keyBrowse, &QPushButton::clicked, this, [this] { browse(m_key, false); });
    connect(m_certificateBrowse, &QPushButton::clicked, this, [this] { browse(m_certificate, true); });
    connect(m_pkcs12Browse, &QPushButton::clicked, this, [this] { browse(m_pkcs12, false); });
    for (QRadioButton *b : {m_none, m_pem, m_p12}) {
        if (b)
            connect(b, &QRadioButton::toggled, this, &SignerForm::updateEnabled);
    }
    for (QLineEdit *e : {m_key, m_certificate, m_pkcs12})
        connect(e, &QLineEdit::textChanged, this, &SignerForm::changed);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        if (auto done = std::exchange(m_done, {}))
            done(m_watcher.result());
    });
    setMode(allowNone ? Mode::None : Mode::Pem);
    retranslate();
}

SignerForm::~SignerForm()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // a key file read; the result is dropped
}

QLineEdit *SignerForm::pathRow(QLayout *layout, QPushButton *&browse)
{
    auto *edit = new QLineEdit(this);
    edit->setMinimumWidth(280);
    browse = new QPushButton(this);
    layout->addWidget(edit);
    layout->addWidget(browse);
    return edit;
}

void SignerForm::retranslate()
{
    if (m_none)
        m_none->setText(tr("Do n&ot sign (the package gets a manifest only)"));
    m_pem->setText(tr("Sign with a &PEM private key and its certificate chain"));
    m_p12->setText(tr("Sign with a PKCS#&12 file (.p12, .pfx)"));
    m_keyLabel->setText(tr("Private &key:"));
    m_certificateLabel->setText(tr("Certificate &chain:"));
    m_pkcs12Label->setText(tr("PKCS#12 &file:"));
    m_passphraseLabel->setText(tr("Passph&rase:"));
    m_passphrase->setPlaceholderText(tr("only for an encrypted key; never stored"));
    m_certificate->setPlaceholderText(tr("the signer's certificate, then its intermediates (may be the key file)"));
    for (QPushButton *b : {m_keyBrowse, m_certificateBrowse, m_pkcs12Browse})
        b->setText(tr("Browse…"));
}

void SignerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

SignerForm::Mode SignerForm::mode() const
{
    if (m_pem->isChecked())
        return Mode::Pem;
    if (m_p12->isChecked())
        return Mode::Pkcs12;
    return Mode::None;
}

void SignerForm::setMode(Mode mode)
{
    if (mode == Mode::None && m_none)
        m_none->setChecked(true);
    else if (mode == Mode::Pkcs12)
        m_p12->setChecked(true);
    else
        m_pem->setChecked(true);
    updateEnabled();
}

void SignerForm::updateEnabled()
{
    const Mode m = mode();
    for (QWidget *w : std::initializer_list<QWidget *>{m_keyLabel, m_key, m_keyBrowse, m_certificateLabel,
                                                        m_certificate, m_certificateBrowse})
        w->setEnabled(m == Mode::Pem);
    for (QWidget *w : std::initializer_list<QWidget *>{m_pkcs12Label, m_pkcs12, m_pkcs12Browse})
        w->setEnabled(m == Mode::Pkcs12);
    m_passphraseLabel->setEnabled(m != Mode::None);
    m_passphrase->setEnabled(m != Mode::None);
    emit changed();
}

bool SignerForm::isFilledIn() const
{
    switch (mode()) {
    case Mode::None: return true;
    case Mode::Pem: return !m_key->text().trimmed().isEmpty() && !m_certificate->text().trimmed().isEmpty();
    case Mode::Pkcs12: return !m_pkcs12->text().trimmed().isEmpty();
    }
    return false;
}

void SignerForm::browse(QLineEdit *edit, bool certificate)
{
    const QString filter = mode() == Mode::Pkcs12 ? tr("PKCS#12 files (*.p12 *.pfx);;All files (*)")
                           : certificate          ? tr("PEM certificates (*.pem *.crt *.cer);;All files (*)")
                                                  : tr("PEM private keys (*.pem *.key);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File"), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

SignerForm::Request SignerForm::takeRequest()
{
    Request r;
    r.mode = mode();
    r.key = m_key->text().trimmed();
    r.certificate = m_certificate->text().trimmed();
    r.pkcs12 = m_pkcs12->text().trimmed();
    r.passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    return r;
}

SignerForm::Result SignerForm::load(Request request)
{
    using ovf::package::Signer;
    if (request.mode == Mode::None)
        return nullptr;
    std::expected<Signer, QString> signer = request.mode == Mode::Pem
                                                ? Signer::fromPem(request.key, request.certificate, request.passphrase)
                                                : Signer::fromPkcs12(request.pkcs12, request.passphrase);
    request.passphrase.fill('\0');
    if (!signer)
        return std::unexpected(signer.error());
    return std::make_shared<const Signer>(std::move(*signer));
}

bool SignerForm::loadAsync(std::function<void(const Result &)> done)
{
    if (m_watcher.isRunning())
        return false;
    m_done = std::move(done);
    m_watcher.setFuture(QtConcurrent::run(&SignerForm::load, takeRequest()));
    return true;
}
