#pragma once

#include "wizards/deploypage.h"

#include <QList>
#include <QTimer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;
class TargetInventory;

// Where the appliance goes: the folder backend (ready-to-define files, the default) with its
// output folder, or libvirt with its connection URI (qemu:///system by default); the name of
// each virtual machine (generated from the system's Name, editable, checked with
// isValidVmName and for duplicates), its vCPU count and memory (ResourceLimits: within the
// package's ovf:bound range); the firmware; whether to power on. Fields "outputFolder" and
// "libvirtUri".
class TargetPage : public DeployPage
{
    Q_OBJECT

public:
    TargetPage(DeploySession *session, TargetInventory *inventory, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton *folderButton() const { return m_folder; }
    QRadioButton *libvirtButton() const { return m_libvirt; }
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *uriEdit() const;
    QComboBox *uriCombo() const { return m_uri; }
    QTreeWidget *poolTree() const { return m_pools; }
    QLabel *poolStatus() const { return m_poolStatus; }
    QLineEdit *nameEdit(const QString &systemId) const;
    QCheckBox *powerOnBox() const { return m_powerOn; }
    QSpinBox *cpuSpin(const QString &systemId) const;
    QSpinBox *memorySpin(const QString &systemId) const;
    QComboBox *firmwareCombo() const { return m_firmware; }

private:
    void rebuildNames();
    void chooseFolder();
    void updateState();
    void askTarget();
    void showPools();
    QString problem() const;

    QRadioButton *m_folder = nullptr;
    QRadioButton *m_libvirt = nullptr;
    QLineEdit *m_output = nullptr;
    QComboBox *m_uri = nullptr;
    TargetInventory *m_inventory = nullptr;
    QTreeWidget *m_pools = nullptr;
    QLabel *m_poolStatus = nullptr;
    QTimer m_askTimer; // the URI is asked once typing pauses
    QGroupBox *m_namesBox = nullptr;
    QFormLayout *m_names = nullptr;
    QList<QPair<QString, QLineEdit *>> m_nameEdits;
    QList<QPair<QString, QSpinBox *>> m_cpuSpins;
    QList<QPair<QString, QSpinBox *>> m_memorySpins;
    QComboBox *m_firmware = nullptr;
    QCheckBox *m_powerOn = nullptr;
    QLabel *m_error = nullptr;
    bool m_dirty = true;
};
