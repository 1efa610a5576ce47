#pragma once

#include "wizards/deployproperty.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The editor of one property, chosen by its type and qualifiers (DSP0243 §9.5): a spin box
// with the range of the type and MinValue/MaxValue for integers that fit in 32 bits, a line
// edit with a digits validator for larger integers, a combo box for a ValueMap of plain
// values, a check box for booleans, two masked line edits (value and confirmation) for
// passwords, a line edit for the rest. Every change is checked with checkPropertyValue()
// and the reason is shown under the editor. Read-only when the property is not
// ovf:userConfigurable.
class PropertyField : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyField(const DeployProperty &property, QWidget *parent = nullptr);

    const DeployProperty &property() const { return m_property; }
    QString value() const;
    // Sets the value shown without marking the field as changed by the operator.
    void setValue(const QString &value);
    // True once the operator edited the value, or the value was set as the operator's choice
    // (setModified: a value from an answer file); such values survive a change of configuration.
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    bool isValid() const { return m_valid; }
    QString reason() const { return m_reason; }

    // The editor (QSpinBox, QLineEdit, QComboBox or QCheckBox) and, for passwords, the
    // confirmation line edit (nullptr otherwise).
    QWidget *editor() const { return m_editor; }
    QLineEdit *confirmation() const { return m_confirm; }

signals:
    void edited();
    void validityChanged();

private:
    void userChanged();
    void revalidate();

    DeployProperty m_property;
    QWidget *m_editor = nullptr;
    QSpinBox *m_spin = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_reasonLabel = nullptr;
    bool m_modified = false;
    bool m_valid = true;
    bool m_updating = false;
    QString m_reason;
};
