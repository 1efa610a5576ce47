#include "wizards/hardwarepage.h"

#include "views/devicedetailspanel.h"
#include "wizards/newappliancewizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = ovf::commands::DeviceSpec::Kind;
using Firmware = ovf::commands::SetFirmwareCommand::Firmware;

HardwarePage::HardwarePage(QWidget *parent)
    : QWizardPage(parent), m_cpus(new QSpinBox(this)), m_memory(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_firmware(new QComboBox(this)), m_controller(new QComboBox(this)), m_networks(new QTableWidget(0, 2, this)),
      m_addNetwork(new QPushButton(tr("Add Network"), this)), m_removeNetwork(new QPushButton(tr("Remove"), this))
{
    setTitle(tr("Hardware"));
    setSubTitle(tr("CPUs, memory, firmware, the disk controller and the networks; all of it can be changed later in "
                   "the hardware editor."));
    m_cpus->setObjectName(u"cpuSpin"_s);
    m_cpus->setRange(1, 4096);
    m_cpus->setValue(2);
    m_memory->setObjectName(u"memorySpin"_s);
    m_memory->setRange(1, 1 << 20);
    m_memory->setValue(2);
    m_unit->setObjectName(u"memoryUnit"_s);
    m_unit->addItem(tr("GiB"), 30);
    m_unit->addItem(tr("MiB"), 20);
    m_firmware->setObjectName(u"firmwareCombo"_s);
    m_firmware->addItem(tr("The template's (BIOS unless it says otherwise)"), -1);
    m_firmware->addItem(tr("BIOS"), int(Firmware::Bios));
    m_firmware->addItem(tr("UEFI"), int(Firmware::Efi));
    m_controller->setObjectName(u"controllerCombo"_s);
    m_controller->addItem(tr("The template's first controller"), QStringList{});
    m_controller->addItem(tr("IDE"), QStringList{QString::number(int(Kind::IdeController)), {}});
    m_controller->addItem(tr("SCSI (LSI Logic)"), QStringList{QString::number(int(Kind::ScsiController)), u"lsilogic"_s});
    m_controller->addItem(tr("SCSI (VMware Paravirtual)"),
                          QStringList{QString::number(int(Kind::ScsiController)), u"VirtualSCSI"_s});
    m_controller->addItem(tr("SCSI (virtio-scsi)"),
                          QStringList{QString::number(int(Kind::ScsiController)), u"virtio-scsi"_s});
    m_controller->addItem(tr("SATA (AHCI)"), QStringList{QString::number(int(Kind::SataController)), {}});
    m_controller->addItem(tr("NVMe"), QStringList{QString::number(int(Kind::NvmeController)), {}});
    m_networks->setObjectName(u"networkTable"_s);
    m_networks->setHorizontalHeaderLabels({tr("Network"), tr("Adapter type")});
    m_networks->verticalHeader()->hide();
    m_networks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_networks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_addNetwork->setObjectName(u"addNetworkButton"_s);
    m_removeNetwork->setObjectName(u"removeNetworkButton"_s);
    registerField(u"cpus"_s, m_cpus);
    registerField(u"memory"_s, m_memory);
    registerField(u"memoryUnit"_s, m_unit, "currentIndex");
    registerField(u"firmware"_s, m_firmware, "currentIndex");
    registerField(u"controller"_s, m_controller, "currentIndex");

    auto *memoryRow = new QHBoxLayout;
    memoryRow->addWidget(m_memory);
    memoryRow->addWidget(m_unit);
    memoryRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&CPUs:"), m_cpus);
    auto *memoryLabel = new QLabel(tr("&Memory:"), this);
    memoryLabel->setBuddy(m_memory); // a row holding a layout gets no buddy by itself
    form->addRow(memoryLabel, memoryRow);
    form->addRow(tr("&Firmware:"), m_firmware);
    form->addRow(tr("&Disk controller:"), m_controller);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Networks (one adapter each):"), this));
    buttons->addStretch(1);
    buttons->addWidget(m_addNetwork);
    buttons->addWidget(m_removeNetwork);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_networks, 1);
    addNetworkRow(u"VM Network"_s, {});

    connect(m_addNetwork, &QPushButton::clicked, this, [this] {
        addNetworkRow(tr("Network %1").arg(m_networks->rowCount() + 1), {});
        m_networks->editItem(m_networks->item(m_networks->rowCount() - 1, 0));
    });
    connect(m_removeNetwork, &QPushButton::clicked, this, [this] {
        if (m_networks->currentRow() >= 0)
            m_networks->removeRow(m_networks->currentRow());
        emit completeChanged();
    });
    connect(m_networks, &QTableWidget::itemChanged, this, &QWizardPage::completeChanged);
}

void HardwarePage::addNetworkRow(const QString &name, const QString &adapterType)
{
    const int row = m_networks->rowCount();
    m_networks->insertRow(row);
    m_networks->setItem(row, 0, new QTableWidgetItem(name));
    auto *type = new QComboBox(m_networks);
    type->addItem(tr("The template's"), QString());
    for (const QString &t : DeviceDetailsPanel::subTypesFor(10, {}))
        type->addItem(t, t);
    type->setCurrentIndex(std::max(0, type->findData(adapterType)));
    m_networks->setCellWidget(row, 1, type);
    emit completeChanged();
}

void HardwarePage::fillSpec(ovf::authoring::ApplianceSpec &spec) const
{
    spec.cpus = quint64(m_cpus->value());
    spec.memoryBytes = quint64(m_memory->value()) << m_unit->currentData().toInt();
    const int fw = m_firmware->currentData().toInt();
    if (fw >= 0)
        spec.firmware = Firmware(fw);
    const QStringList controller = m_controller->currentData().toStringList();
    if (!controller.isEmpty()) {
        spec.controller = Kind(controller.at(0).toInt());
        spec.controllerSubType = controller.value(1);
    }
    spec.networks.clear();
    for (int row = 0; row < m_networks->rowCount(); ++row) {
        const QString name = m_networks->item(row, 0) ? m_networks->item(row, 0)->text().trimmed() : QString();
        const auto *type = qobject_cast<QComboBox *>(m_networks->cellWidget(row, 1));
        spec.networks.append({name, type ? type->currentData().toString() : QString()});
    }
}

bool HardwarePage::isComplete() const
{
    QSet<QString> names;
    for (int row = 0; row < m_networks->rowCount(); ++row) {
        const QString name = m_networks->item(row, 0) ? m_networks->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty() || names.contains(name))
            return false; // a network needs a name, and one name is one network
        names.insert(name);
    }
    return true;
}

int HardwarePage::nextId() const
{
    return NewApplianceWizard::FormatId;
}
