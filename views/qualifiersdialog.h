#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edits a property's ovf:qualifiers (DSP0243 §9.5: MinLen, MaxLen, MinValue, MaxValue,
// ValueMap) as separate fields, checked live against the property's type with
// ovf::checkQualifiersForType. Qualifiers it does not know are kept as written. The result is
// written in the CIM form "MinLen(1) MaxLen(63) ValueMap{"a", "b"}"; OK is disabled while the
// result does not parse.
class QualifiersDialog : public QDialog
{
    Q_OBJECT

public:
    QualifiersDialog(const QString &type, const QString &qualifiers, QWidget *parent = nullptr);

    // The qualifiers as composed from the fields (empty when none).
    QString qualifiers() const;
    QLineEdit *field(const QString &name) const;
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateResult();

    QString m_type;
    QStringList m_unknown;
    QLineEdit *m_minLen;
    QLineEdit *m_maxLen;
    QLineEdit *m_minValue;
    QLineEdit *m_maxValue;
    QLineEdit *m_valueMap;
    QLabel *m_intro;
    QLabel *m_result;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
