#include "app/gui/resigndialog.h"

#include "model/package/signer.h"
#include "wizards/signerform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ResignDialog::ResignDialog(const QString &packageName, QWidget *parent)
    : QDialog(parent), m_form(new SignerForm(false, this)), m_error(new QLabel(this))
{
    setObjectName(u"resignDialog"_s);
    setWindowTitle(tr("Save Signed Package"));
    auto *text = new QLabel(tr("“%1” is signed. Its signature covers the old manifest, so saving writes a new "
                               "manifest: sign it again with your key, or save the package unsigned.")
                                .arg(packageName),
                            this);
    text->setWordWrap(true);
    m_error->setObjectName(u"resignError"_s);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sign = buttons->addButton(tr("&Sign and Save"), QDialogButtonBox::AcceptRole);
    QPushButton *unsignedButton = buttons->addButton(tr("Save &Unsigned"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    sign->setObjectName(u"signAndSave"_s);
    unsignedButton->setObjectName(u"saveUnsigned"_s);
    sign->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(sign, &QPushButton::clicked, this, &ResignDialog::signAndSave);
    connect(unsignedButton, &QPushButton::clicked, this, &ResignDialog::saveUnsigned);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &SignerForm::changed, this, [this, sign] { sign->setEnabled(m_form->isFilledIn()); });
    sign->setEnabled(m_form->isFilledIn());
    resize(640, sizeHint().height());
}

ResignDialog::~ResignDialog() = default;

void ResignDialog::signAndSave()
{
    if (m_form->isLoading())
        return;
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Loading the key…"));
    m_form->loadAsync([this](const SignerForm::Result &signer) {
        if (!signer) {
            m_error->setStyleSheet(u"color: #b00020;"_s);
            m_error->setText(signer.error());
            return;
        }
        m_signer = *signer;
        m_choice = Choice::Resign;
        accept();
    });
}

void ResignDialog::saveUnsigned()
{
    m_signer.reset();
    m_choice = Choice::Unsigned;
    accept();
}
