#pragma once

#include "model/ovf/xmlnode.h"

#include <QAbstractTableModel>
#include <QList>

namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// The Envelope's lists as editable tables (DSP0243 §7.1, §9.1, §9.2), one list per model:
// - Disks (DiskSection/Disk): id, capacity with its allocation units, populated size, the
//   File it comes from, format, how many drives use it;
// - Networks (NetworkSection/Network): name, description, how many adapters connect to it;
// - Files (References/File): id, href, size, chunk size, compression, and the pending source
//   (ovfw:source) of a disk image that becomes the file when the package is saved.
// Renaming a disk, network or file follows every reference (RenameReferenceCommand); the other
// cells go through the layer's commands (SetFileAttributeCommand, or the OVF attributes). A
// refused edit is reported by editRefused(). The model resets whenever the document changes.
class PackageEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class List { Disks, Networks, Files };
    enum Role { ElementRole = Qt::UserRole + 1, PendingSourceRole };

    PackageEntriesModel(commands::EditSession *session, List list, QObject *parent = nullptr);

    List list() const { return m_list; }
    xml::Element *element(const QModelIndex &index) const;
    int rowOf(const xml::Element *entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Column numbers per list.
    enum DiskColumn { DiskId, DiskCapacity, DiskPopulated, DiskFile, DiskFormat, DiskUsers, DiskColumns };
    enum NetworkColumn { NetworkName, NetworkDescription, NetworkUsers, NetworkColumns };
    enum FileColumn { FileId, FileHref, FileSize, FileChunkSize, FileCompression, FileSource, FileColumns };

signals:
    void editRefused(const QString &reason);

private:
    void rebuild();
    bool setDiskCapacity(xml::Element *disk, const QString &text);

    commands::EditSession *m_session;
    List m_list;
    QList<xml::Element *> m_rows;
};

} // namespace ovf::items
