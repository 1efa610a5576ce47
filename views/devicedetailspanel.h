#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
namespace ovf::commands {
class EditSession;
struct DeviceChanges;
}
namespace ovf::xml {
class Element;
}

// The fields of one hardware Item, those its kind has: name; adapter or controller type
// (ResourceSubType, common values offered); a network adapter's network and MAC address; a
// disk drive's Disk; a CD/DVD drive's image (a File, or empty); a drive's controller and
// address. Each change is one SetDeviceCommand (the Disk of a drive: its HostResource); a
// refused one shows why under the fields and the field goes back to the document's value.
class DeviceDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceDetailsPanel(ovf::commands::EditSession *session, QWidget *parent = nullptr);

    // The Item shown (nullptr: none). Re-read with refresh() after document changes.
    void setItem(ovf::xml::Element *item);
    ovf::xml::Element *item() const { return m_item; }
    void refresh();

    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *networkCombo() const { return m_network; }
    QLineEdit *macField() const { return m_mac; }
    QComboBox *diskCombo() const { return m_disk; }
    QComboBox *imageCombo() const { return m_image; }
    QComboBox *controllerCombo() const { return m_controller; }
    QSpinBox *addressSpin() const { return m_address; }
    QString errorText() const;

    // Common ResourceSubType values for an Item's ResourceType (empty: no list).
    static QStringList subTypesFor(int resourceType, const QString &current);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(const ovf::commands::DeviceChanges &changes);
    void setDisk(const QString &diskId);
    void showRow(QWidget *field, bool visible);
    void retranslateUi();

    ovf::commands::EditSession *m_session;
    ovf::xml::Element *m_item = nullptr;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_network;
    QLineEdit *m_mac;
    QComboBox *m_disk;
    QComboBox *m_image;
    QComboBox *m_controller;
    QSpinBox *m_address;
    QLabel *m_error;
    bool m_filling = false;
};
