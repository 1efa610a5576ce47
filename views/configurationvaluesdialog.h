#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// The per-configuration values of one property (DSP0243 §9.5.1: <Value ovf:value
// ovf:configuration/>): one row per deployment option of the envelope, the value checked live
// against the property's type and qualifiers. An empty value means "the default applies".
// apply() writes the differences as one undo step.
class ConfigurationValuesDialog : public QDialog
{
    Q_OBJECT

public:
    ConfigurationValuesDialog(ovf::commands::EditSession *session, ovf::xml::Element *property, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Writes the differences as one undo step; false (and a message) when refused.
    bool apply();
    // Applies, then closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkRow(int row);

    ovf::commands::EditSession *m_session;
    ovf::xml::Element *m_property;
    QLabel *m_intro;
    QTableWidget *m_table;
};
