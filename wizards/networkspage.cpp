#include "wizards/networkspage.h"

#include "model/deploy/plancheck.h"
#include "wizards/deploysession.h"
#include "wizards/targetinventory.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NetworksPage::NetworksPage(DeploySession *session, TargetInventory *inventory, QWidget *parent)
    : DeployPage(DeployPageId::Networks, session, parent), m_inventory(inventory)
{
    setTitle(tr("Networks"));
    setSubTitle(tr("Connect each network of the appliance to a network of the target."));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"networkTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Network in the package"), tr("Description"), tr("Connect to")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(2, 260);
    m_table->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"networkStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    // New package or loaded answers: the combos start again from the plan.
    connect(session, &DeploySession::packageChanged, this, [this] { m_table->setRowCount(0); });
    connect(inventory, &TargetInventory::started, this, [this] {
        m_status->setText(tr("Asking the target for its networks…"));
    });
    connect(inventory, &TargetInventory::ready, this, [this] {
        if (isVisible())
            fill();
    });
}

bool NetworksPage::isNeeded() const
{
    return !ovf::deploy::checkPlan(session()->envelope(), session()->plan()).ovfNetworks.isEmpty();
}

QComboBox *NetworksPage::targetCombo(const QString &ovfNetwork) const
{
    const qsizetype row = m_ovfNetworks.indexOf(ovfNetwork);
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(m_table->cellWidget(int(row), 2));
}

void NetworksPage::initializePage()
{
    m_inventory->request(session()->plan());
    fill();
}

void NetworksPage::fill()
{
    using ovf::deploy::Plan;
    const ovf::Envelope envelope = session()->envelope();
    const bool folder = session()->plan().backend == ovf::deploy::BackendKind::Folder;
    const bool ready = m_inventory->hasResult();
    const TargetInventory::Result &r = m_inventory->result();
    // The defaults checkPlan() applies for this target when the operator leaves a network
    // unmapped (vCloud Director's "none", the only network, user-mode networking).
    Plan unmapped = session()->plan();
    unmapped.networks.clear();
    const ovf::deploy::PlanCheck defaults = ovf::deploy::checkPlan(envelope, unmapped, m_inventory->facts());
    m_ovfNetworks = defaults.ovfNetworks;

    QStringList active;
    for (const ovf::deploy::TargetNetwork &n : r.networks) {
        if (n.active)
            active.append(n.name);
    }
    QString status;
    if (!ready)
        status = tr("Asking the target for its networks…");
    else if (!r.error.isEmpty())
        status = tr("The target's networks could not be listed: %1").arg(r.error);
    else if (folder)
        status = tr("The script will attach the machines to these libvirt networks; type any name.");
    else if (r.networks.isEmpty())
        status = tr("The target has no virtual network (a freshly installed host often has none). The adapters "
                    "use QEMU's user-mode networking: the guest reaches outside networks through the host, but "
                    "nothing outside can reach the guest. Choose \"not connected\" to leave an adapter "
                    "unplugged, or define a network on the host (virsh net-define, net-start) and go back.");
    else if (active.size() == 1)
        status = tr("The target has one network, %1: every network of the appliance is connected to it unless "
                    "you choose otherwise.").arg(active.constFirst());
    else
        status = tr("Networks available: %1.").arg(r.networks.size());
    m_status->setText(status);

    m_table->setRowCount(int(m_ovfNetworks.size()));
    const QMap<QString, QString> &given = session()->plan().networks;
    for (int row = 0; row < m_ovfNetworks.size(); ++row) {
        const QString &name = m_ovfNetworks.at(row);
        QString description;
        for (const ovf::Network &n : envelope.networks()) {
            if (n.name() == name)
                description = session()->texts().text(n.description()).simplified();
        }
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(description));
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        // What the operator picked stays; until then the plan's value or the target's default
        // (which may change once the inventory has answered).
        const bool picked = combo && combo->property("picked").toBool() && combo->currentIndex() >= 0;
        const QString previous = picked ? combo->currentData().toString() : given.value(name, defaults.networks.value(name));
        if (!combo) {
            combo = new QComboBox;
            combo->setObjectName(u"target_%1"_s.arg(name));
            m_table->setCellWidget(row, 2, combo);
            connect(combo, &QComboBox::currentTextChanged, this, &NetworksPage::completeChanged);
            connect(combo, &QComboBox::activated, combo, [combo] { combo->setProperty("picked", true); });
        }
        combo->blockSignals(true);
        combo->clear();
        combo->setEditable(folder);
        for (const ovf::deploy::TargetNetwork &n : r.networks) {
            combo->addItem(n.active ? n.name : tr("%1 (inactive)").arg(n.name), n.name);
            combo->setItemData(combo->count() - 1, n.detail, Qt::ToolTipRole);
        }
        // Always choices, whatever the target has.
        combo->addItem(ovf::deploy::networkTargetLabel(Plan::notConnected.toString()), Plan::notConnected.toString());
        combo->setItemData(combo->count() - 1, tr("The adapter is present but its link is down"), Qt::ToolTipRole);
        combo->addItem(ovf::deploy::networkTargetLabel(Plan::userNetworking.toString()), Plan::userNetworking.toString());
        combo->setItemData(combo->count() - 1, tr("QEMU user-mode networking: outgoing connections through the host"),
                           Qt::ToolTipRole);
        int index = combo->findData(previous);
        if (index < 0 && !previous.isEmpty() && folder) {
            combo->addItem(previous, previous);
            index = combo->count() - 1;
        }
        if (index < 0)
            index = combo->findData(u"default"_s);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        combo->blockSignals(false);
    }
    m_table->resizeRowsToContents();
    emit completeChanged();
}

bool NetworksPage::isComplete() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        if (!combo || combo->currentText().trimmed().isEmpty())
            return false;
    }
    return m_inventory->hasResult() || session()->plan().backend == ovf::deploy::BackendKind::Folder;
}

bool NetworksPage::validatePage()
{
    QMap<QString, QString> map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        const QVariant data = combo->currentData();
        const QString text = combo->currentText().trimmed();
        // An editable combo's text is what the operator typed; its data, when the text is
        // still that of the item, is the network's name without the "(inactive)" note.
        map.insert(m_ovfNetworks.at(row),
                   data.isValid() && combo->itemText(combo->currentIndex()) == text ? data.toString() : text);
    }
    session()->plan().networks = map;
    return true;
}
