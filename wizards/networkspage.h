#pragma once

#include "wizards/deploypage.h"

class QComboBox;
class QLabel;
class QTableWidget;
class TargetInventory;

// Maps each OVF network (NetworkSection and the NICs' connections) to a network of the
// target, one combo box per row, filled from the backend's list (TargetInventory). For the
// folder backend the combo boxes also take any name (the script's virsh will need it).
// Skipped when the package has no network.
class NetworksPage : public DeployPage
{
    Q_OBJECT

public:
    NetworksPage(DeploySession *session, TargetInventory *inventory, QWidget *parent = nullptr);

    bool isNeeded() const override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    // The combo box of OVF network `name`, or nullptr.
    QComboBox *targetCombo(const QString &ovfNetwork) const;

private:
    void fill();

    TargetInventory *m_inventory;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_ovfNetworks;
};
