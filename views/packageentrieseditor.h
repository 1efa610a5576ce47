#pragma once

#include "model/items/packageentriesmodel.h"
#include "views/formeditor.h"

class QPushButton;
class QTableView;

// The Envelope's disks (DiskSection), networks (NetworkSection) or files (References) as a
// table (PackageEntriesModel): rename (every reference follows), capacity with units, file
// attributes; Add and Remove. Adding a disk asks the window for the Add Disk dialog
// (addDiskRequested, with the first virtual system); a network gets a fresh name to edit; a
// file is chosen on disk and becomes a pending source of the package. Removing a disk takes
// its drives and its File along (RemoveDiskCommand); a network or file still in use is refused
// with the reason.
class PackageEntriesEditor : public FormEditor
{
    Q_OBJECT

public:
    using List = ovf::items::PackageEntriesModel::List;

    // `element`: the DiskSection, the NetworkSection or References.
    PackageEntriesEditor(ovf::commands::EditSession *session, ovf::xml::Element *element, List list,
                         QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ovf::items::PackageEntriesModel *entriesModel() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString message() const;
    bool selectEntry(const ovf::xml::Element *entry);
    bool focusElement(const ovf::xml::Element *target) override;
    // Adds a File for the local file `path` (what Add File… does after its dialog).
    bool addFile(const QString &path);
    // Adds a network with a fresh name (Add on the networks list).
    bool addNetwork();
    void removeSelected();

signals:
    void addDiskRequested(ovf::xml::Element *virtualSystem);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void add();
    void showMessage(const QString &text);

    List m_list;
    QLabel *m_title;
    QTableView *m_table;
    ovf::items::PackageEntriesModel *m_model;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
    ovf::xml::Element *m_selected = nullptr;
};
