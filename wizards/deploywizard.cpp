#include "wizards/deploywizard.h"

#include "model/deploy/answerfile.h"
#include "wizards/configurationpage.h"
#include "wizards/deploysession.h"
#include "wizards/detailspage.h"
#include "wizards/donepage.h"
#include "wizards/licensespage.h"
#include "wizards/networkspage.h"
#include "wizards/progresspage.h"
#include "wizards/propertiespage.h"
#include "wizards/sourcepage.h"
#include "wizards/storagepage.h"
#include "wizards/summarypage.h"
#include "wizards/targetinventory.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

DeployWizard::DeployWizard(const Options &options, QWidget *parent)
    : QWizard(parent), m_session(new DeploySession(this)), m_inventory(new TargetInventory(this))
{
    setObjectName(u"deployWizard"_s);
    setWindowTitle(tr("Deploy Appliance"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 600);

    setPage(int(DeployPageId::Source), new SourcePage(m_session, options.openDocument));
    setPage(int(DeployPageId::Verification), new VerificationPage(m_session));
    setPage(int(DeployPageId::Details), new DetailsPage(m_session));
    setPage(int(DeployPageId::Licenses), new LicensesPage(m_session));
    setPage(int(DeployPageId::Configuration), new ConfigurationPage(m_session));
    setPage(int(DeployPageId::Target), new TargetPage(m_session, m_inventory));
    setPage(int(DeployPageId::Networks), new NetworksPage(m_session, m_inventory));
    setPage(int(DeployPageId::Storage), new StoragePage(m_session, m_inventory));
    setPage(int(DeployPageId::Properties), new PropertiesPage(m_session));
    setPage(int(DeployPageId::Summary), new SummaryPage(m_session, m_inventory));
    setPage(int(DeployPageId::Progress), new ProgressPage(m_session));
    setPage(int(DeployPageId::Done), new DonePage(m_session));

    setButtonText(QWizard::CustomButton1, tr("&Load Answers…"));
    button(QWizard::CustomButton1)->setObjectName(u"loadAnswers"_s);
    button(QWizard::CustomButton1)->setToolTip(
        tr("Fill in the following pages from an answer file saved by this wizard or by ovfctl deploy."));
    setOption(QWizard::HaveCustomButton1);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            chooseAnswerFile();
    });
    connect(this, &QWizard::currentIdChanged, this, &DeployWizard::updateLoadButton);

    if (options.preview) {
        m_preview = true;
        setWindowTitle(tr("Preview Deployment"));
        m_session->setBundleReader(options.bundles);
        m_session->setVerification(options.preview);
        m_session->setTextLocale(options.locale);
        setStartId(int(DeployPageId::Details));
        // Nothing is deployed: the Summary ends the preview.
        setButtonText(QWizard::FinishButton, tr("Close Preview"));
    } else if (!options.package.isEmpty()) {
        m_session->setPackagePath(DeploySession::packageFor(options.package));
        setStartId(int(DeployPageId::Verification));
    }
}

int DeployWizard::nextId() const
{
    if (m_preview && currentId() == int(DeployPageId::Summary))
        return -1;
    return QWizard::nextId();
}

DeployWizard::~DeployWizard() = default;

void DeployWizard::reject()
{
    // The progress page decides whether closing is possible (a running deployment is
    // cancelled and rolled back first).
    if (auto *progress = deployPage<ProgressPage>(DeployPageId::Progress);
        progress && currentId() == int(DeployPageId::Progress) && !progress->requestClose())
        return;
    QWizard::reject();
}

void DeployWizard::updateLoadButton(int pageId)
{
    // Later pages have been filled in already; loading there would silently override them.
    const bool early = pageId == int(DeployPageId::Source) || pageId == int(DeployPageId::Verification)
        || pageId == int(DeployPageId::Details);
    button(QWizard::CustomButton1)->setVisible(early);
}

void DeployWizard::chooseAnswerFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Answer File"), QFileInfo(m_session->packagePath()).absolutePath(),
                                                      tr("Answer files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadAnswerFile(path);
}

std::expected<QStringList, QString> DeployWizard::loadAnswerFile(const QString &path, bool interactive)
{
    auto read = ovf::deploy::AnswerFile::read(path);
    if (!read) {
        if (interactive)
            showAnswersMessage(true, tr("The answer file was not loaded; nothing was changed.\n\n%1").arg(read.error()));
        return std::unexpected(read.error());
    }
    if (m_session->packagePath().isEmpty() && !read->plan.package.isEmpty()) {
        // A relative "package" is relative to the answer file.
        const QString package = QFileInfo(path).absoluteDir().absoluteFilePath(read->plan.package);
        if (auto *source = deployPage<SourcePage>(DeployPageId::Source); source && QFileInfo::exists(package))
            source->useFile(package);
    }
    m_session->setAnswers(read->plan, path);
    setWindowTitle(tr("Deploy Appliance — answers from %1").arg(QFileInfo(path).fileName()));
    if (interactive && !read->warnings.isEmpty())
        showAnswersMessage(false, tr("The answer file was loaded with warnings:") + u"\n• "_s + read->warnings.join(u"\n• "_s));
    return read->warnings;
}

void DeployWizard::showAnswersMessage(bool error, const QString &text)
{
    auto *box = new QMessageBox(error ? QMessageBox::Warning : QMessageBox::Information, tr("Load Answer File"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"answersMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
