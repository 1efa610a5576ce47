#pragma once

#include "views/formeditor.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

// The form of one ProductSection (DSP0243 §9.5): ovf:class and ovf:instance, Info, Product,
// Vendor, Version, FullVersion, ProductUrl, VendorUrl, AppUrl, and the first Icon (its
// fileRef among the References, mime type, size, and a preview when the referenced file lies
// next to the descriptor). Each field is one undo step per editing burst (typing merges).
// Properties are edited by PropertiesEditor.
class ProductSectionEditor : public FormEditor
{
    Q_OBJECT

public:
    ProductSectionEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QLineEdit *field(const QString &name) const;
    QComboBox *iconFileCombo() const { return m_iconFile; }
    QLabel *iconPreview() const { return m_iconPreview; }
    QLabel *iconInfo() const { return m_iconInfo; }

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void setIconFile(const QString &fileRef);
    void refreshIcon();

    QLabel *m_title;
    QLabel *m_fullKeyHint;
    QFormLayout *m_form;
    QGroupBox *m_iconBox;
    QFormLayout *m_iconForm;
    QComboBox *m_iconFile;
    QLineEdit *m_iconMime;
    QLabel *m_iconInfo;
    QLabel *m_iconPreview;
    QHash<QString, QLineEdit *> m_fields;
    QList<std::pair<QString, QLineEdit *>> m_rows;
};
