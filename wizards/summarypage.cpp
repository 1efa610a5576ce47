#include "wizards/summarypage.h"

#include "model/deploy/answerfile.h"
#include "model/deploy/deployerdomain.h"
#include "model/deploy/environmentdocument.h"
#include "model/deploy/plancheck.h"
#include "model/ovf/units.h"
#include "wizards/deploysession.h"
#include "wizards/targetinventory.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::deploy::BackendKind;

namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:16px; vertical-align:top'><b>%1</b></td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

SummaryPage::SummaryPage(DeploySession *session, TargetInventory *inventory, QWidget *parent)
    : DeployPage(DeployPageId::Summary, session, parent), m_inventory(inventory)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the choices, then deploy. Nothing has been created yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Deploy"));

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(u"planProblems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"color: #b00020;"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"summaryTabs"_s);
    m_choices = new QTextBrowser;
    m_choices->setObjectName(u"choices"_s);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *envTab = new QWidget;
    m_system = new QComboBox(envTab);
    m_system->setObjectName(u"environmentSystem"_s);
    m_environment = new QPlainTextEdit(envTab);
    m_environment->setObjectName(u"environmentPreview"_s);
    m_environment->setReadOnly(true);
    m_environment->setFont(fixed);
    m_environment->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *envLayout = new QVBoxLayout(envTab);
    envLayout->addWidget(m_system, 0, Qt::AlignLeft);
    envLayout->addWidget(m_environment, 1);
    m_command = new QPlainTextEdit;
    m_command->setObjectName(u"commandLine"_s);
    m_command->setReadOnly(true);
    m_command->setFont(fixed);
    m_tabs->addTab(m_choices, tr("Choices"));
    m_tabs->addTab(envTab, tr("OVF Environment"));
    m_tabs->addTab(m_command, tr("Command Line"));
    m_save = new QPushButton(tr("Save &Answer File…"), this);
    m_save->setObjectName(u"saveAnswers"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_system, &QComboBox::currentIndexChanged, this, &SummaryPage::showEnvironment);
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::chooseAnswerFile);
}

QStringList SummaryPage::passwordKeys(const DeploySession &session)
{
    QStringList keys;
    for (const DeployProperty &p : session.properties()) {
        if (p.password)
            keys.append(session.planKey(p));
    }
    return keys;
}

void SummaryPage::initializePage()
{
    const ovf::deploy::Plan &plan = session()->plan();
    const ovf::Envelope envelope = session()->envelope();
    ovf::deploy::PlanCheck check = ovf::deploy::checkPlan(envelope, plan, m_inventory ? m_inventory->facts() : nullptr);

    m_problems.clear();
    for (const ovf::deploy::PlanProblem &p : check.problems)
        m_problems.append(p.text());
    m_problemsLabel->setText(m_problems.isEmpty()
                                 ? QString()
                                 : tr("The plan cannot be deployed as it stands:") + u"\n• "_s + m_problems.join(u"\n• "_s));
    m_problemsLabel->setVisible(!m_problems.isEmpty());

    // Choices.
    const QLocale locale;
    QString html = u"<table>"_s;
    QString package = plan.package;
    if (package.isEmpty() && session()->verification()) // a preview of the document being edited
        package = tr("%1, as it is being edited (preview)").arg(session()->verification()->descriptorName);
    html += row(tr("Package"), package);
    const QString option = check.effective.configuration();
    if (!option.isNull()) {
        QString label = option;
        for (const ovf::Configuration &c : envelope.configurations()) {
            if (c.id() == option && !session()->texts().text(c.label()).isEmpty())
                label = tr("%1 (%2)").arg(session()->texts().text(c.label()).simplified(), option);
        }
        html += row(tr("Deployment option"), label);
    }
    html += row(tr("Licenses"), plan.eulaAcceptances.isEmpty()
                                    ? tr("none")
                                    : tr("%1 accepted").arg(plan.eulaAcceptances.size()));
    html += row(tr("Target"), plan.backend == BackendKind::Folder ? tr("folder %1").arg(plan.outputPath)
                                                                  : tr("libvirt at %1").arg(plan.libvirtUri));
    for (const ovf::deploy::EffectiveSystem &s : check.effective.systems()) {
        // The effective values: the operator's choice or the package's.
        html += row(tr("Virtual machine %1").arg(s.id),
                    tr("%1, vCPUs: %2, memory: %3")
                        .arg(check.vmNames.value(s.id))
                        .arg(check.cpus.value(s.id))
                        .arg(ovf::formatByteSize(check.memoryBytes.value(s.id), QLocale())));
    }
    for (auto it = check.networks.cbegin(); it != check.networks.cend(); ++it)
        html += row(tr("Network %1").arg(it.key()), ovf::deploy::networkTargetLabel(it.value()));
    html += row(tr("Firmware"), plan.firmware == ovf::deploy::FirmwareChoice::Auto
                                    ? tr("as the package asks (BIOS unless it asks for UEFI)")
                                    : ovf::deploy::firmwareChoiceName(plan.firmware).toUpper());
    if (plan.allowUnchecked)
        html += row(tr("Trust"), tr("deploy although the manifest is missing or incomplete (acknowledged)"));
    html += row(tr("Storage"), check.storage.isEmpty() ? plan.outputPath : check.storage);
    html += row(tr("Disk format"), ovf::deploy::diskFormatName(plan.diskFormat));
    html += row(tr("Power on"), plan.powerOn ? tr("yes") : tr("no"));
    for (const ovf::deploy::ResolvedProperty &p : check.properties) {
        if (!p.isUserConfigurable())
            continue;
        const QString key = check.effective.systems().size() > 1 ? p.entityId + u':' + p.fullKey : p.fullKey;
        html += row(key, p.isPassword() ? u"********"_s : p.value);
    }
    html += u"</table>"_s;

    // What the deployment chooses for this target and what each machine loses or gets in
    // another form: before anything is created (DeployerDomain builds the same spec then).
    m_mappingNotes = check.notes;
    QString mapped;
    for (const QString &note : std::as_const(check.notes))
        mapped += u"<li>%1</li>"_s.arg(note.toHtmlEscaped());
    for (const ovf::deploy::EffectiveSystem &s : check.effective.systems()) {
        const ovf::deploy::DomainSpec spec = ovf::deploy::DeployerDomain::build(check, s, {});
        for (const QString &note : spec.notes) {
            const QString line = tr("%1: %2").arg(check.vmNames.value(s.id), note);
            m_mappingNotes.append(line);
            mapped += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        }
    }
    html += u"<h4>%1</h4>"_s.arg(tr("Before deploying: mapped, chosen or dropped").toHtmlEscaped());
    html += mapped.isEmpty() ? u"<p>%1</p>"_s.arg(tr("Every device of the package has its counterpart.").toHtmlEscaped())
                             : u"<ul>%1</ul>"_s.arg(mapped);
    m_choices->setHtml(html);

    // Environment previews, passwords masked.
    for (ovf::deploy::ResolvedProperty &p : check.properties) {
        if (p.isPassword()) {
            p.value = u"********"_s;
            p.rawValue = p.value;
        }
    }
    m_systemIds.clear();
    m_environments.clear();
    m_system->blockSignals(true);
    m_system->clear();
    // As the Deployer fills it in for a QEMU target on this host.
    const ovf::deploy::PlatformInfo platform{
        QFileInfo::exists(u"/dev/kvm"_s) ? u"KVM"_s : u"QEMU"_s, QCoreApplication::applicationVersion(),
        u"OVF Workbench (libvirt)"_s,
        session()->plan().locale.isEmpty() ? QLocale::system().name() : session()->plan().locale,
        QString::number(QDateTime::currentDateTime().offsetFromUtc() / 60)};
    for (const ovf::deploy::EffectiveSystem &s : check.effective.systems()) {
        m_systemIds.append(s.id);
        m_environments.append(QString::fromUtf8(ovf::deploy::EnvironmentDocument::build(check, s.id, platform)));
        m_system->addItem(check.vmNames.value(s.id, s.id));
    }
    m_system->blockSignals(false);
    showEnvironment(0);

    m_command->setPlainText(plan.toCommandLine(passwordKeys(*session())));
    emit completeChanged();
}

void SummaryPage::showEnvironment(int index)
{
    m_environment->setPlainText(index >= 0 && index < m_environments.size() ? m_environments.at(index) : QString());
}

QString SummaryPage::commandLine() const
{
    return m_command->toPlainText();
}

QString SummaryPage::environmentPreview(const QString &systemId) const
{
    const qsizetype i = m_systemIds.indexOf(systemId);
    return i < 0 ? QString() : m_environments.at(i);
}

bool SummaryPage::isComplete() const
{
    return m_problems.isEmpty();
}

bool SummaryPage::saveAnswerFile(const QString &path, bool interactive)
{
    const auto written = ovf::deploy::AnswerFile::write(path, session()->plan());
    if (!written && interactive)
        QMessageBox::warning(this, tr("Save Answer File"), written.error());
    return written.has_value();
}

void SummaryPage::chooseAnswerFile()
{
    const QString suggested = QFileInfo(session()->packagePath()).completeBaseName() + u"-answers.json"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Answer File"), suggested,
                                                      tr("Answer files (*.json)"));
    if (!path.isEmpty())
        saveAnswerFile(path);
}
