#include "views/startupordertable.h"

#include "model/items/startuptablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>

using ovf::items::StartupTableModel;

namespace {

// A list of choices for the action columns, a spin box of seconds for the delays.
class StartupDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = index.data(StartupTableModel::ChoicesRole).toStringList();
        if (!choices.isEmpty()) {
            auto *combo = new QComboBox(parent);
            combo->addItems(choices);
            return combo;
        }
        if (index.column() == StartupTableModel::StartDelayColumn || index.column() == StartupTableModel::StopDelayColumn) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 24 * 3600);
            spin->setSuffix(QStringLiteral(" s"));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString value = index.data(Qt::EditRole).toString();
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findText(value)));
            return;
        }
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(value.toInt());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            model->setData(index, QString::number(spin->value()));
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

StartupOrderTable::StartupOrderTable(ovf::commands::EditSession *session, QWidget *parent)
    : QTableView(parent), m_model(new StartupTableModel(session, this))
{
    setObjectName(QStringLiteral("startupOrderTable"));
    setModel(m_model);
    connect(m_model, &StartupTableModel::editRefused, this, &StartupOrderTable::editRefused);
    setItemDelegate(new StartupDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDragDropOverwriteMode(false);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(StartupTableModel::EntityColumn, QHeaderView::Stretch);
    setWordWrap(false);
}

void StartupOrderTable::setSection(ovf::xml::Element *section)
{
    m_model->setSection(section);
}
