// EnvelopeTreeModel: following an EditSession, editing ids, drag and drop of entities.
#include "model/items/envelopetreemodel.h"

#include "model/commands/editsession.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/renamedeploymentoptioncommand.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/treeeditpolicy.h"
#include "model/commands/xmlfragment.h"
#include "model/items/envelopetreebuilder.h"
#include "model/ovf/descriptor.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace ovf::items {

namespace {

bool isEntityType(EnvelopeNodeType t)
{
    return t == EnvelopeNodeType::VirtualSystem || t == EnvelopeNodeType::VirtualSystemCollection;
}

bool sameKey(const EnvelopeTreeItem *a, const EnvelopeTreeItem *b)
{
    return a->element() == b->element() && a->type() == b->type();
}

bool inDocument(const xml::Element *e, const xml::Element *root)
{
    while (e->parent())
        e = e->parent();
    return e == root;
}

} // namespace

void EnvelopeTreeModel::setSession(commands::EditSession *session, std::unique_ptr<EnvelopeTreeItem> prebuilt)
{
    setDescriptor(session ? &session->descriptor() : nullptr, std::move(prebuilt));
    m_session = session;
    if (!session)
        return;
    using commands::EditSession;
    connect(session, &EditSession::childrenInserted, this, [this](xml::Element *parent, int, int) { changed(parent); });
    connect(session, &EditSession::childrenRemoved, this,
            [this](xml::Element *parent, int, int, const QList<xml::Node *> &) { changed(parent); });
    connect(session, &EditSession::attributesChanged, this, &EnvelopeTreeModel::changed);
    connect(session, &EditSession::textChanged, this, &EnvelopeTreeModel::changed);
    connect(session, &EditSession::documentChanged, this, &EnvelopeTreeModel::flush);
}

void EnvelopeTreeModel::changed(xml::Element *element)
{
    // A compound command (a deployment option renamed in 26,000 places) changes many elements
    // under the same node: apply each node once, when the command ends.
    if (m_session && m_session->isChanging()) {
        m_pending.push_back(element);
        return;
    }
    refresh(element);
}

void EnvelopeTreeModel::flush()
{
    // Each node is synchronised with the document as it is now, so a node done once in this
    // flush is current for every later change under it.
    QSet<const xml::Element *> done;
    std::vector<xml::Element *> pending = std::move(m_pending);
    m_pending.clear();
    for (xml::Element *e : pending)
        refresh(e, &done);
}

QModelIndex EnvelopeTreeModel::indexOfItem(EnvelopeTreeItem *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), column, item);
}

void EnvelopeTreeModel::unindexItems(EnvelopeTreeItem *item)
{
    for (int i = 0; i < item->childCount(); ++i) {
        EnvelopeTreeItem *c = item->child(i);
        if (c->element() && m_byElement.value(c->element()) == c)
            m_byElement.remove(c->element());
        unindexItems(c);
    }
}

void EnvelopeTreeModel::refresh(xml::Element *changed, QSet<const xml::Element *> *done)
{
    if (!changed || !m_descriptor || !inDocument(changed, m_descriptor->xml().root()))
        return; // an edit of a detached subtree (held by a command) shows nowhere
    EnvelopeTreeItem *item = nullptr;
    for (const xml::Element *e = changed; e && !item; e = e->parent())
        item = m_byElement.value(e);
    // Climb to the node that owns the change: the root, an entity, or a node directly under
    // one of them (a section, References, a Strings bundle).
    while (item && !isEntityType(item->type()) && item->parent() != m_root.get()
           && !isEntityType(item->parent()->type()))
        item = item->parent();
    if (done) {
        const xml::Element *key = item ? item->element() : nullptr;
        if (done->contains(key))
            return;
        done->insert(key);
    }
    if (!item || isEntityType(item->type())) {
        shallowSync(item ? item : m_root.get());
        return;
    }
    auto fresh = EnvelopeTreeBuilder::buildNode(item->element(), true);
    if (fresh->childCount() != 1 || !sameKey(fresh->child(0), item)) {
        shallowSync(item->parent()); // it became something else: replace it among its siblings
        return;
    }
    syncItem(item, *fresh->child(0), true);
}

void EnvelopeTreeModel::shallowSync(EnvelopeTreeItem *item)
{
    xml::Element *container = item == m_root.get() ? m_descriptor->xml().root() : item->element();
    if (item != m_root.get()) {
        auto own = EnvelopeTreeBuilder::buildNode(container, false);
        if (own->childCount() == 1)
            syncItem(item, *own->child(0), false);
    }
    // The wanted child list: existing nodes keep their items (their content did not change
    // here), new elements get fully built nodes.
    QHash<const xml::Element *, EnvelopeTreeItem *> existing;
    for (int i = 0; i < item->childCount(); ++i)
        existing.insert(item->child(i)->element(), item->child(i));
    std::vector<std::unique_ptr<EnvelopeTreeItem>> fresh;
    for (xml::Element *e : EnvelopeTreeBuilder::nodeElements(container)) {
        auto built = EnvelopeTreeBuilder::buildNode(e, !existing.contains(e));
        for (auto &c : built->takeChildren())
            fresh.push_back(std::move(c));
    }
    syncChildren(item, std::move(fresh), false);
}

void EnvelopeTreeModel::syncItem(EnvelopeTreeItem *item, EnvelopeTreeItem &fresh, bool deep)
{
    if (!item->sameLook(fresh)) {
        item->copyLook(fresh);
        emit dataChanged(indexOfItem(item, 0), indexOfItem(item, ColumnCount - 1));
    }
    if (deep)
        syncChildren(item, fresh.takeChildren(), true);
}

void EnvelopeTreeModel::syncChildren(EnvelopeTreeItem *parent, std::vector<std::unique_ptr<EnvelopeTreeItem>> fresh,
                                     bool deep)
{
    const QModelIndex parentIndex = indexOfItem(parent);
    // 1. Remove the items whose element and type are no longer wanted, in contiguous runs.
    QSet<QPair<const xml::Element *, int>> wanted;
    for (const auto &f : fresh)
        wanted.insert({f->element(), int(f->type())});
    auto isWanted = [&](const EnvelopeTreeItem *c) { return wanted.contains({c->element(), int(c->type())}); };
    for (int last = parent->childCount() - 1; last >= 0; --last) {
        if (isWanted(parent->child(last)))
            continue;
        int first = last;
        while (first > 0 && !isWanted(parent->child(first - 1)))
            --first;
        beginRemoveRows(parentIndex, first, last);
        for (int r = last; r >= first; --r) {
            EnvelopeTreeItem *gone = parent->child(r);
            unindexItems(gone);
            if (gone->element() && m_byElement.value(gone->element()) == gone)
                m_byElement.remove(gone->element());
            parent->takeChild(r);
        }
        endRemoveRows();
        last = first;
    }
    // 2. Walk the wanted list: keep, move up, or insert.
    for (int i = 0; i < int(fresh.size()); ++i) {
        EnvelopeTreeItem *f = fresh[size_t(i)].get();
        if (i < parent->childCount() && sameKey(parent->child(i), f)) {
            syncItem(parent->child(i), *f, deep);
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < parent->childCount() && found < 0; ++j) {
            if (sameKey(parent->child(j), f))
                found = j;
        }
        if (found >= 0) {
            beginMoveRows(parentIndex, found, found, parentIndex, i);
            parent->moveChild(found, i);
            endMoveRows();
            syncItem(parent->child(i), *f, deep);
            continue;
        }
        beginInsertRows(parentIndex, i, i);
        EnvelopeTreeItem *added = parent->insertChild(i, std::move(fresh[size_t(i)]));
        if (added->element())
            m_byElement.insert(added->element(), added);
        indexItems(added);
        endInsertRows();
    }
}

bool EnvelopeTreeModel::isEditable(const EnvelopeTreeItem *item) const
{
    return (isEntityType(item->type()) || item->type() == EnvelopeNodeType::Configuration)
        && commands::TreeEditPolicy::isRenamable(item->element());
}

bool EnvelopeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_session || !index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const EnvelopeTreeItem *item = itemAt(index);
    if (!isEditable(item))
        return false;
    const QString id = value.toString().trimmed();
    if (id == ovfAttr(item->element(), u"id"))
        return false; // nothing to do
    auto pushed = item->type() == EnvelopeNodeType::Configuration
                      ? m_session->push(commands::RenameDeploymentOptionCommand::create(m_session, item->element(), id))
                      : m_session->push(commands::RenameEntityIdCommand::create(m_session, item->element(), id));
    if (!pushed) {
        m_lastError = pushed.error();
        emit editRefused(m_lastError);
        return false;
    }
    return true;
}

QStringList EnvelopeTreeModel::mimeTypes() const
{
    return {QString(EntityMimeType)};
}

QMimeData *EnvelopeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const EnvelopeTreeItem *item = itemAt(i);
        if (i.isValid() && commands::TreeEditPolicy::isDraggable(item->element())) {
            // The element's address and this model's: a drop is only taken by the model (and so
            // the document) the drag came from.
            auto *data = new QMimeData;
            data->setData(QString(EntityMimeType),
                          QByteArray::number(quintptr(this)) + ' ' + QByteArray::number(quintptr(item->element())));
            return data;
        }
    }
    return nullptr;
}

xml::Element *EnvelopeTreeModel::droppedEntity(const QMimeData *data) const
{
    if (!data || !m_session)
        return nullptr;
    const QList<QByteArray> parts = data->data(QString(EntityMimeType)).split(' ');
    if (parts.size() != 2 || parts[0].toULongLong() != quintptr(this))
        return nullptr;
    // Only an element that has a node now counts (the address is never dereferenced first).
    for (auto it = m_byElement.cbegin(); it != m_byElement.cend(); ++it) {
        if (quintptr(it.key()) == parts[1].toULongLong() && isEntityType(it.value()->type()))
            return const_cast<xml::Element *>(it.key());
    }
    return nullptr;
}

std::optional<int> EnvelopeTreeModel::dropIndex(const xml::Element *entity, int row, const QModelIndex &parent) const
{
    const EnvelopeTreeItem *target = itemAt(parent);
    if (!parent.isValid() || target->type() != EnvelopeNodeType::VirtualSystemCollection)
        return std::nullopt;
    // Entities follow the sections of a collection: a drop among the sections goes before
    // the first entity; a drop past the end goes last.
    const EnvelopeTreeItem *before = nullptr;
    for (int r = std::max(row, 0); row >= 0 && r < target->childCount() && !before; ++r) {
        if (isEntityType(target->child(r)->type()) && target->child(r)->element() != entity)
            before = target->child(r);
    }
    if (!before)
        return -1;
    int index = commands::fragment::elementIndex(before->element());
    if (entity->parent() == target->element() && commands::fragment::elementIndex(entity) < index)
        --index; // counted after the entity left its place
    return index;
}

bool EnvelopeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                        const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    xml::Element *entity = droppedEntity(data);
    const auto index = entity ? dropIndex(entity, row, parent) : std::nullopt;
    if (!index)
        return false;
    return bool(commands::MoveElementCommand::create(m_session, entity, itemAt(parent)->element(), *index));
}

bool EnvelopeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    xml::Element *entity = droppedEntity(data);
    const auto index = entity ? dropIndex(entity, row, parent) : std::nullopt;
    if (!index)
        return false;
    xml::Element *collection = itemAt(parent)->element();
    const QString text = tr("Move '%1' to '%2'").arg(Entity(entity).displayName(), Entity(collection).displayName());
    auto pushed = m_session->push(commands::MoveElementCommand::create(m_session, entity, collection, *index, text));
    if (!pushed) {
        m_lastError = pushed.error();
        emit editRefused(m_lastError);
        return false;
    }
    // The move is done; returning false keeps views from removing the dragged rows themselves.
    return false;
}

Qt::DropActions EnvelopeTreeModel::supportedDropActions() const
{
    return m_session ? Qt::MoveAction : Qt::IgnoreAction;
}

Qt::DropActions EnvelopeTreeModel::supportedDragActions() const
{
    return m_session ? Qt::MoveAction : Qt::IgnoreAction;
}

} // namespace ovf::items
