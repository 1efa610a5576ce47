#pragma once

#include "views/formeditor.h"

class QComboBox;

// An OperatingSystemSection (DSP0243 §9.11): the guest operating system as a CIM
// CIM_OperatingSystem OSType value (ovf:id) chosen from a searchable combo (type any part of
// the name or the number), ovf:version, Info and Description. VMware's vmw:osType is shown,
// not edited.
class OperatingSystemEditor : public FormEditor
{
    Q_OBJECT

public:
    OperatingSystemEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QComboBox *osCombo() const { return m_os; }
    QLineEdit *versionField() const { return m_version; }
    QLineEdit *descriptionField() const { return m_description; }
    // Sets ovf:id from the combo's text ("97", "97 – Linux 2.4.x", or a name in the list).
    void commitOsText(const QString &text);
    // The section itself (its ovf:id) focuses the operating system combo.
    bool focusElement(const ovf::xml::Element *target) override;

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QLabel *m_title;
    QLineEdit *m_info;
    QComboBox *m_os;
    QLabel *m_osNote;
    QLineEdit *m_version;
    QLineEdit *m_description;
    QLabel *m_vmware;
    bool m_osEdited = false; // the combo holds typed text not committed yet
};
