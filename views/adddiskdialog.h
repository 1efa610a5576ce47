#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class DiskImageList;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// Add Disk… for one virtual system: a new blank disk of a capacity, or disks made from disk
// images (inspected, never modified; they stay pending sources until the package is saved),
// on a controller of the system (or the first with a free unit). OK pushes one AddDiskCommand
// per disk, as one undo step; a refused add keeps the dialog open and says why.
class AddDiskDialog : public QDialog
{
    Q_OBJECT

public:
    AddDiskDialog(ovf::commands::EditSession *session, ovf::xml::Element *virtualSystem, QWidget *parent = nullptr);

    QRadioButton *blankChoice() const { return m_blank; }
    QRadioButton *imageChoice() const { return m_image; }
    QSpinBox *capacitySpin() const { return m_capacity; }
    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *controllerCombo() const { return m_controller; }
    DiskImageList *images() const { return m_images; }
    QString errorText() const;
    // The disks added by the last successful accept().
    const QList<ovf::xml::Element *> &addedDisks() const { return m_added; }

    // Adds the disks; the dialog closes only when they were added.
    void accept() override;

private:
    void updateState();

    ovf::commands::EditSession *m_session;
    ovf::xml::Element *m_section;
    QRadioButton *m_blank;
    QRadioButton *m_image;
    QSpinBox *m_capacity;
    QComboBox *m_unit;
    DiskImageList *m_images;
    QComboBox *m_controller;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<ovf::xml::Element *> m_added;
};
