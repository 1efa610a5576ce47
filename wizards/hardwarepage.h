#pragma once

#include "model/authoring/appliancespec.h"

#include <QWizardPage>

class QComboBox;
class QPushButton;
class QSpinBox;
class QTableWidget;

// New Appliance, hardware: CPUs, memory with its unit, firmware (BIOS / UEFI, or the
// template's), the disk controller disks attach to, and the networks with the adapter that
// connects to each (name and adapter type; names unique and not empty). Fields "cpus",
// "memory", "memoryUnit", "firmware", "controller"; the networks are read by fillSpec().
class HardwarePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HardwarePage(QWidget *parent = nullptr);

    QSpinBox *cpuSpin() const { return m_cpus; }
    QSpinBox *memorySpin() const { return m_memory; }
    QComboBox *memoryUnit() const { return m_unit; }
    QComboBox *firmwareCombo() const { return m_firmware; }
    QComboBox *controllerCombo() const { return m_controller; }
    QTableWidget *networkTable() const { return m_networks; }
    QPushButton *addNetworkButton() const { return m_addNetwork; }
    QPushButton *removeNetworkButton() const { return m_removeNetwork; }

    // Puts what the page says into `spec` (CPUs, memory, firmware, controller, networks).
    void fillSpec(ovf::authoring::ApplianceSpec &spec) const;
    bool isComplete() const override;
    int nextId() const override;

    void addNetworkRow(const QString &name, const QString &adapterType);

private:
    QSpinBox *m_cpus;
    QSpinBox *m_memory;
    QComboBox *m_unit;
    QComboBox *m_firmware;
    QComboBox *m_controller;
    QTableWidget *m_networks;
    QPushButton *m_addNetwork;
    QPushButton *m_removeNetwork;
};
