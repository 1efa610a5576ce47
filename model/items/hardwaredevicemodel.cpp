#include "model/items/hardwaredevicemodel.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/hardwareitems.h"
#include "model/ovf/packagereference.h"

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

namespace ovf::items {

HardwareDeviceModel::HardwareDeviceModel(cmd::EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &cmd::EditSession::documentChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void HardwareDeviceModel::setSection(xml::Element *section)
{
    beginResetModel();
    m_section = section;
    rebuild();
    endResetModel();
}

void HardwareDeviceModel::rebuild()
{
    m_items.clear();
    if (!m_section || !cmd::FormEdits::isAttached(m_section))
        return;
    for (const HardwareItem &i : hardwareItemsIn(m_section)) {
        const int type = i.resourceType();
        if (type != cmd::hwitems::rt::Processor && type != cmd::hwitems::rt::Memory)
            m_items.append(i.element());
    }
}

xml::Element *HardwareDeviceModel::element(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_items.size() ? m_items.at(index.row()) : nullptr;
}

int HardwareDeviceModel::rowOf(const xml::Element *item) const
{
    return int(m_items.indexOf(const_cast<xml::Element *>(item)));
}

int HardwareDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HardwareDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HardwareDeviceModel::connectionText(const HardwareItem &item)
{
    if (cmd::hwitems::isNetworkAdapter(item)) {
        const QStringList networks = item.connections();
        return networks.isEmpty() ? tr("(no network)") : networks.join(u", "_s);
    }
    const int type = item.resourceType();
    QStringList out;
    for (const QString &h : item.hostResources()) {
        const PackageReference ref = parsePackageReference(h);
        if (ref.kind == PackageReference::Kind::Disk)
            out << tr("Disk %1").arg(ref.id);
        else if (ref.kind == PackageReference::Kind::File)
            out << tr("File %1").arg(ref.id);
        else if (!h.isEmpty())
            out << h;
    }
    if (out.isEmpty() && (type == cmd::hwitems::rt::CdDrive || type == cmd::hwitems::rt::DvdDrive
                          || type == cmd::hwitems::rt::Floppy))
        return tr("(empty)");
    return out.join(u", "_s);
}

QString HardwareDeviceModel::placeText(const xml::Element *section, const HardwareItem &item)
{
    if (cmd::hwitems::isStorageController(item.resourceType()))
        return item.address().isEmpty() ? QString() : tr("bus %1").arg(item.address());
    const QString parent = item.parentId();
    if (parent.isEmpty())
        return {};
    const HardwareItem controller = cmd::hwitems::deviceById(section, parent);
    const QString name = controller.isNull() ? tr("controller %1").arg(parent) : controller.elementName();
    return item.addressOnParent().isEmpty() ? name : tr("%1, unit %2").arg(name, item.addressOnParent());
}

QVariant HardwareDeviceModel::data(const QModelIndex &index, int role) const
{
    xml::Element *e = element(index);
    if (!e)
        return {};
    if (role == ElementRole)
        return QVariant::fromValue(e);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const HardwareItem item(e);
    switch (index.column()) {
    case NameColumn: return item.elementName();
    case TypeColumn: {
        const QString sub = item.resourceSubType();
        return sub.isEmpty() ? item.resourceTypeName() : u"%1 (%2)"_s.arg(item.resourceTypeName(), sub);
    }
    case ConnectionColumn: return connectionText(item);
    case PlaceColumn: return placeText(m_section, item);
    case OptionsColumn: {
        QString text = item.configurations().isEmpty() ? tr("all") : item.configurations().join(u", "_s);
        if (!item.bound().isEmpty())
            text += u" · "_s + tr("bound %1").arg(item.bound());
        if (!item.isRequired())
            text += u" · "_s + tr("optional");
        return text;
    }
    default: return {};
    }
}

QVariant HardwareDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Device");
    case TypeColumn: return tr("Type");
    case ConnectionColumn: return tr("Connected to");
    case PlaceColumn: return tr("Controller / address");
    case OptionsColumn: return tr("Options");
    default: return {};
    }
}

} // namespace ovf::items
