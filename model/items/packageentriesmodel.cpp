#include "model/items/packageentriesmodel.h"

#include "model/commands/editsession.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/formedits.h"
#include "model/commands/packagerefs.h"
#include "model/commands/renamereferencecommand.h"
#include "model/commands/setfileattributecommand.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfschema.h"
#include "model/ovf/units.h"

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

namespace ovf::items {

PackageEntriesModel::PackageEntriesModel(cmd::EditSession *session, List list, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_list(list)
{
    connect(m_session, &cmd::EditSession::documentChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void PackageEntriesModel::rebuild()
{
    m_rows.clear();
    const Envelope envelope = m_session->descriptor().envelope();
    switch (m_list) {
    case List::Disks:
        for (const VirtualDisk &d : envelope.disks())
            m_rows.append(d.element());
        break;
    case List::Networks:
        for (const Network &n : envelope.networks())
            m_rows.append(n.element());
        break;
    case List::Files:
        for (const FileReference &f : envelope.files())
            m_rows.append(f.element());
        break;
    }
}

xml::Element *PackageEntriesModel::element(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : nullptr;
}

int PackageEntriesModel::rowOf(const xml::Element *entry) const
{
    return int(m_rows.indexOf(const_cast<xml::Element *>(entry)));
}

int PackageEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageEntriesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_list) {
    case List::Disks: return DiskColumns;
    case List::Networks: return NetworkColumns;
    case List::Files: return FileColumns;
    }
    return 0;
}

QVariant PackageEntriesModel::data(const QModelIndex &index, int role) const
{
    xml::Element *e = element(index);
    if (!e)
        return {};
    if (role == ElementRole)
        return QVariant::fromValue(e);
    const QString source = m_list == List::Files ? e->attributeValue(ns::Workbench, u"source") : QString();
    if (role == PendingSourceRole)
        return source;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const xml::Element *root = m_session->document().root();
    switch (m_list) {
    case List::Disks: {
        const VirtualDisk d(e);
        switch (index.column()) {
        case DiskId: return d.diskId();
        case DiskCapacity: {
            const auto bytes = d.capacityBytes();
            if (edit)
                return bytes ? HardwareQuantityModel::exactSize(*bytes) : d.capacity();
            if (role == Qt::ToolTipRole)
                return tr("ovf:capacity %1, ovf:capacityAllocationUnits %2")
                    .arg(d.capacity(), d.capacityAllocationUnits().isEmpty() ? u"byte"_s : d.capacityAllocationUnits());
            return bytes ? formatByteSize(*bytes, QLocale()) : d.capacity();
        }
        case DiskPopulated: {
            bool ok = false;
            const quint64 n = d.populatedSize().toULongLong(&ok);
            return ok ? formatByteSize(n, QLocale()) : d.populatedSize();
        }
        case DiskFile: {
            if (!d.hasFileRef())
                return edit ? QString() : tr("(blank: created at deployment)");
            const FileReference f = m_session->descriptor().envelope().fileById(d.fileRef());
            return f.isNull() ? d.fileRef() : u"%1 (%2)"_s.arg(f.href(), d.fileRef());
        }
        case DiskFormat: {
            const QString format = d.format();
            const qsizetype hash = format.lastIndexOf(u'#');
            return role == Qt::ToolTipRole || hash < 0 ? format : format.mid(hash + 1);
        }
        case DiskUsers:
            return QString::number(cmd::packagerefs::usesOf(root, cmd::packagerefs::Kind::Disk, d.diskId()).size());
        }
        return {};
    }
    case List::Networks: {
        const Network n(e);
        switch (index.column()) {
        case NetworkName: return n.name();
        case NetworkDescription: return n.description().text;
        case NetworkUsers:
            return QString::number(cmd::packagerefs::usesOf(root, cmd::packagerefs::Kind::Network, n.name()).size());
        }
        return {};
    }
    case List::Files: {
        const FileReference f(e);
        switch (index.column()) {
        case FileId: return f.id();
        case FileHref: return f.href();
        case FileSize: {
            bool ok = false;
            const quint64 n = f.size().toULongLong(&ok);
            if (edit || !ok)
                return f.size().isEmpty() && !edit && !source.isEmpty() ? tr("(when saved)") : f.size();
            return u"%1 (%2)"_s.arg(formatByteSize(n, QLocale()), f.size());
        }
        case FileChunkSize: return f.chunkSize();
        case FileCompression: return f.compression().isEmpty() && !edit ? u"identity"_s : f.compression();
        case FileSource:
            if (source.isEmpty())
                return role == Qt::ToolTipRole ? tr("In the package") : QString();
            return role == Qt::ToolTipRole
                ? tr("Pending: %1 becomes %2 (a streamOptimized VMDK) when the package is saved")
                      .arg(source, f.href())
                : tr("pending: %1").arg(source);
        }
        return {};
    }
    }
    return {};
}

QVariant PackageEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_list) {
    case List::Disks: {
        const QString names[] = {tr("Disk"), tr("Capacity"), tr("Populated"), tr("File"), tr("Format"), tr("Drives")};
        return section < DiskColumns ? names[section] : QVariant();
    }
    case List::Networks: {
        const QString names[] = {tr("Network"), tr("Description"), tr("Adapters")};
        return section < NetworkColumns ? names[section] : QVariant();
    }
    case List::Files: {
        const QString names[] = {tr("File"), tr("Href"), tr("Size"), tr("Chunk size"), tr("Compression"),
                                 tr("Source")};
        return section < FileColumns ? names[section] : QVariant();
    }
    }
    return {};
}

Qt::ItemFlags PackageEntriesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    bool editable = false;
    switch (m_list) {
    case List::Disks: editable = index.column() == DiskId || index.column() == DiskCapacity; break;
    case List::Networks: editable = index.column() != NetworkUsers; break;
    case List::Files: editable = index.column() != FileSource; break;
    }
    return editable ? f | Qt::ItemIsEditable : f;
}

bool PackageEntriesModel::setDiskCapacity(xml::Element *disk, const QString &text)
{
    bool plain = false;
    const quint64 gib = text.toULongLong(&plain);
    auto bytes = plain ? std::expected<quint64, QString>(gib << 30) : parseByteSize(text);
    if (!bytes || *bytes == 0) {
        emit editRefused(bytes ? tr("A disk needs a capacity above 0.") : bytes.error());
        return false;
    }
    const auto [value, units] = cmd::entries::capacityOf(*bytes);
    const VirtualDisk d(disk);
    if (d.capacity() == value && d.capacityAllocationUnits() == units)
        return true;
    const QString undo = tr("Set the capacity of %1 to %2").arg(d.diskId(), formatByteSize(*bytes, QLocale()));
    const auto done = m_session->compound(undo, [&]() -> cmd::FormEdits::Result {
        if (auto r = cmd::FormEdits::setAttribute(m_session, disk, u"capacity", value, undo, false); !r)
            return r;
        return cmd::FormEdits::setAttribute(m_session, disk, u"capacityAllocationUnits",
                                            units.isEmpty() ? QString() : units, undo, false);
    });
    if (!done) {
        emit editRefused(done.error());
        return false;
    }
    return true;
}

bool PackageEntriesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    xml::Element *e = element(index);
    if (!e || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return true;
    const auto push = [this](auto made) {
        if (auto pushed = m_session->push(std::move(made)); !pushed) {
            emit editRefused(pushed.error());
            return false;
        }
        return true;
    };
    const bool renaming = (m_list == List::Disks && index.column() == DiskId)
        || (m_list == List::Networks && index.column() == NetworkName)
        || (m_list == List::Files && index.column() == FileId);
    if (renaming)
        return push(cmd::RenameReferenceCommand::create(m_session, e, text));
    if (m_list == List::Disks)
        return setDiskCapacity(e, text);
    if (m_list == List::Networks) {
        auto done = cmd::FormEdits::setChildText(m_session, e, u"Description", text, ContentModel::Network, true,
                                                 tr("Edit the description of network %1").arg(Network(e).name()), false);
        if (!done)
            emit editRefused(done.error());
        return done.has_value();
    }
    using A = cmd::SetFileAttributeCommand::Attribute;
    const A attribute = index.column() == FileHref  ? A::Href
                      : index.column() == FileSize  ? A::Size
                      : index.column() == FileChunkSize ? A::ChunkSize
                                                    : A::Compression;
    return push(cmd::SetFileAttributeCommand::create(m_session, e, attribute,
                                                      text.isEmpty() && attribute != A::Href
                                                          ? std::nullopt
                                                          : std::optional<QString>(text)));
}

} // namespace ovf::items
