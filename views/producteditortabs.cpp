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

bool ProductEditorTabs::focusElement(const ovf::xml::Element *target)
{
    if (m_properties->focusElement(target)) {
        setCurrentWidget(m_properties);
        m_properties->focusElement(target); // again, now that the tab is visible
        return true;
    }
    setCurrentWidget(m_product);
    return m_product->focusElement(target);
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
