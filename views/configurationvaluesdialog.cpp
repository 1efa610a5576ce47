#include "views/configurationvaluesdialog.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/productsection.h"
#include "model/ovf/propertytype.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

namespace {
enum Column { IdColumn, LabelColumn, ValueColumn, CheckColumn };
}

ConfigurationValuesDialog::ConfigurationValuesDialog(ovf::commands::EditSession *session, ovf::xml::Element *property,
                                                     QWidget *parent)
    : QDialog(parent), m_session(session), m_property(property), m_intro(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this))
{
    m_intro->setWordWrap(true);
    m_table->setObjectName(u"configurationValuesTable"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    const ovf::Property p(property);
    QStringList ids;
    for (const ovf::Configuration &c : session->descriptor().envelope().configurations()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *id = new QTableWidgetItem(c.id());
        id->setFlags(Qt::ItemIsEnabled);
        if (c.isDefault()) {
            QFont f = id->font();
            f.setBold(true);
            id->setFont(f);
        }
        auto *label = new QTableWidgetItem(c.label().text);
        label->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, LabelColumn, label);
        QString value;
        for (const ovf::ConfigurationValue &cv : p.configurationValues()) {
            if (cv.configurations.contains(c.id()))
                value = cv.value;
        }
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, CheckColumn, check);
        checkRow(row);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfigurationValuesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ValueColumn)
            checkRow(item->row());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 320);
    retranslateUi();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ValueColumn, qMax(m_table->columnWidth(ValueColumn), 160));
}

void ConfigurationValuesDialog::checkRow(int row)
{
    QTableWidgetItem *check = m_table->item(row, CheckColumn);
    const QTableWidgetItem *value = m_table->item(row, ValueColumn);
    if (!check || !value)
        return;
    const ovf::Property p(m_property);
    QString reason;
    if (!value->text().isEmpty()) {
        const auto type = ovf::parsePropertyType(p.type());
        const auto qualifiers = ovf::parseQualifiers(p.qualifiers());
        if (type && qualifiers) {
            const ovf::ValueCheck c = ovf::checkPropertyValue(type->type, *qualifiers, value->text());
            reason = c.reason;
        }
    }
    const QSignalBlocker block(m_table);
    check->setText(reason);
    check->setForeground(QColor(0xc6, 0x28, 0x28));
}

bool ConfigurationValuesDialog::apply()
{
    QList<std::pair<QString, QString>> values;
    for (int row = 0; row < m_table->rowCount(); ++row)
        values.append({m_table->item(row, IdColumn)->text(), m_table->item(row, ValueColumn)->text()});
    const auto applied = FormEdits::setConfigurationValues(
        m_session, m_property, values, tr("Set per-configuration values of %1").arg(ovf::Property(m_property).key()));
    if (!applied)
        QMessageBox::warning(this, windowTitle(), applied.error());
    return applied.has_value();
}

void ConfigurationValuesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void ConfigurationValuesDialog::retranslateUi()
{
    const ovf::Property p(m_property);
    setWindowTitle(tr("Values per deployment option: %1").arg(p.key()));
    m_intro->setText(tr("A value here replaces the default value (%1) when that deployment option is chosen. "
                        "Leave it empty to use the default.")
                         .arg(p.hasValue() ? p.value() : tr("none")));
    m_table->setHorizontalHeaderLabels({tr("Deployment option"), tr("Label"), tr("Value"), tr("Check")});
}

void ConfigurationValuesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
