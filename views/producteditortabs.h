#pragma once

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ProductSectionEditor *m_product;
    PropertiesEditor *m_properties;
};
