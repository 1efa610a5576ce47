#include "wizards/licensespage.h"

#include "model/ovf/entity.h"
#include "wizards/deploysession.h"

#include <algorithm>

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LicensesPage::LicensesPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Licenses, session, parent)
{
    setTitle(tr("License agreements"));
    setSubTitle(tr("Read each license agreement and accept it to continue."));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"licenseTabs"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"licenseStatus"_s);
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(u"printLicense"_s);
    auto *save = new QPushButton(tr("&Save as Text…"), this);
    save->setObjectName(u"saveLicense"_s);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"licenseAnswerNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(u"color: #8a5a00;"_s);
    m_notes->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(print);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notes);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(row);

    connect(print, &QPushButton::clicked, this, &LicensesPage::printCurrent);
    connect(save, &QPushButton::clicked, this, &LicensesPage::saveCurrent);
    connect(session, &DeploySession::packageChanged, this, [this] { m_dirty = true; });
}

bool LicensesPage::isNeeded() const
{
    return !session()->eulas().isEmpty();
}

void LicensesPage::initializePage()
{
    if (m_dirty)
        rebuild();
    updateStatus();
}

void LicensesPage::rebuild()
{
    m_dirty = false;
    m_tabs->clear();
    qDeleteAll(m_accept);
    m_accept.clear();
    m_texts.clear();
    m_titles.clear();
    const QList<ovf::deploy::PackageEula> &eulas = session()->eulas();
    const QString locale = session()->textLocale();
    const ovf::Envelope envelope = session()->envelope();
    const QStringList notes = session()->answerNotes();
    m_notes->setText(notes.isEmpty() ? QString() : u"• "_s + notes.join(u"\n• "_s));
    m_notes->setVisible(!notes.isEmpty());
    for (qsizetype i = 0; i < eulas.size(); ++i) {
        const ovf::deploy::PackageEula &eula = eulas.at(i);
        QString owner = tr("Package");
        for (const ovf::Entity &e : envelope.allEntities()) {
            if (!eula.entityId.isEmpty() && e.id() == eula.entityId)
                owner = e.displayName();
        }
        const QString title = eulas.size() == 1 ? owner : tr("%1: License %2").arg(owner).arg(eula.index + 1);
        m_titles.append(title);

        auto *tab = new QWidget;
        auto *text = new QTextBrowser(tab);
        text->setObjectName(u"licenseText%1"_s.arg(i));
        text->setPlainText(eula.texts.value(locale, session()->texts().text(eula.section.license()).trimmed()));
        auto *accept = new QCheckBox(tr("I &accept the terms of this license agreement"), tab);
        accept->setObjectName(u"acceptLicense%1"_s.arg(i));
        auto *layout = new QVBoxLayout(tab);
        layout->addWidget(text, 1);
        layout->addWidget(accept);
        m_tabs->addTab(tab, title);
        for (const ovf::deploy::EulaAcceptance &a : session()->plan().eulaAcceptances) {
            if (ovf::deploy::acceptanceMatches(a, eula))
                accept->setChecked(true);
        }
        m_accept.append(accept);
        m_texts.append(text);
        connect(accept, &QCheckBox::toggled, this, [this] {
            updateStatus();
            emit completeChanged();
        });
    }
}

void LicensesPage::updateStatus()
{
    int accepted = 0;
    for (qsizetype i = 0; i < m_accept.size(); ++i) {
        const bool on = m_accept.at(i)->isChecked();
        accepted += on ? 1 : 0;
        m_tabs->setTabText(int(i), on ? tr("✓ %1").arg(m_titles.at(i)) : m_titles.at(i));
    }
    m_status->setText(tr("Accepted: %1 of %2.").arg(accepted).arg(m_accept.size()));
}

bool LicensesPage::isComplete() const
{
    for (const QCheckBox *box : m_accept) {
        if (!box->isChecked())
            return false;
    }
    return !m_accept.isEmpty() || !isNeeded();
}

bool LicensesPage::validatePage()
{
    // Whole seconds: the precision of the record in an answer file.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    QList<ovf::deploy::EulaAcceptance> records;
    const QList<ovf::deploy::EulaAcceptance> &before = session()->plan().eulaAcceptances;
    for (const ovf::deploy::PackageEula &eula : session()->eulas()) {
        const ovf::deploy::EulaAcceptance fresh = ovf::deploy::acceptEula(eula, session()->textLocale(), now);
        // An earlier record of the same text (loaded, or from a previous visit) stays as it was.
        auto kept = std::find_if(before.cbegin(), before.cend(), [&](const ovf::deploy::EulaAcceptance &a) {
            return a.entityId == fresh.entityId && a.index == fresh.index && a.sha256 == fresh.sha256;
        });
        records.append(kept != before.cend() ? *kept : fresh);
    }
    session()->plan().eulaAcceptances = records;
    return true;
}

QString LicensesPage::licenseText(int index) const
{
    return index >= 0 && index < m_texts.size() ? m_texts.at(index)->toPlainText() : QString();
}

void LicensesPage::printCurrent()
{
    const int index = m_tabs->currentIndex();
    if (index < 0)
        return;
    QPrinter printer;
    printer.setDocName(m_titles.at(index));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print License Agreement"));
    if (dialog.exec() == QDialog::Accepted)
        m_texts.at(index)->print(&printer);
}

void LicensesPage::saveCurrent()
{
    const int index = m_tabs->currentIndex();
    if (index < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save License Agreement"),
                                                      tr("license-%1.txt").arg(index + 1), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(licenseText(index).toUtf8()) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save License Agreement"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
}
