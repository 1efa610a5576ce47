#include "model/items/envelopetreemodel.h"

#include "model/commands/editsession.h"
#include "model/commands/treeeditpolicy.h"
#include "model/items/envelopetreebuilder.h"
#include "model/ovf/descriptor.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ovf::items {

EnvelopeTreeModel::EnvelopeTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<EnvelopeTreeItem>(EnvelopeNodeType::Section, nullptr))
{
}

EnvelopeTreeModel::~EnvelopeTreeModel() = default;

void EnvelopeTreeModel::setDescriptor(const Descriptor *descriptor, std::unique_ptr<EnvelopeTreeItem> prebuilt)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session = nullptr;
    }
    m_pending.clear();
    beginResetModel();
    m_descriptor = descriptor;
    m_byElement.clear();
    if (descriptor && prebuilt)
        m_root = std::move(prebuilt);
    else
        m_root = descriptor ? EnvelopeTreeBuilder::build(*descriptor)
                            : std::make_unique<EnvelopeTreeItem>(EnvelopeNodeType::Section, nullptr);
    indexItems(m_root.get());
    endResetModel();
}

void EnvelopeTreeModel::retranslate()
{
    if (m_session)
        setSession(m_session);
    else if (m_descriptor)
        setDescriptor(m_descriptor);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EnvelopeTreeModel::indexItems(EnvelopeTreeItem *item)
{
    for (int i = 0; i < item->childCount(); ++i) {
        EnvelopeTreeItem *c = item->child(i);
        if (c->element())
            m_byElement.insert(c->element(), c);
        indexItems(c);
    }
}

EnvelopeTreeItem *EnvelopeTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<EnvelopeTreeItem *>(index.internalPointer());
}

xml::Element *EnvelopeTreeModel::element(const QModelIndex &index) const
{
    return index.isValid() ? itemAt(index)->element() : nullptr;
}

EnvelopeNodeType EnvelopeTreeModel::nodeType(const QModelIndex &index) const
{
    return itemAt(index)->type();
}

QModelIndex EnvelopeTreeModel::indexOf(const xml::Element *element) const
{
    for (const xml::Element *e = element; e; e = e->parent()) {
        if (EnvelopeTreeItem *item = m_byElement.value(e))
            return createIndex(item->row(), 0, item);
    }
    return {};
}

QModelIndex EnvelopeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    EnvelopeTreeItem *child = itemAt(parent)->child(row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex EnvelopeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    EnvelopeTreeItem *p = itemAt(child)->parent();
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, p);
}

int EnvelopeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return itemAt(parent)->childCount();
}

int EnvelopeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EnvelopeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const EnvelopeTreeItem *item = itemAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return item->text(index.column());
    case Qt::EditRole:
        if (index.column() == NameColumn && item->element())
            return ovfAttr(item->element(), u"id");
        return item->text(index.column());
    case Qt::ToolTipRole:
        return toolTip(item, index.column());
    case Qt::FontRole:
        if (item->isExtension() || item->isEmphasized()) {
            QFont font;
            font.setItalic(item->isExtension());
            font.setBold(item->isEmphasized());
            return font;
        }
        return {};
    case ElementRole:
        return QVariant::fromValue(item->element());
    case NodeTypeRole:
        return int(item->type());
    case ExtensionRole:
        return item->isExtension();
    default:
        return {};
    }
}

QString EnvelopeTreeModel::toolTip(const EnvelopeTreeItem *item, int column) const
{
    const xml::Element *e = item->element();
    if (!e)
        return {};
    QString tip;
    const QString &text = item->text(column);
    if (!text.isEmpty())
        tip = text + u"\n\n"_s; // the cell may be elided
    tip += e->path();
    const xml::SourcePos pos = e->position();
    if (pos.isValid())
        tip += u'\n' + tr("Line %1, column %2").arg(pos.line).arg(pos.column);
    return tip;
}

QVariant EnvelopeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case InfoColumn: return tr("Info");
    default: return {};
    }
}

Qt::ItemFlags EnvelopeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const EnvelopeTreeItem *item = itemAt(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_session) {
        const bool entity = item->type() == EnvelopeNodeType::VirtualSystem
                            || item->type() == EnvelopeNodeType::VirtualSystemCollection;
        if (index.column() == NameColumn && isEditable(item))
            f |= Qt::ItemIsEditable;
        if (entity && commands::TreeEditPolicy::isDraggable(item->element()))
            f |= Qt::ItemIsDragEnabled;
        if (entity && commands::TreeEditPolicy::isDropTarget(item->element()))
            f |= Qt::ItemIsDropEnabled;
    }
    // A node that may get children by an edit must not promise it never will.
    if (item->childCount() == 0 && !m_session)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> EnvelopeTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ElementRole, "element");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(ExtensionRole, "extension");
    return names;
}

} // namespace ovf::items
