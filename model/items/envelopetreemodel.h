#pragma once

#include "model/items/envelopetreeitem.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace ovf {
class Descriptor;
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
// Lifetime: the model does not own the descriptor, which must outlive it or be replaced
// (setDescriptor(nullptr)) first. The document must not be edited while it is shown; the
// editing issues will replace this with change notifications.
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

    // Rebuilds the tree (a model reset); nullptr empties the model.
    void setDescriptor(const Descriptor *descriptor);
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

private:
    EnvelopeTreeItem *itemAt(const QModelIndex &index) const;
    void indexItems(EnvelopeTreeItem *item);
    QString toolTip(const EnvelopeTreeItem *item, int column) const;

    const Descriptor *m_descriptor = nullptr;
    std::unique_ptr<EnvelopeTreeItem> m_root;
    QHash<const xml::Element *, EnvelopeTreeItem *> m_byElement;
};

} // namespace ovf::items
