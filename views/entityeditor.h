#pragma once

#include "views/formeditor.h"

class QGroupBox;
class QPushButton;
class StartupOrderTable;

// A VirtualSystem or VirtualSystemCollection (DSP0243 §8): its ovf:id (renamed with every
// reference), Name and Info (SetEntityTextCommand), each committed when its field is left. A collection also shows its
// startup order (StartupOrderTable, drag rows to reorder), or a button that adds a
// StartupSection when it has none.
class EntityEditor : public FormEditor
{
    Q_OBJECT

public:
    EntityEditor(ovf::commands::EditSession *session, ovf::xml::Element *entity, QWidget *parent = nullptr);

    QLineEdit *idField() const { return m_id; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *infoField() const { return m_info; }
    QLabel *idNote() const { return m_idNote; }
    // Null for a virtual system.
    StartupOrderTable *startupTable() const { return m_startup; }
    QPushButton *addStartupButton() const { return m_addStartup; }
    // Renames the entity to the id field's text (what leaving the field does).
    void commitId();
    // Sets the Name (or the Info) to its field's text (what leaving the field does).
    void commitText(bool name);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QLabel *m_title;
    QLineEdit *m_id;
    QLabel *m_idNote;
    QLineEdit *m_name;
    QLineEdit *m_info;
    QGroupBox *m_startupBox = nullptr;
    StartupOrderTable *m_startup = nullptr;
    QPushButton *m_addStartup = nullptr;
    bool m_collection;
};
