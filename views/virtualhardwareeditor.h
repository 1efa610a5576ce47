#pragma once

#include "views/formeditor.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;
class DeviceDetailsPanel;
namespace ovf::items {
class HardwareDeviceModel;
class HardwareQuantityModel;
}

// A VirtualHardwareSection (DSP0243 §9.6-§9.8): the system type (VirtualSystemType, common
// values offered), the firmware (BIOS or UEFI), CPUs, cores per socket and memory per
// deployment option (HardwareQuantityModel: the base values and each option's, by its name,
// with ovf:bound min/max rows on request), and the devices (HardwareDeviceModel) with the
// selected one's fields below (DeviceDetailsPanel). Devices are added from a menu (controllers,
// CD/DVD drive, network adapter, serial port, USB) or Add Disk…, and removed with Remove.
// Every edit is one command of the hardware layer (SetHardwareQuantityCommand,
// SetFirmwareCommand, AddDeviceCommand, SetDeviceCommand, RemoveDeviceCommand, AddDiskCommand).
class VirtualHardwareEditor : public FormEditor
{
    Q_OBJECT

public:
    VirtualHardwareEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QComboBox *systemTypeCombo() const { return m_systemType; }
    QComboBox *firmwareCombo() const { return m_firmware; }
    QTableView *quantityTable() const { return m_quantities; }
    ovf::items::HardwareQuantityModel *quantityModel() const { return m_quantityModel; }
    QCheckBox *boundsCheck() const { return m_bounds; }
    QTableView *deviceTable() const { return m_devices; }
    ovf::items::HardwareDeviceModel *deviceModel() const { return m_deviceModel; }
    DeviceDetailsPanel *details() const { return m_details; }
    QPushButton *addDeviceButton() const { return m_add; }
    QPushButton *addDiskButton() const { return m_addDisk; }
    QPushButton *removeButton() const { return m_remove; }
    QString message() const;

    // Selects the device row of `item` (an Item of this section).
    bool selectDevice(const ovf::xml::Element *item);
    bool focusElement(const ovf::xml::Element *target) override;
    // Sets VirtualSystemType (what the combo's editing does).
    void commitSystemType(const QString &type);

    // The common VirtualSystemType values offered (VMware hardware versions, VirtualBox,
    // QEMU, Xen).
    static QStringList commonSystemTypes();

signals:
    // Add Disk… was clicked: the window opens the dialog for this section's system.
    void addDiskRequested(ovf::xml::Element *virtualSystem);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void addDevice(int kind);
    void removeDevice();
    void showMessage(const QString &text);

    QLabel *m_title;
    QComboBox *m_systemType;
    QComboBox *m_firmware;
    QTableView *m_quantities;
    ovf::items::HardwareQuantityModel *m_quantityModel;
    QCheckBox *m_bounds;
    QTableView *m_devices;
    ovf::items::HardwareDeviceModel *m_deviceModel;
    DeviceDetailsPanel *m_details;
    QPushButton *m_add;
    QPushButton *m_addDisk;
    QPushButton *m_remove;
    QLabel *m_message;
    ovf::xml::Element *m_selected = nullptr;
    bool m_filling = false;
};
