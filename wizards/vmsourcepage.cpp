#include "wizards/vmsourcepage.h"

#include "model/vmexport/exportplan.h"
#include "wizards/libvirtconnectionhistory.h"
#include "wizards/vmexportsession.h"
#include "model/ovf/units.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = VmExportSession::DomainInfo::State;

namespace {
enum Column { NameColumn, StateColumn, CpuColumn, MemoryColumn, DiskColumn };
}

VmSourcePage::VmSourcePage(VmExportSession *session, int singleNextId, int severalNextId, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_singleNextId(singleNextId), m_severalNextId(severalNextId),
      m_connection(new QComboBox(this)), m_list(new QPushButton(tr("&List Machines"), this)),
      m_domains(new QTreeWidget(this)), m_status(new QLabel(this))
{
    setTitle(tr("Virtual machine"));
    setSubTitle(tr("Choose a libvirt connection and the shut-off machines that become the appliance. Several machines "
                   "become a collection started in the order chosen."));
    m_connection->setObjectName(u"connectionCombo"_s);
    m_connection->setEditable(true);
    m_connection->setInsertPolicy(QComboBox::NoInsert);
    m_connection->addItems(LibvirtConnectionHistory::uris());
    m_connection->lineEdit()->setPlaceholderText(tr("qemu:///system, qemu+ssh://user@host/system, …"));
    m_list->setObjectName(u"listMachinesButton"_s);
    m_domains->setObjectName(u"domainTree"_s);
    m_domains->setRootIsDecorated(false);
    m_domains->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_domains->setHeaderLabels({tr("Machine"), tr("State"), tr("vCPUs"), tr("Memory"), tr("Disks")});
    m_domains->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {StateColumn, CpuColumn, MemoryColumn, DiskColumn})
        m_domains->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_status->setObjectName(u"sourceStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_connection, 1);
    row->addWidget(m_list);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Connection:"), this);
    label->setBuddy(m_connection);
    form->addRow(label, row);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_domains, 1);
    layout->addWidget(m_status);

    connect(m_list, &QPushButton::clicked, this, &VmSourcePage::listDomains);
    connect(m_connection->lineEdit(), &QLineEdit::returnPressed, this, &VmSourcePage::listDomains);
    connect(m_connection, &QComboBox::activated, this, &VmSourcePage::listDomains);
    connect(m_domains, &QTreeWidget::itemSelectionChanged, this, &VmSourcePage::selectionChanged);
    connect(session, &VmExportSession::listingStarted, this, [this] {
        m_domains->clear();
        setStatus(tr("Asking %1 for its machines…").arg(m_session->uri()), false);
        emit completeChanged();
    });
    connect(session, &VmExportSession::listed, this, &VmSourcePage::showDomains);
    connect(session, &VmExportSession::planningStarted, this, [this] {
        setStatus(tr("Reading the definition and disks of %1…").arg(m_session->plannedDomains().join(u", "_s)), false);
        emit completeChanged();
    });
    connect(session, &VmExportSession::planned, this, &VmSourcePage::showPlan);
}

void VmSourcePage::initializePage()
{
    if (m_session->uri().isEmpty())
        listDomains();
}

void VmSourcePage::listDomains()
{
    const QString uri = m_connection->currentText().trimmed();
    if (uri.isEmpty()) {
        setStatus(tr("Enter a libvirt connection URI."), true);
        return;
    }
    m_refusal.clear();
    m_session->listDomains(uri);
}

void VmSourcePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void VmSourcePage::showDomains()
{
    m_domains->clear();
    if (!m_session->listError().isEmpty()) {
        setStatus(tr("The machines of %1 could not be listed: %2").arg(m_session->uri(), m_session->listError()), true);
        emit completeChanged();
        return;
    }
    LibvirtConnectionHistory::remember(m_session->uri());
    const QLocale locale;
    for (const VmExportSession::DomainInfo &d : m_session->domains()) {
        auto *item = new QTreeWidgetItem(m_domains);
        item->setText(NameColumn, d.title.isEmpty() ? d.name : tr("%1 (%2)").arg(d.name, d.title));
        item->setData(NameColumn, Qt::UserRole, d.name);
        item->setText(StateColumn, ovf::deploy::LibvirtConnection::stateName(d.state));
        item->setData(StateColumn, Qt::UserRole, int(d.state));
        item->setText(CpuColumn, QString::number(d.vcpus));
        item->setText(MemoryColumn, ovf::formatByteSize(d.memoryBytes, locale));
        item->setText(DiskColumn, d.diskBytes < 0 ? tr("unknown")
                                                  : ovf::formatByteSize(quint64(d.diskBytes), locale));
        if (d.state != State::ShutOff)
            item->setForeground(StateColumn, QColor(0xb0, 0x00, 0x20));
    }
    setStatus(m_session->domains().isEmpty() ? tr("%1 has no machines.").arg(m_session->uri())
                                             : tr("Choose one or more shut-off machines."),
              false);
    emit completeChanged();
}

QStringList VmSourcePage::selectedDomains() const
{
    // In the order shown (sorted by name), which is also the collection's start order.
    QStringList names;
    for (int i = 0; i < m_domains->topLevelItemCount(); ++i) {
        if (m_domains->topLevelItem(i)->isSelected())
            names.append(m_domains->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString());
    }
    return names;
}

void VmSourcePage::selectDomains(const QStringList &names)
{
    m_domains->clearSelection();
    for (int i = 0; i < m_domains->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_domains->topLevelItem(i);
        if (names.contains(item->data(NameColumn, Qt::UserRole).toString()))
            item->setSelected(true);
    }
}

void VmSourcePage::selectionChanged()
{
    m_refusal.clear();
    const QStringList names = selectedDomains();
    if (names.isEmpty()) {
        m_session->clearPlan();
        setStatus(tr("Choose one or more shut-off machines."), false);
        emit completeChanged();
        return;
    }
    for (int i = 0; i < m_domains->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_domains->topLevelItem(i);
        if (!item->isSelected() || State(item->data(StateColumn, Qt::UserRole).toInt()) == State::ShutOff)
            continue;
        // Refused here already (the planner refuses it too): no silent pausing.
        m_refusal = ovf::vmexport::ExportPlanner::notShutOffMessage(item->data(NameColumn, Qt::UserRole).toString(),
                                                                   item->text(StateColumn), m_session->uri());
        m_session->clearPlan();
        setStatus(m_refusal, true);
        emit completeChanged();
        return;
    }
    m_session->planExport(names);
}

void VmSourcePage::showPlan()
{
    if (!m_session->planError().isEmpty()) {
        setStatus(m_session->planError(), true);
    } else if (const auto &plan = m_session->plan()) {
        QStringList lines;
        lines << tr("Disks to export: %1").arg(plan->disks.size());
        for (const QString &d : plan->dropped)
            lines << tr("Dropped (no OVF equivalent): %1").arg(d);
        for (const QString &n : plan->notes)
            lines << tr("Note: %1").arg(n);
        setStatus(lines.join(u'\n'), false);
    }
    emit completeChanged();
}

bool VmSourcePage::isComplete() const
{
    return m_refusal.isEmpty() && !m_session->isPlanning() && m_session->plan().has_value()
        && m_session->plannedDomains() == selectedDomains();
}

int VmSourcePage::nextId() const
{
    return selectedDomains().size() > 1 ? m_severalNextId : m_singleNextId;
}
