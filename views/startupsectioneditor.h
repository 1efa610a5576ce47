#pragma once

#include "views/formeditor.h"

class StartupOrderTable;

// A StartupSection (DSP0243 §9.10): its Info and the power-on order of the collection's
// systems (StartupOrderTable: drag rows to reorder, type delays, pick actions).
class StartupSectionEditor : public FormEditor
{
    Q_OBJECT

public:
    StartupSectionEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    StartupOrderTable *table() const { return m_table; }
    QLineEdit *infoField() const { return m_info; }

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QLabel *m_title;
    QLineEdit *m_info;
    StartupOrderTable *m_table;
    QLabel *m_hint;
};
