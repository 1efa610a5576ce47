#include "views/detailsview.h"

#include "model/ovf/xmlnode.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int GroupRole = Qt::UserRole + 1;

// An element that holds only text (rasd:ElementName, ovf:Info): shown by its value. An
// element with attributes and no text (ovf:Property, ovf:Disk) is a node of its own.
bool isSimple(const ovf::xml::Element *e)
{
    if (e->firstChildElement())
        return false;
    return !e->text().trimmed().isEmpty() || e->attributes().empty();
}

} // namespace

DetailsView::DetailsView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_location(new QLabel(this)), m_table(new QTableWidget(0, 2, this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    m_location->setForegroundRole(QPalette::PlaceholderText);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(0, 30 * m_table->fontMetrics().averageCharWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_location);
    layout->addSpacing(4);
    layout->addWidget(m_table, 1);
    retranslateUi();
    setElement(nullptr);
}

void DetailsView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    setElement(m_element);
}

void DetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void DetailsView::setElement(const ovf::xml::Element *element)
{
    m_element = element;
    m_table->setRowCount(0);
    if (!element) {
        m_title->setText(tr("Nothing selected"));
        m_location->setText(tr("Select a node in the tree to see its attributes."));
        return;
    }
    m_title->setText(element->qualifiedName());
    const ovf::xml::SourcePos pos = element->position();
    m_location->setText(pos.isValid()
                            ? element->path() + u'\n' + tr("Line %1, column %2").arg(pos.line).arg(pos.column)
                            : element->path());

    QList<const ovf::xml::Attribute *> declarations;
    bool grouped = false;
    for (const ovf::xml::Attribute &a : element->attributes()) {
        if (a.isNamespaceDeclaration()) {
            declarations << &a;
            continue;
        }
        if (!grouped)
            addGroupRow(tr("Attributes"));
        grouped = true;
        addRow(a.name->qualified, a.value, a.namespaceUri, a.value, false);
    }
    if (!declarations.isEmpty()) {
        addGroupRow(tr("Namespace declarations"));
        for (const ovf::xml::Attribute *a : declarations)
            addRow(a->name->qualified, a->value, {}, a->value, true);
    }
    grouped = false;
    for (const ovf::xml::Element *c : element->childElements()) {
        if (!isSimple(c))
            continue;
        if (!grouped)
            addGroupRow(tr("Child elements"));
        grouped = true;
        const QString text = c->text();
        QString nameTip = c->namespaceUri();
        for (const ovf::xml::Attribute &a : c->attributes())
            nameTip += u"\n"_s + a.name->qualified + u"=\""_s + a.value + u'"';
        addRow(c->qualifiedName(), text.simplified(), nameTip.trimmed(), text.trimmed(), false);
    }
    if (m_table->rowCount() == 0)
        addGroupRow(tr("No attributes"));
}

void DetailsView::addGroupRow(const QString &title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(GroupRole, true);
    item->setBackground(palette().brush(QPalette::Button));
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void DetailsView::addRow(const QString &name, const QString &value, const QString &nameToolTip,
                         const QString &valueToolTip, bool dimmed)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem(value);
    nameItem->setToolTip(nameToolTip);
    valueItem->setToolTip(valueToolTip);
    if (dimmed) {
        nameItem->setForeground(palette().brush(QPalette::PlaceholderText));
        valueItem->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, valueItem);
}

QString DetailsView::value(const QString &qualifiedName) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        if (name && !name->data(GroupRole).toBool() && name->text() == qualifiedName)
            return m_table->item(row, 1)->text();
    }
    return {};
}
