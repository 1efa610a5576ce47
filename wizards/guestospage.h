#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

// New Appliance, guest OS: the CIM operating system list (CimOsTypes), searchable by any
// part of a name or by number; field "os" is the chosen CIM id ("" leaves the template's).
class GuestOsPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString osId READ osId NOTIFY osChanged)

public:
    explicit GuestOsPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QString osId() const;
    // Selects the entry with CIM id `id`; false when it is not in the list.
    bool selectOs(int id);
    int nextId() const override;

signals:
    void osChanged();

private:
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_chosen;
};
