#pragma once

#include <QStyledItemDelegate>

// Edits a property's ovf:type with a combo of the canonical OVF type names
// (ovf::allPropertyTypeNames()); a non-canonical spelling read from a file is offered too so
// opening the editor never changes the value by itself. Commits on selection.
class PropertyTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
