#pragma once

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class VmExportSession;

// New from Virtual Machine, first page: the libvirt connection (the remembered ones, or any
// URI typed in) and its domains with state, vCPUs, memory and disk sizes, listed in the
// background. Choosing shut-off domains plans their export in the background (the wizard then
// fills the New Appliance pages from the plan); a domain that is running or paused is refused
// with the message that says how to shut it down. Complete once the chosen domains are planned.
class VmSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    VmSourcePage(VmExportSession *session, int singleNextId, int severalNextId, QWidget *parent = nullptr);

    QComboBox *connectionCombo() const { return m_connection; }
    QPushButton *listButton() const { return m_list; }
    QTreeWidget *domainTree() const { return m_domains; }
    QLabel *statusLabel() const { return m_status; }
    // Selects the domains named (for tests and for callers that know what to export).
    void selectDomains(const QStringList &names);
    QStringList selectedDomains() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void listDomains();
    void showDomains();
    void selectionChanged();
    void showPlan();
    void setStatus(const QString &text, bool error);

    VmExportSession *m_session;
    int m_singleNextId;
    int m_severalNextId;
    QComboBox *m_connection;
    QPushButton *m_list;
    QTreeWidget *m_domains;
    QLabel *m_status;
    QString m_refusal; // why the selection cannot be exported (empty: none)
};
