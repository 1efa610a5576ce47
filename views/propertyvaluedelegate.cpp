#include "views/propertyvaluedelegate.h"

#include "model/items/propertytablemodel.h"

#include <QIcon>

void PropertyValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ovf::items::PropertyTableModel::ProblemRole).toString().isEmpty())
        return;
    static const QIcon error(QStringLiteral(":/icons/error.svg"));
    option->icon = error;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(14, 14);
}
