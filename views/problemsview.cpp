#include "views/problemsview.h"

#include "views/envelopeiconproxymodel.h"

#include <QEvent>
#include <QHeaderView>

using namespace Qt::StringLiterals;
using ovf::validation::Problem;
using ovf::validation::Severity;

namespace {

constexpr int SeverityRole = ProblemsView::ElementRole + 1;

} // namespace

ProblemsView::ProblemsView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setHighlightSections(false);
    const QFontMetrics fm = fontMetrics();
    const int padding = 2 * fm.horizontalAdvance(u'm');
    setColumnWidth(SeverityColumn, fm.horizontalAdvance(u"Warning"_s) + iconSize().width() + 2 * padding);
    setColumnWidth(RuleColumn, fm.horizontalAdvance(u"property-value-out-of-range"_s) + padding);
    setColumnWidth(LocationColumn, fm.horizontalAdvance(u"00000:000"_s) + padding);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, SeverityRole).isValid())
            emit problemActivated(reinterpret_cast<const ovf::xml::Element *>(item->data(0, ElementRole).value<quintptr>()));
    });
    retranslateUi();
}

QIcon ProblemsView::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error: return EnvelopeIconProxyModel::icon(u"error"_s);
    case Severity::Warning: return EnvelopeIconProxyModel::icon(u"warning"_s);
    case Severity::Info: return EnvelopeIconProxyModel::icon(u"info"_s);
    }
    return {};
}

QString ProblemsView::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
    }
    return {};
}

void ProblemsView::setProblems(const QList<Problem> &problems)
{
    clear();
    m_problemCount = int(problems.size());
    QList<QTreeWidgetItem *> items;
    items.reserve(problems.size());
    for (const Problem &p : problems) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(p.severity));
        item->setText(SeverityColumn, severityText(p.severity));
        item->setData(0, SeverityRole, int(p.severity));
        item->setData(0, ElementRole, QVariant::fromValue(reinterpret_cast<quintptr>(p.location.element)));
        item->setText(RuleColumn, p.ruleId);
        item->setText(MessageColumn, p.message);
        item->setToolTip(MessageColumn, p.message);
        const ovf::xml::SourcePos pos = p.location.position;
        item->setText(LocationColumn, pos.isValid() ? pos.toString() : QString());
        item->setToolTip(LocationColumn, p.location.path);
        items << item;
    }
    addTopLevelItems(items);
}

void ProblemsView::showStatus(const QIcon &icon, const QString &text)
{
    clear();
    m_problemCount = 0;
    auto *item = new QTreeWidgetItem;
    item->setIcon(0, icon);
    item->setText(0, text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    addTopLevelItem(item);
    item->setFirstColumnSpanned(true);
    setCurrentItem(nullptr); // no focus frame on a line that cannot be chosen
}

void ProblemsView::retranslateUi()
{
    setHeaderLabels({tr("Severity"), tr("Rule"), tr("Message"), tr("Location")});
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const QVariant s = item->data(0, SeverityRole);
        if (s.isValid())
            item->setText(SeverityColumn, severityText(Severity(s.toInt())));
    }
}

void ProblemsView::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
