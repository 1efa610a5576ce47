#pragma once

#include "model/ovf/hardware.h"

#include <QAbstractTableModel>
#include <QList>

namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// The devices of a VirtualHardwareSection (every Item but the Processor and Memory ones,
// which HardwareQuantityModel shows), in document order, read-only: what it is, what it
// connects to (a Network, a Disk, a File), where it sits (controller and address) and which
// deployment options it belongs to. Per-option Items of one device are rows of their own.
// The model resets whenever the document changes.
class HardwareDeviceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ConnectionColumn, PlaceColumn, OptionsColumn, ColumnCount };
    enum Role { ElementRole = Qt::UserRole + 1 };

    HardwareDeviceModel(commands::EditSession *session, QObject *parent = nullptr);

    void setSection(xml::Element *section);
    xml::Element *section() const { return m_section; }
    xml::Element *element(const QModelIndex &index) const;
    // The row of `item`, or -1.
    int rowOf(const xml::Element *item) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Disk vmdisk1" for a HostResource, the network for a NIC, "(empty)" for an empty drive.
    static QString connectionText(const HardwareItem &item);
    // "SCSI controller 0, unit 1" (the controller's ElementName) for a drive, "bus 0" for a
    // controller.
    static QString placeText(const xml::Element *section, const HardwareItem &item);

private:
    void rebuild();

    commands::EditSession *m_session;
    xml::Element *m_section = nullptr;
    QList<xml::Element *> m_items;
};

} // namespace ovf::items
