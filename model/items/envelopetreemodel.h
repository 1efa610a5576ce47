#pragma once

#include "model/items/envelopetreeitem.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QMimeData;

namespace ovf {
class Descriptor;
}
namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// A read-only tree over an OVF descriptor (a thin adapter: the item tree is built once per
// descriptor by EnvelopeTreeBuilder). Top-level rows are the package-level nodes and the
// content entity in document order: References with its Files, the envelope sections
// (Disks, Networks, Deployment options, extensions) and their entries, the content
// hierarchy (collections nested to any depth, virtual systems, each with its sections),
// and the Strings bundles with their messages.
//
// Columns: Name (id or label), Kind (element or device type), Info (ovf:Info or a summary).
// Roles: Display, ToolTip (element path and line:column), Font (extensions in italic, the
// default Configuration in bold) and the custom roles below. There is no decoration: the
// model links no widgets and no icon resources, views add icons from NodeTypeRole.
//
// Editing: with setSession() the model follows the session's change signals and updates
// incrementally (rows inserted, removed and moved, dataChanged for changed texts; never a
// reset for an edit): a change is applied to the smallest node that owns it (a section,
// References or Strings node is rebuilt and compared with its old items; an entity or the
// top level compares its own child list only). The entity ids and the deployment option ids
// are editable (EditRole on the Name column, through RenameEntityIdCommand and
// RenameDeploymentOptionCommand), and entities can be dragged into collections
// (MoveElementCommand). Without a session (setDescriptor()) the model is read-only.
//
// Lifetime: the model does not own the descriptor or the session, which must outlive it or
// be replaced (setDescriptor(nullptr)) first. Without a session the document must not be
// edited while it is shown.
class EnvelopeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn = EnvelopeTreeItem::NameColumn,
        KindColumn = EnvelopeTreeItem::KindColumn,
        InfoColumn = EnvelopeTreeItem::InfoColumn,
        ColumnCount = EnvelopeTreeItem::ColumnCount,
    };
    enum Role {
        ElementRole = Qt::UserRole + 1, // ovf::xml::Element *, in every column
        NodeTypeRole,                   // int(EnvelopeNodeType)
        ExtensionRole,                  // bool: a vendor or unknown section
    };

    explicit EnvelopeTreeModel(QObject *parent = nullptr);
    ~EnvelopeTreeModel() override;

    // Rebuilds the tree (a model reset); nullptr empties the model. Detaches any session.
    // `prebuilt`, when given, is EnvelopeTreeBuilder::build(*descriptor) done beforehand
    // (on a worker thread, for large documents) and is adopted instead of building here.
    void setDescriptor(const Descriptor *descriptor, std::unique_ptr<EnvelopeTreeItem> prebuilt = {});
    // Shows the session's descriptor (a reset) and follows its edits; nullptr empties.
    void setSession(commands::EditSession *session, std::unique_ptr<EnvelopeTreeItem> prebuilt = {});
    commands::EditSession *session() const { return m_session; }
    // The error of the last refused edit (setData or drop), for a view to show.
    const QString &lastError() const { return m_lastError; }
    const Descriptor *descriptor() const { return m_descriptor; }
    // Rebuilds the texts in the current language (call after a translator change).
    void retranslate();

    xml::Element *element(const QModelIndex &index) const;
    EnvelopeNodeType nodeType(const QModelIndex &index) const;
    // The node (column 0) of `element`, or of its nearest ancestor that has one; invalid
    // when there is none (e.g. the Envelope itself, or an element of another document).
    QModelIndex indexOf(const xml::Element *element) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    // The entity a drop carries (nullptr if it is not from this model).
    xml::Element *droppedEntity(const QMimeData *data) const;
    // The element index in the collection at which a drop at `row` of `parent` puts `entity`
    // (-1: last), counted as MoveElementCommand does; nullopt when `parent` is no collection.
    std::optional<int> dropIndex(const xml::Element *entity, int row, const QModelIndex &parent) const;

    static constexpr QLatin1StringView EntityMimeType{"application/x-ovfw-entity"};

signals:
    // An edit made through setData or a drop was refused; `reason` says why.
    void editRefused(const QString &reason);

private:
    // Notes a change; applied at once, or when the session's command ends (batched).
    void changed(xml::Element *element);
    void flush();
    void refresh(xml::Element *changed, QSet<const xml::Element *> *done = nullptr);
    void syncChildren(EnvelopeTreeItem *parent, std::vector<std::unique_ptr<EnvelopeTreeItem>> fresh, bool deep);
    void syncItem(EnvelopeTreeItem *item, EnvelopeTreeItem &fresh, bool deep);
    void shallowSync(EnvelopeTreeItem *item);
    void unindexItems(EnvelopeTreeItem *item);
    QModelIndex indexOfItem(EnvelopeTreeItem *item, int column = 0) const;
    bool isEditable(const EnvelopeTreeItem *item) const;
    EnvelopeTreeItem *itemAt(const QModelIndex &index) const;
    void indexItems(EnvelopeTreeItem *item);
    QString toolTip(const EnvelopeTreeItem *item, int column) const;

    const Descriptor *m_descriptor = nullptr;
    commands::EditSession *m_session = nullptr;
    QString m_lastError;
    std::vector<xml::Element *> m_pending; // changed elements not yet applied (alive: see EditSession)
    std::unique_ptr<EnvelopeTreeItem> m_root;
    QHash<const xml::Element *, EnvelopeTreeItem *> m_byElement;
};

} // namespace ovf::items
