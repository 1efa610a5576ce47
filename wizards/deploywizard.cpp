#include "wizards/deploywizard.h"

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
    setPage(int(DeployPageId::Target), new TargetPage(m_session));
    setPage(int(DeployPageId::Networks), new NetworksPage(m_session, m_inventory));
    setPage(int(DeployPageId::Storage), new StoragePage(m_session, m_inventory));
    setPage(int(DeployPageId::Properties), new PropertiesPage(m_session));
    setPage(int(DeployPageId::Summary), new SummaryPage(m_session));
    setPage(int(DeployPageId::Progress), new ProgressPage(m_session));
    setPage(int(DeployPageId::Done), new DonePage(m_session));

    if (!options.package.isEmpty()) {
        m_session->setPackagePath(DeploySession::packageFor(options.package));
        setStartId(int(DeployPageId::Verification));
    }
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
