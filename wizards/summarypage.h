#pragma once

#include "wizards/deploypage.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class TargetInventory;

// The plan as it stands, checked with checkPlan() (every problem listed; any blocks Next):
// the choices, a preview of each virtual machine's OVF environment (ovf-env.xml, passwords
// masked), the equivalent `ovfctl deploy` command line, and "Save Answer File…". Before
// anything is created it lists what the deployment will choose for the target (networks
// mapped by default, the pool to create, the firmware) and, per machine, what will be mapped
// to another device or dropped (floppy, sound, unsupported controllers, vendor sections),
// and the effective vCPUs and memory. With an inventory, the plan is checked against the
// target's facts (TargetInventory::facts()).
class SummaryPage : public DeployPage
{
    Q_OBJECT

public:
    explicit SummaryPage(DeploySession *session, TargetInventory *inventory = nullptr, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString commandLine() const;
    QString environmentPreview(const QString &systemId) const;
    QTabWidget *tabs() const { return m_tabs; }
    QStringList problems() const { return m_problems; }
    // The notes shown under "Before deploying" (plan defaults, then each machine's mapping).
    QStringList mappingNotes() const { return m_mappingNotes; }
    // Writes the answer file (mode 0600, atomically); false with a message box on failure
    // when `interactive`.
    bool saveAnswerFile(const QString &path, bool interactive = true);

    // The plan keys of the password properties (masked wherever the plan is shown).
    static QStringList passwordKeys(const DeploySession &session);

private:
    void showEnvironment(int index);
    void chooseAnswerFile();

    QLabel *m_problemsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_choices = nullptr;
    QComboBox *m_system = nullptr;
    QPlainTextEdit *m_environment = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_save = nullptr;
    QStringList m_systemIds;
    QStringList m_environments;
    QStringList m_problems;
    QStringList m_mappingNotes;
    TargetInventory *m_inventory = nullptr;
};
