#include "views/propertytypedelegate.h"

#include "model/ovf/propertytype.h"

#include <QComboBox>

QWidget *PropertyTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("propertyTypeCombo"));
    combo->addItems(ovf::allPropertyTypeNames());
    connect(combo, &QComboBox::activated, this, [this, combo](int) {
        auto *self = const_cast<PropertyTypeDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void PropertyTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString type = index.data(Qt::EditRole).toString();
    int at = combo->findText(type);
    if (at < 0 && !type.isEmpty()) {
        combo->insertItem(0, type);
        at = 0;
    }
    combo->setCurrentIndex(at);
}

void PropertyTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentText(), Qt::EditRole);
}
