#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// Add Network Adapter… for one virtual system: the network it connects to (one of the
// NetworkSection, or a new name, which adds the Network too), the adapter type and an
// optional MAC address. OK pushes AddNetworkCommand (for a new network) and AddDeviceCommand
// as one undo step; a refusal keeps the dialog open and says why.
class AddNetworkAdapterDialog : public QDialog
{
    Q_OBJECT

public:
    AddNetworkAdapterDialog(ovf::commands::EditSession *session, ovf::xml::Element *virtualSystem,
                            QWidget *parent = nullptr);

    QComboBox *networkCombo() const { return m_network; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *macField() const { return m_mac; }
    QString errorText() const;
    ovf::xml::Element *addedItem() const { return m_added; }

    void accept() override;

private:
    ovf::commands::EditSession *m_session;
    ovf::xml::Element *m_section;
    QComboBox *m_network;
    QComboBox *m_type;
    QLineEdit *m_mac;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ovf::xml::Element *m_added = nullptr;
};
