#include "views/envelopetreeview.h"

#include "model/items/envelopetreemodel.h"
#include "views/envelopeiconproxymodel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeNodeType;
using ovf::items::EnvelopeTreeModel;

EnvelopeTreeView::EnvelopeTreeView(QWidget *parent)
    : QTreeView(parent), m_proxy(new EnvelopeIconProxyModel(this))
{
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(16, 16));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setHighlightSections(false);
    header()->setDefaultSectionSize(160);
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        expandContent();
        fitColumns();
    });
}

void EnvelopeTreeView::setEnvelopeModel(EnvelopeTreeModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    expandContent();
    fitColumns();
}

ovf::xml::Element *EnvelopeTreeView::currentElement() const
{
    return currentIndex().data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
}

bool EnvelopeTreeView::selectElement(const ovf::xml::Element *element)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(element));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void EnvelopeTreeView::expandContent()
{
    expandContent(QModelIndex());
}

void EnvelopeTreeView::expandContent(const QModelIndex &parent)
{
    const int rows = m_proxy->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = m_proxy->index(r, 0, parent);
        const auto type = EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt());
        if (type == EnvelopeNodeType::VirtualSystemCollection || type == EnvelopeNodeType::VirtualSystem) {
            expand(i);
            expandContent(i);
        }
    }
}

void EnvelopeTreeView::fitColumns()
{
    // Name and Kind fit their (expanded) contents within bounds that follow the font: Kind
    // fits every standard section name, Name gets up to about 40 characters; Info stretches.
    const QFontMetrics fm = fontMetrics();
    const int padding = 3 * fm.horizontalAdvance(u'm');
    resizeColumnToContents(EnvelopeTreeModel::NameColumn);
    setColumnWidth(EnvelopeTreeModel::NameColumn,
                   std::clamp(columnWidth(EnvelopeTreeModel::NameColumn), 12 * fm.height(), 22 * fm.height()));
    resizeColumnToContents(EnvelopeTreeModel::KindColumn);
    const int kindMax = fm.horizontalAdvance(u"ResourceAllocationSection"_s) + padding;
    setColumnWidth(EnvelopeTreeModel::KindColumn,
                   std::clamp(columnWidth(EnvelopeTreeModel::KindColumn), 7 * fm.height(), kindMax));
}

void EnvelopeTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    emit currentElementChanged(current.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>());
}
