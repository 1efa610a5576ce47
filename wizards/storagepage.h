#pragma once

#include "wizards/deploypage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class TargetInventory;

// Where the disks go and in which format: a libvirt storage pool (listed with its free
// space by the TargetInventory) or an existing folder of the libvirt host; for the folder
// backend the output folder or another folder; qcow2 or raw. The free space is checked against the sum of the capacities of the
// disks of the chosen configuration: too little blocks Next for raw (fully allocated) and
// warns for qcow2 (which grows as the guest writes).
class StoragePage : public DeployPage
{
    Q_OBJECT

public:
    StoragePage(DeploySession *session, TargetInventory *inventory, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *poolCombo() const { return m_pool; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *formatCombo() const { return m_format; }
    QLabel *spaceLabel() const { return m_space; }
    // The bytes the disks of the chosen configuration need at most.
    qint64 requiredBytes() const;
    // libvirt with no folder named: the disks go into the chosen pool.
    bool usesPool() const;
    // The free bytes where the disks go; -1 when unknown.
    qint64 freeBytes() const;

private:
    void fillPools();
    void updateSpace();

    TargetInventory *m_inventory;
    bool m_newPool = false; // the combo offers the default pool, which does not exist yet
    QLabel *m_where = nullptr;
    QComboBox *m_pool = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_space = nullptr;
    bool m_blocked = false;
};
