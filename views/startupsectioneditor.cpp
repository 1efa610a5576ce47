#include "views/startupsectioneditor.h"

#include "views/startupordertable.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartupSectionEditor::StartupSectionEditor(ovf::commands::EditSession *session, ovf::xml::Element *section,
                                           QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)),
      m_info(childTextField(u"Info"_s, ovf::ContentModel::StartupSection, false,
                            [this] { return tr("Edit the startup order's Info"); })),
      m_table(new StartupOrderTable(session, this)), m_hint(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_info);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    m_table->setSection(section);
    connect(m_table, &StartupOrderTable::editRefused, this,
            [this](const QString &reason) { report(std::unexpected(reason)); });
    retranslateUi();
    refresh();
}

void StartupSectionEditor::refresh()
{
    refreshBoundFields();
}

void StartupSectionEditor::retranslateUi()
{
    m_title->setText(tr("Startup order"));
    for (QLabel *l : findChildren<QLabel *>()) {
        if (l->buddy() == m_info)
            l->setText(tr("Info:"));
    }
    m_hint->setText(tr("Drag a row to change when that system starts; systems with the same order start together. "
                       "Double-click a delay or an action to change it."));
}
