#include "views/annotationeditor.h"

#include "model/commands/formedits.h"
#include "model/ovf/sections.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

AnnotationEditor::AnnotationEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)),
      m_info(childTextField(u"Info"_s, ovf::ContentModel::AnnotationSection, false, [this] { return tr("Edit the annotation's Info"); })),
      m_text(new QPlainTextEdit(this)), m_msgid(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_text->setObjectName(u"annotationEdit"_s);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_info);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_msgid);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            report(FormEdits::setChildText(this->session(), element(), u"Annotation", m_text->toPlainText(),
                                           ovf::ContentModel::AnnotationSection, false, tr("Edit the annotation")));
    });
    retranslateUi();
    refresh();
}

bool AnnotationEditor::focusElement(const ovf::xml::Element *target)
{
    if (FormEditor::focusElement(target))
        return true;
    if (!isWithin(target, element()))
        return false;
    m_text->setFocus(Qt::OtherFocusReason);
    return true;
}

void AnnotationEditor::refresh()
{
    refreshBoundFields();
    const ovf::LocalizedText text = ovf::AnnotationSection(element()).annotation();
    m_updating = true;
    setFieldText(m_text, text.text);
    m_updating = false;
    m_msgid->setText(translationNote(text.msgid));
}

void AnnotationEditor::retranslateUi()
{
    m_title->setText(tr("Annotation"));
    for (QLabel *l : findChildren<QLabel *>()) {
        if (l->buddy() == m_info)
            l->setText(tr("Info:"));
    }
    m_text->setPlaceholderText(tr("A note for the operator who deploys the appliance"));
}
