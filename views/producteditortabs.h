#pragma once

#include "model/ovf/xmlnode.h"

#include <QTabWidget>

class ProductSectionEditor;
class PropertiesEditor;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// A ProductSection's two editors in tabs: "Product" (ProductSectionEditor) and "Properties"
// (PropertiesEditor).
class ProductEditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    ProductEditorTabs(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    ProductSectionEditor *productEditor() const { return m_product; }
    PropertiesEditor *propertiesEditor() const { return m_properties; }

    // Shows the tab that edits `target` (a Property or Category and what is inside it: the
    // Properties tab) and focuses its field. Found by the main window through the meta-object.
    Q_INVOKABLE bool focusElement(const ovf::xml::Element *target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ProductSectionEditor *m_product;
    PropertiesEditor *m_properties;
};
