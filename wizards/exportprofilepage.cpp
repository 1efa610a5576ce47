#include "wizards/exportprofilepage.h"

#include "model/commands/editsession.h"
#include "model/compat/fixer.h"
#include "model/compat/linter.h"
#include "wizards/exportformatpage.h"
#include "wizards/exportwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ovf::compat;

ExportProfilePage::ExportProfilePage(QWidget *parent)
    : QWizardPage(parent), m_profile(new QComboBox(this)), m_summary(new QLabel(this)), m_view(new QTreeWidget(this)),
      m_fix(new QPushButton(tr("&Make Compatible"), this)), m_changes(new QLabel(this))
{
    setTitle(tr("Target Platform"));
    setSubTitle(tr("Check the appliance against the platform it is meant for. Findings do not stop the export."));
    m_profile->setObjectName(u"targetProfile"_s);
    m_view->setObjectName(u"findings"_s);
    m_fix->setObjectName(u"makeCompatible"_s);
    m_summary->setObjectName(u"targetSummary"_s);
    m_changes->setObjectName(u"targetChanges"_s);
    m_summary->setWordWrap(true);
    m_changes->setWordWrap(true);
    m_profile->addItem(tr("Any OVF reader (no particular platform)"), QString());
    for (const Profile &p : allProfiles())
        m_profile->addItem(p.name, p.id);
    m_view->setHeaderLabels({tr("Verdict"), tr("Line"), tr("Finding")});
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Target:"), this);
    label->setBuddy(m_profile);
    form->addRow(label, m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fix);
    fixRow->addWidget(m_changes, 1);
    layout->addLayout(fixRow);

    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_changes->clear();
        relint();
    });
    connect(m_fix, &QPushButton::clicked, this, &ExportProfilePage::makeCompatible);
}

QString ExportProfilePage::profileId() const
{
    return m_profile->currentData().toString();
}

void ExportProfilePage::setProfileId(const QString &id)
{
    const int index = m_profile->findData(id);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void ExportProfilePage::initializePage()
{
    m_changes->clear();
    relint();
}

PackageFacts ExportProfilePage::facts() const
{
    PackageFacts facts;
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    if (!w)
        return facts;
    const ExportChoices choices = w->choices();
    facts.isOva = choices.format == ovf::package::PackageWriterOptions::Format::Ova;
    facts.manifestAlgorithms = choices.manifest ? QStringList{ovf::package::digestAlgorithmName(*choices.manifest)}
                                                : QStringList{};
    return facts;
}

void ExportProfilePage::relint()
{
    m_view->clear();
    m_findings.clear();
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    const Profile *profile = findProfile(profileId());
    m_fix->setEnabled(false);
    if (!w || !w->session() || !profile) {
        m_summary->setText(tr("No platform chosen: the package is checked against the OVF standard only."));
        return;
    }
    for (const Finding &f : Linter::lint(w->session()->descriptor(), *profile, facts())) {
        // The export writes ovf:size on every File: that finding is settled by writing.
        if (f.verdict == Verdict::Ignored || f.ruleId == u"missing-file-size")
            continue;
        m_findings.append(f);
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, f.verdict == Verdict::Refused ? tr("Refused") : tr("Degraded"));
        item->setForeground(0, f.verdict == Verdict::Refused ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x6d, 0x00));
        item->setText(1, f.position.isValid() ? QString::number(f.position.line) : QString());
        item->setText(2, f.fixDescription.isEmpty() ? f.message : tr("%1 (fix: %2)").arg(f.message, f.fixDescription));
        item->setToolTip(2, f.message);
        if (!f.fixId.isEmpty())
            m_fix->setEnabled(true);
    }
    qsizetype refused = 0;
    for (const Finding &f : std::as_const(m_findings))
        refused += f.verdict == Verdict::Refused;
    if (m_findings.isEmpty())
        m_summary->setText(tr("%1 reads this appliance as it is.").arg(profileLabel(*profile)));
    else
        m_summary->setText(tr("%1: %2 refused, %3 degraded.")
                               .arg(profileLabel(*profile))
                               .arg(refused)
                               .arg(m_findings.size() - refused));
}

bool ExportProfilePage::makeCompatible()
{
    auto *w = qobject_cast<ExportWizard *>(wizard());
    const Profile *profile = findProfile(profileId());
    if (!w || !w->session() || !profile)
        return false;
    const FixOutcome outcome = Fixer::makeCompatible(*w->session(), *profile, facts());
    if (outcome.manifestAlgorithm) {
        if (const auto algorithm = ovf::package::parseDigestAlgorithm(QStringView(*outcome.manifestAlgorithm)))
            w->formatPage()->setManifest(*algorithm);
    }
    if (outcome.decompress)
        w->formatPage()->requireUncompressed();
    if (outcome.joinChunks)
        w->formatPage()->requireWholeFiles();
    QStringList lines = outcome.changes + outcome.packageChanges;
    for (const QString &failure : outcome.failures)
        lines << tr("Not done: %1").arg(failure);
    m_changes->setText(lines.isEmpty() ? tr("Nothing could be fixed automatically.")
                                       : tr("Changed (Edit > Undo takes it back):\n%1").arg(lines.join(u'\n')));
    relint();
    return !lines.isEmpty();
}
