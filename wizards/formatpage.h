#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

// New Appliance, last page: OVF 1.0 (what most tools read) or 2.0 (field "ovf2"), and a
// summary of what Finish makes. When the builder refuses the spec, its reasons show here.
class FormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FormatPage(QWidget *parent = nullptr);

    QRadioButton *ovf1Choice() const { return m_ovf1; }
    QRadioButton *ovf2Choice() const { return m_ovf2; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_errors; }
    void showErrors(const QStringList &errors);
    void initializePage() override;
    int nextId() const override { return -1; }

private:
    QRadioButton *m_ovf1;
    QRadioButton *m_ovf2;
    QLabel *m_summary;
    QLabel *m_errors;
};
