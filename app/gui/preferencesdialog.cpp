#include "app/gui/preferencesdialog.h"

#include "app/gui/languagesettings.h"
#include "app/gui/trustpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;

namespace {
const QString algorithmKey = u"manifestAlgorithm"_s;
const QString autosaveKey = u"autosaveSeconds"_s;
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_algorithm(new QComboBox(this)), m_language(new QComboBox(this)),
      m_autosave(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_tabs(new QTabWidget(this)), m_general(new QWidget(this)), m_trust(new TrustPage(this))
{
    setObjectName(u"preferencesDialog"_s);
    for (DigestAlgorithm a : {DigestAlgorithm::Sha256, DigestAlgorithm::Sha512, DigestAlgorithm::Sha1})
        m_algorithm->addItem(ovf::package::digestAlgorithmName(a), int(a));
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(manifestAlgorithm())));
    m_language->addItem(QString(), QString());
    for (const QString &code : LanguageSettings::available())
        m_language->addItem(LanguageSettings::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSettings::current())));
    m_autosave->setRange(5, 3600);
    m_autosave->setValue(autosaveInterval());

    for (QWidget *field : {static_cast<QWidget *>(m_algorithm), static_cast<QWidget *>(m_language),
                           static_cast<QWidget *>(m_autosave)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *general = new QVBoxLayout(m_general);
    general->addLayout(m_form);
    general->addStretch();
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_trust, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(760, 460);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trust, &TrustPage::applied, this, &PreferencesDialog::trustApplied);
    retranslateUi();
}

DigestAlgorithm PreferencesDialog::manifestAlgorithm()
{
    return ovf::package::parseDigestAlgorithm(QSettings().value(algorithmKey).toString()).value_or(DigestAlgorithm::Sha256);
}

void PreferencesDialog::setManifestAlgorithm(DigestAlgorithm algorithm)
{
    QSettings().setValue(algorithmKey, ovf::package::digestAlgorithmName(algorithm));
}

int PreferencesDialog::autosaveInterval()
{
    return std::max(5, QSettings().value(autosaveKey, 30).toInt());
}

void PreferencesDialog::accept()
{
    // The Trust page stores its certificates on a worker (after the files it is still
    // reading); the rest is applied once that succeeded, and the dialog closes then.
    if (m_trust->isApplying())
        return;
    m_buttons->setEnabled(false);
    m_trust->apply();
}

void PreferencesDialog::trustApplied(bool ok)
{
    m_buttons->setEnabled(true);
    if (!ok) {
        m_tabs->setCurrentWidget(m_trust);
        return;
    }
    setManifestAlgorithm(DigestAlgorithm(m_algorithm->currentData().toInt()));
    QSettings().setValue(autosaveKey, m_autosave->value());
    const QString language = m_language->currentData().toString();
    if (language != LanguageSettings::current()) {
        LanguageSettings::setCurrent(language);
        LanguageSettings::apply(language);
    }
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_trust), tr("Trust"));
    static_cast<QLabel *>(m_form->labelForField(m_algorithm))->setText(tr("&Manifest digest:"));
    m_algorithm->setToolTip(tr("The algorithm of the manifest written when a package is saved "
                               "(DSP0243 §5.1; SHA-256 or better makes a package eligible for Verified)"));
    static_cast<QLabel *>(m_form->labelForField(m_language))->setText(tr("&Language:"));
    m_language->setItemText(0, LanguageSettings::displayName(QString()));
    static_cast<QLabel *>(m_form->labelForField(m_autosave))->setText(tr("&Autosave every:"));
    m_autosave->setSuffix(tr(" s"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
