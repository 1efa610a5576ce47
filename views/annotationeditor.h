#pragma once

#include "views/formeditor.h"

// An AnnotationSection (DSP0243 §9.9): its Info and the annotation text for the operator
// (typing merges into one undo step), with the text's ovf:msgid translation status.
class AnnotationEditor : public FormEditor
{
    Q_OBJECT

public:
    AnnotationEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QPlainTextEdit *annotationEdit() const { return m_text; }
    QLineEdit *infoField() const { return m_info; }
    bool focusElement(const ovf::xml::Element *target) override;

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QLabel *m_title;
    QLineEdit *m_info;
    QPlainTextEdit *m_text;
    QLabel *m_msgid;
    bool m_updating = false;
};
