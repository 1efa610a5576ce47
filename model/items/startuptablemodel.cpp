#include "model/items/startuptablemodel.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/entity.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/ovfschema.h"

#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

namespace ovf::items {

namespace {

bool orderLess(const QString &a, const QString &b)
{
    // Entries without an order (or with one that is not a number) go last.
    bool okA = false;
    bool okB = false;
    const qlonglong x = a.toLongLong(&okA);
    const qlonglong y = b.toLongLong(&okB);
    if (okA != okB)
        return okA;
    return okA && x < y;
}

} // namespace

StartupTableModel::StartupTableModel(commands::EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &commands::EditSession::documentChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void StartupTableModel::setSection(xml::Element *section)
{
    beginResetModel();
    m_section = section;
    rebuild();
    endResetModel();
}

void StartupTableModel::rebuild()
{
    m_rows.clear();
    if (!m_section || !FormEdits::isAttached(m_section))
        return;
    for (xml::Element *item : ovfChildren(m_section, u"Item"))
        m_rows.append({ovfAttr(item, u"id"), item, nullptr});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return orderLess(ovfAttr(a.item, u"order"), ovfAttr(b.item, u"order"));
    });
    const Entity collection(m_section->parent());
    for (const Entity &child : collection.children()) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == child.id(); });
        if (it != m_rows.end())
            it->entity = child.element();
        else
            m_rows.append({child.id(), nullptr, child.element()});
    }
}

QStringList StartupTableModel::ids() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.id;
    return out;
}

int StartupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StartupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StartupTableModel::attributeOf(int column)
{
    switch (column) {
    case OrderColumn: return u"order"_s;
    case StartDelayColumn: return u"startDelay"_s;
    case WaitingForGuestColumn: return u"waitingForGuest"_s;
    case StartActionColumn: return u"startAction"_s;
    case StopDelayColumn: return u"stopDelay"_s;
    case StopActionColumn: return u"stopAction"_s;
    default: return {};
    }
}

QVariant StartupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == ItemRole)
        return QVariant::fromValue(row.item);
    if (role == EntityRole)
        return QVariant::fromValue(row.entity);
    if (role == ChoicesRole) {
        if (column == StartActionColumn)
            return QStringList{u"powerOn"_s, u"none"_s};
        if (column == StopActionColumn)
            return QStringList{u"powerOff"_s, u"guestShutdown"_s, u"none"_s};
        return {};
    }
    const QString value = column == EntityColumn ? row.id : ovfAttr(row.item, attributeOf(column));
    if (column == WaitingForGuestColumn) {
        if (role == Qt::CheckStateRole)
            return parseXsBoolean(value).value_or(false) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == EntityColumn && !row.entity)
            return tr("%1 (not in this collection)").arg(row.id);
        if (value.isEmpty() && (column == StartActionColumn))
            return row.item ? tr("powerOn (default)") : QString();
        if (value.isEmpty() && (column == StopActionColumn))
            return row.item ? tr("powerOff (default)") : QString();
        if (value.isEmpty() && (column == StartDelayColumn || column == StopDelayColumn))
            return row.item ? tr("0 (default)") : QString();
        return value;
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        if (!row.item)
            return tr("%1 has no entry in the startup order: it starts after the ordered systems. Edit a cell to "
                      "give it one.")
                .arg(row.id);
        if (column == OrderColumn)
            return tr("Systems with a lower order start first; equal orders start together. Drag rows to change it.");
        if (column == StartDelayColumn)
            return tr("Seconds to wait after powering this system on before the next group starts");
        if (column == StopDelayColumn)
            return tr("Seconds to wait after stopping this system before the next one stops");
        return {};
    case Qt::ForegroundRole:
        return {};
    default:
        return {};
    }
}

QVariant StartupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn: return tr("System");
    case OrderColumn: return tr("Order");
    case StartDelayColumn: return tr("Start delay (s)");
    case WaitingForGuestColumn: return tr("Wait for guest");
    case StartActionColumn: return tr("Start action");
    case StopDelayColumn: return tr("Stop delay (s)");
    case StopActionColumn: return tr("Stop action");
    default: return {};
    }
}

Qt::ItemFlags StartupTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case EntityColumn:
    case OrderColumn:
        break; // the order changes by dragging rows
    case WaitingForGuestColumn:
        f |= Qt::ItemIsUserCheckable;
        break;
    default:
        f |= Qt::ItemIsEditable;
    }
    return f;
}

std::expected<xml::Element *, QString> StartupTableModel::ensureItem(const Row &row)
{
    if (row.item)
        return row.item;
    // After the last Item: the section's children are Info and the Items (§9.10).
    int maxOrder = 0;
    for (const Row &r : std::as_const(m_rows))
        maxOrder = std::max(maxOrder, ovfAttr(r.item, u"order").toInt());
    const auto added = FormEdits::insertElement(m_session, m_section, ContentModel::StartupSection, u"Item",
                                                {{u"id"_s, row.id}, {u"order"_s, QString::number(maxOrder + 1)}}, {},
                                                tr("Add %1 to the startup order").arg(row.id));
    return added;
}

bool StartupTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const Row row = m_rows.at(index.row());
    const int column = index.column();
    QString text;
    if (column == WaitingForGuestColumn && role == Qt::CheckStateRole)
        text = value.toInt() == Qt::Checked ? u"true"_s : u"false"_s;
    else if (role == Qt::EditRole && (flags(index) & Qt::ItemIsEditable))
        text = value.toString().trimmed();
    else
        return false;
    if (column == StartDelayColumn || column == StopDelayColumn) {
        bool ok = false;
        if (!text.isEmpty() && (text.toInt(&ok) < 0 || !ok))
            return false; // xs:int seconds, not negative
    }
    if (column == StartActionColumn || column == StopActionColumn) {
        if (!text.isEmpty() && !data(index, ChoicesRole).toStringList().contains(text))
            return false;
    }
    if (ovfAttr(row.item, attributeOf(column)) == text && row.item)
        return true;
    const QString undoText = tr("Change the %1 of %2").arg(headerData(column, Qt::Horizontal).toString(), row.id);
    // A row without an Item gets one first: both are one undo step, taken back together when
    // the value is refused.
    const auto done = m_session->compound(undoText, [&]() -> FormEdits::Result {
        const auto item = ensureItem(row);
        if (!item)
            return std::unexpected(item.error());
        return FormEdits::setAttribute(m_session, *item, attributeOf(column), text.isEmpty() ? QString() : text,
                                       undoText, false);
    });
    if (!done)
        emit editRefused(done.error());
    return done.has_value();
}

bool StartupTableModel::moveRow(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to > m_rows.size() || to == from || to == from + 1)
        return false;
    QList<Row> order = m_rows;
    const Row moved = order.takeAt(from);
    order.insert(to > from ? to - 1 : to, moved);
    // New orders: a new group starts at every row that did not share its old order with the
    // row before it (the moved row always starts a group of its own).
    const auto renumber = [&]() -> FormEdits::Result {
        int group = 0;
        QString previousOld;
        for (int i = 0; i < order.size(); ++i) {
            const Row &r = order.at(i);
            const QString old = ovfAttr(r.item, u"order");
            const bool together = i > 0 && r.id != moved.id && order.at(i - 1).id != moved.id && r.item
                && !old.isEmpty() && old == previousOld;
            if (!together)
                ++group;
            previousOld = old;
            const auto item = ensureItem(r);
            if (!item)
                return std::unexpected(item.error());
            if (ovfAttr(*item, u"order") == QString::number(group))
                continue;
            if (auto set = FormEdits::setAttribute(m_session, *item, u"order", QString::number(group), {}, false); !set)
                return set;
        }
        return {};
    };
    const auto done = m_session->compound(tr("Change the startup order (%1)").arg(moved.id), renumber);
    if (!done)
        emit editRefused(done.error());
    return done.has_value();
}

QStringList StartupTableModel::mimeTypes() const
{
    return {QString(RowMimeType)};
}

QMimeData *StartupTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString(RowMimeType), QByteArray::number(indexes.first().row()));
    return mime;
}

bool StartupTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return data && data->hasFormat(QString(RowMimeType)) && action == Qt::MoveAction;
}

bool StartupTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(QString(RowMimeType)).toInt(&ok);
    if (!ok)
        return false;
    // Dropped on a row: before it; between rows: at `row`; below the last: last.
    const int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_rows.size());
    moveRow(from, to);
    return false; // the document changed and the model reset: the view must not remove rows
}

Qt::DropActions StartupTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace ovf::items
