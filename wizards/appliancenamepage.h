#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

// New Appliance, first page: the appliance's name (field "name", required) and how to start:
// empty (the generic QEMU/KVM hardware, no disks), from disk images (field "startImages") or
// from a template (field "startTemplate"); nextId() goes to the images or template page.
class ApplianceNamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplianceNamePage(QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QRadioButton *emptyChoice() const { return m_empty; }
    QRadioButton *imagesChoice() const { return m_images; }
    QRadioButton *templateChoice() const { return m_template; }
    int nextId() const override;
    // New from Virtual Machine names what the machine becomes; it does not choose a start.
    void setStartChoicesVisible(bool visible);

private:
    QLineEdit *m_name;
    QLabel *m_id;
    QLabel *m_startLabel = nullptr;
    QRadioButton *m_empty;
    QRadioButton *m_images;
    QRadioButton *m_template;
};
