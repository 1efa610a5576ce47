#pragma once

#include <QStyledItemDelegate>

// Draws an error icon in front of a property value that PropertyTableModel reports a problem
// for (ProblemRole), so an invalid value stays visible when its row is selected.
class PropertyValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
