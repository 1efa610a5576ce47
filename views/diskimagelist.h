#pragma once

#include "model/authoring/diskimport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QPushButton;
class QTableWidget;

// A list of disk images being brought into an appliance (raw, qcow2, VMDK, VDI, VHD/VHDX):
// each added image is inspected on a worker thread (DiskImporter::inspect runs qemu-img with
// an explicit format and the deploy safety checks); the row shows its format, capacity and
// data size, or why it cannot be used. The images themselves are never modified. Used by the
// Add Disk dialog and the New Appliance wizard.
class DiskImageList : public QWidget
{
    Q_OBJECT

public:
    explicit DiskImageList(QWidget *parent = nullptr);
    ~DiskImageList() override;

    // Adds `path` and starts its inspection (a path already listed is not added twice).
    void addImage(const QString &path);
    void removeImage(int row);
    int count() const;
    // True while an inspection runs.
    bool isBusy() const;
    // The images inspected without error, in list order.
    QList<ovf::authoring::DiskImport> imports() const;
    // The error of each image that cannot be used (empty when all are fine).
    QStringList errors() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // An image was added, removed or its inspection finished.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString path;
        std::unique_ptr<QFutureWatcher<std::expected<ovf::authoring::DiskImport, QString>>> watcher;
        std::optional<std::expected<ovf::authoring::DiskImport, QString>> result;
    };
    void chooseImages();
    void showRow(int row);
    void retranslateUi();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::vector<std::unique_ptr<Entry>> m_entries;
};
