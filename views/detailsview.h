#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
namespace ovf::xml {
class Element;
}

// The selected element at a glance: its qualified name and where it is (path, line:column),
// then a two-column table of its attributes (namespace declarations last, dimmed) and of
// its child elements that hold only text (such as rasd:ElementName). Read-only.
class DetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget *parent = nullptr);

    // nullptr clears the view. The element must stay valid while it is shown only for the
    // duration of this call: everything shown is copied.
    void setElement(const ovf::xml::Element *element);

    QTableWidget *table() const { return m_table; }
    // The value shown for an attribute or simple child element by qualified name (the first
    // one when repeated), or a null string.
    QString value(const QString &qualifiedName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addGroupRow(const QString &title);
    void addRow(const QString &name, const QString &value, const QString &nameToolTip, const QString &valueToolTip,
                bool dimmed);

    QLabel *m_title;
    QLabel *m_location;
    QTableWidget *m_table;
    const ovf::xml::Element *m_element = nullptr;
};
