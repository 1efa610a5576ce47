#include "views/propertieseditor.h"

#include "model/commands/editsession.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/productsection.h"
#include "views/configurationvaluesdialog.h"
#include "views/propertytypedelegate.h"
#include "views/propertyvaluedelegate.h"
#include "views/qualifiersdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using ovf::items::PropertyTableModel;

PropertiesEditor::PropertiesEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent)
    : FormEditor(session, section, parent), m_model(new PropertyTableModel(session, this)), m_title(new QLabel(this)),
      m_hint(hintLabel(this)), m_toolBar(new QToolBar(this)), m_table(new QTableView(this)), m_problem(new QLabel(this))
{
    m_model->setSection(section);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_addProperty = m_toolBar->addAction(QIcon(u":/icons/property.svg"_s), QString(), this, [this] {
        const int row = currentRow();
        selectRow(m_model->insertProperty(row >= 0 ? row + 1 : -1));
    });
    m_addCategory = m_toolBar->addAction(QIcon(u":/icons/category.svg"_s), QString(), this, [this] {
        const int row = currentRow();
        selectRow(m_model->insertCategory(row >= 0 ? row + 1 : -1));
    });
    m_remove = m_toolBar->addAction(QString(), this, [this] {
        const int row = currentRow();
        m_model->removeRow(row);
        selectRow(qMin(row, m_model->rowCount() - 1));
    });
    m_toolBar->addSeparator();
    m_moveUp = m_toolBar->addAction(QString(), this, [this] {
        const int row = currentRow();
        if (m_model->moveRow(row, true))
            selectRow(row - 1);
    });
    m_moveDown = m_toolBar->addAction(QString(), this, [this] {
        const int row = currentRow();
        if (m_model->moveRow(row, false))
            selectRow(row + 1);
    });
    m_toolBar->addSeparator();
    m_qualifiers = m_toolBar->addAction(QString(), this, &PropertiesEditor::editQualifiers);
    m_configurationValues = m_toolBar->addAction(QString(), this, &PropertiesEditor::editConfigurationValues);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_addProperty->setObjectName(u"addPropertyAction"_s);
    m_addCategory->setObjectName(u"addCategoryAction"_s);
    m_remove->setObjectName(u"removePropertyAction"_s);
    m_moveUp->setObjectName(u"movePropertyUpAction"_s);
    m_moveDown->setObjectName(u"movePropertyDownAction"_s);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_remove->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_moveUp, m_moveDown, m_remove})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_table->setObjectName(u"propertyTable"_s);
    m_table->setModel(m_model);
    connect(m_model, &PropertyTableModel::editRefused, this,
            [this](const QString &reason) { report(std::unexpected(reason)); });
    m_table->setItemDelegateForColumn(PropertyTableModel::TypeColumn, new PropertyTypeDelegate(m_table));
    m_table->setItemDelegateForColumn(PropertyTableModel::ValueColumn, new PropertyValueDelegate(m_table));
    m_table->setItemDelegateForColumn(PropertyTableModel::ConfigurationValuesColumn, new PropertyValueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {PropertyTableModel::KeyColumn, 19},         {PropertyTableModel::ValueColumn, 13},
        {PropertyTableModel::ConfigurationValuesColumn, 9}, {PropertyTableModel::QualifiersColumn, 14},
        {PropertyTableModel::LabelColumn, 15},
    };
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, chars * ch);
    m_table->setColumnWidth(PropertyTableModel::TypeColumn, fontMetrics().horizontalAdvance(u"boolean"_s) + 16);
    // Keys as wide as the longest one, within reason.
    m_table->resizeColumnToContents(PropertyTableModel::KeyColumn);
    m_table->setColumnWidth(PropertyTableModel::KeyColumn,
                            std::clamp(m_table->columnWidth(PropertyTableModel::KeyColumn), 14 * ch, 22 * ch));

    m_problem->setObjectName(u"propertyProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    // Below the table, not in the toolbar (whose last buttons overflow in a narrow pane): the
    // current row's text in the Strings editor.
    m_translations = translationsButton([this] { return translatableAtCurrent(); });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_translations, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateProblem();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PropertyTableModel::ConfigurationValuesColumn)
            editConfigurationValues();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesEditor::updateSpans);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PropertiesEditor::updateSpans);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PropertiesEditor::updateSpans);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PropertiesEditor::updateSpans);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PropertiesEditor::updateSpans);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateProblem();
        updateActions();
    });

    retranslateUi();
    refresh();
    updateSpans();
}

int PropertiesEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PropertiesEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, PropertyTableModel::KeyColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void PropertiesEditor::selectElement(const ovf::xml::Element *element)
{
    selectRow(m_model->indexOf(element).row());
}

bool PropertiesEditor::focusElement(const ovf::xml::Element *target)
{
    if (!isWithin(target, element()) || target == element())
        return false;
    const ovf::xml::Element *rowElement = target;
    while (rowElement && rowElement->parent() != element())
        rowElement = rowElement->parent();
    const QModelIndex row = m_model->indexOf(rowElement);
    if (!row.isValid())
        return false;
    int column = PropertyTableModel::ValueColumn;
    if (m_model->isCategory(row.row()))
        column = PropertyTableModel::KeyColumn;
    else if (target != rowElement && target->localName() == u"Label")
        column = PropertyTableModel::LabelColumn;
    else if (target != rowElement && target->localName() == u"Description")
        column = PropertyTableModel::DescriptionColumn;
    else if (target != rowElement && target->localName() == u"Value")
        column = PropertyTableModel::ConfigurationValuesColumn;
    m_table->setCurrentIndex(m_model->index(row.row(), column));
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void PropertiesEditor::updateSpans()
{
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isCategory(row))
            m_table->setSpan(row, 0, 1, PropertyTableModel::ColumnCount);
    }
    updateActions();
    updateProblem();
}

void PropertiesEditor::updateActions()
{
    const int row = currentRow();
    const bool property = row >= 0 && !m_model->isCategory(row);
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_qualifiers->setEnabled(property);
    m_configurationValues->setEnabled(property);
    refreshTranslationsButtons();
}

ovf::xml::Element *PropertiesEditor::translatableAtCurrent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    ovf::xml::Element *row = m_model->element(m_model->index(current.row(), 0));
    if (!row || m_model->isCategory(current.row()))
        return row; // a Category is its own text (DSP0243 §9.5: Msg_Type)
    return ovf::ovfChild(row, current.column() == PropertyTableModel::DescriptionColumn ? u"Description" : u"Label");
}

void PropertiesEditor::updateProblem()
{
    const int row = currentRow();
    QString text;
    if (row >= 0 && !m_model->isCategory(row)) {
        const QString reason = m_model->problem(row);
        if (!reason.isEmpty())
            text = tr("%1: %2").arg(m_model->index(row, PropertyTableModel::KeyColumn).data().toString(), reason);
    }
    if (text.isEmpty()) {
        int invalid = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            invalid += m_model->problem(r).isEmpty() ? 0 : 1;
        if (invalid > 0)
            text = tr("Properties with invalid values (shown in red): %n", nullptr, invalid);
    }
    m_problem->setText(text);
    m_problem->setStyleSheet(text.isEmpty() ? QString() : u"color: #c62828"_s);
    m_problem->setVisible(!text.isEmpty());
}

void PropertiesEditor::editQualifiers()
{
    const int row = currentRow();
    if (row < 0 || m_model->isCategory(row))
        return;
    const QModelIndex index = m_model->index(row, PropertyTableModel::QualifiersColumn);
    QualifiersDialog dialog(m_model->index(row, PropertyTableModel::TypeColumn).data().toString(),
                            index.data(Qt::EditRole).toString(), this);
    if (dialogHook)
        dialogHook(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        m_model->setData(index, dialog.qualifiers());
}

void PropertiesEditor::editConfigurationValues()
{
    const int row = currentRow();
    if (row < 0 || m_model->isCategory(row))
        return;
    ConfigurationValuesDialog dialog(session(), m_model->element(m_model->index(row, 0)), this);
    if (dialogHook)
        dialogHook(&dialog);
    dialog.exec();
}

void PropertiesEditor::refresh()
{
    const ovf::ProductSection section(element());
    const QString product = section.product().text;
    m_title->setText(product.isEmpty() ? tr("Properties") : tr("Properties of %1").arg(product));
    const QString cls = section.className();
    const QString inst = section.instance();
    // Per-option values only mean something when the package has deployment options.
    bool perOption = !session()->descriptor().envelope().configurations().isEmpty();
    for (const ovf::Property &p : section.properties())
        perOption = perOption || !p.configurationValues().isEmpty();
    m_table->setColumnHidden(PropertyTableModel::ConfigurationValuesColumn, !perOption);
    m_configurationValues->setVisible(perOption);
    m_hint->setText(tr("Keys in the OVF environment: %1. Categories group the properties below them.")
                        .arg((cls.isEmpty() ? QString() : cls + u'.') + u"<key>"_s
                             + (inst.isEmpty() ? QString() : u'.' + inst)));
    updateProblem();
}

void PropertiesEditor::retranslateUi()
{
    m_addProperty->setText(tr("Add Property"));
    m_addCategory->setText(tr("Add Category"));
    m_remove->setText(tr("Remove"));
    m_moveUp->setText(tr("Move Up"));
    m_moveDown->setText(tr("Move Down"));
    m_qualifiers->setText(tr("Qualifiers…"));
    m_configurationValues->setText(tr("Per Configuration…"));
    m_addProperty->setToolTip(tr("Add a property after the current row"));
    m_addCategory->setToolTip(tr("Add a category heading after the current row"));
    m_qualifiers->setToolTip(tr("Edit MinLen, MaxLen, MinValue, MaxValue and ValueMap of the current property"));
    m_configurationValues->setToolTip(tr("Edit the values the current property takes per deployment option"));
    // Check box columns are as wide as their headers, the others at least as wide.
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (int column = 0; column < PropertyTableModel::DescriptionColumn; ++column) {
        const int needed = header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 18;
        const bool check = column == PropertyTableModel::UserConfigurableColumn || column == PropertyTableModel::PasswordColumn;
        m_table->setColumnWidth(column, check ? needed : qMax(needed, m_table->columnWidth(column)));
    }
    updateActions();
}
