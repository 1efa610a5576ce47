#include "views/producteditortabs.h"

#include "views/productsectioneditor.h"
#include "views/propertieseditor.h"

#include <QEvent>

ProductEditorTabs::ProductEditorTabs(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent)
    : QTabWidget(parent), m_product(new ProductSectionEditor(session, section, this)),
      m_properties(new PropertiesEditor(session, section, this))
{
    setDocumentMode(true);
    addTab(m_product, QString());
    addTab(m_properties, QString());
    retranslateUi();
}

void ProductEditorTabs::retranslateUi()
{
    setTabText(indexOf(m_product), tr("Product"));
    setTabText(indexOf(m_properties), tr("Properties"));
}

void ProductEditorTabs::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
