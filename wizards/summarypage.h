#pragma once

#include "wizards/deploypage.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

// The plan as it stands, checked with checkPlan() (every problem listed; any blocks Next):
// the choices, a preview of each virtual machine's OVF environment (ovf-env.xml, passwords
// masked), the equivalent `ovfctl deploy` command line, and "Save Answer File…".
class SummaryPage : public DeployPage
{
    Q_OBJECT

public:
    explicit SummaryPage(DeploySession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString commandLine() const;
    QString environmentPreview(const QString &systemId) const;
    QTabWidget *tabs() const { return m_tabs; }
    QStringList problems() const { return m_problems; }
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
};
