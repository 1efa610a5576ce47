#pragma once

#include "views/formeditor.h"

#include <expected>

class QPushButton;

// One EulaSection (DSP0243 §9.6) of an entity: its Info and license text (typing merges into
// one undo step), a text-file import with an encoding check, and the license's ovf:msgid with
// the Strings bundles that translate it.
class EulaEditor : public FormEditor
{
    Q_OBJECT

public:
    EulaEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QPlainTextEdit *licenseEdit() const { return m_license; }
    QLineEdit *infoField() const { return m_info; }
    QLabel *msgidLabel() const { return m_msgid; }
    QLabel *importMessage() const { return m_importMessage; }
    QPushButton *importButton() const { return m_import; }

    // Replaces the license text by the file's, read as LicenseTextFile reads it (one undo
    // step). False with a message shown under the text when the file cannot be read or decoded.
    bool importFile(const QString &path);
    bool focusElement(const ovf::xml::Element *target) override;

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void licenseEdited();

    QLabel *m_title;
    QLineEdit *m_info;
    QPlainTextEdit *m_license;
    QLabel *m_msgid;
    QLabel *m_importMessage;
    QPushButton *m_import;
    bool m_updating = false;
};
