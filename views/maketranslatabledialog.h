#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
namespace ovf::xml {
class Element;
}

// Lists the texts of a descriptor that have no ovf:msgid yet (where they are used, their text)
// with a check box each, all checked; chosen() gives the checked ones to make translatable.
class MakeTranslatableDialog : public QDialog
{
    Q_OBJECT

public:
    MakeTranslatableDialog(const QList<ovf::xml::Element *> &elements, QWidget *parent = nullptr);

    QList<ovf::xml::Element *> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QList<ovf::xml::Element *> m_elements;
    QLabel *m_intro;
    QListWidget *m_list;
};
