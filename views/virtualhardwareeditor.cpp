#include "views/virtualhardwareeditor.h"

#include "model/commands/adddevicecommand.h"
#include "model/commands/editsession.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/removedevicecommand.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/items/hardwaredevicemodel.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/ovf/descriptor.h"
#include "views/devicedetailspanel.h"
#include "views/envelopeiconproxymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;
using Kind = cmd::DeviceSpec::Kind;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setWordWrap(false);
    return t;
}

} // namespace

VirtualHardwareEditor::VirtualHardwareEditor(cmd::EditSession *session, ovf::xml::Element *section, QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)), m_systemType(new QComboBox(this)),
      m_firmware(new QComboBox(this)), m_quantities(makeTable(this, u"quantityTable"_s)),
      m_quantityModel(new ovf::items::HardwareQuantityModel(session, this)), m_bounds(new QCheckBox(this)),
      m_devices(makeTable(this, u"deviceTable"_s)), m_deviceModel(new ovf::items::HardwareDeviceModel(session, this)),
      m_details(new DeviceDetailsPanel(session, this)), m_add(new QPushButton(this)), m_addDisk(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_message(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_systemType->setObjectName(u"systemTypeCombo"_s);
    m_systemType->setEditable(true);
    m_systemType->setInsertPolicy(QComboBox::NoInsert);
    m_systemType->addItems(commonSystemTypes());
    m_firmware->setObjectName(u"firmwareCombo"_s);
    m_firmware->addItem(QString(), u"bios"_s);
    m_firmware->addItem(QString(), u"efi"_s);
    m_bounds->setObjectName(u"boundsCheck"_s);
    m_add->setObjectName(u"addDeviceButton"_s);
    m_addDisk->setObjectName(u"addDiskButton"_s);
    m_remove->setObjectName(u"removeDeviceButton"_s);
    m_message->setObjectName(u"hardwareMessage"_s);

    m_quantityModel->setSection(section);
    m_quantities->setModel(m_quantityModel);
    m_quantities->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_quantities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deviceModel->setSection(section);
    m_devices->setModel(m_deviceModel);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *system = new QFormLayout;
    system->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(system, m_systemType);
    addFormRow(system, m_firmware);

    auto *quantityBox = new QGroupBox(this);
    quantityBox->setObjectName(u"quantityBox"_s);
    auto *qLayout = new QVBoxLayout(quantityBox);
    qLayout->addWidget(m_quantities);
    qLayout->addWidget(m_bounds);

    auto *deviceBox = new QGroupBox(this);
    deviceBox->setObjectName(u"deviceBox"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addDisk);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *split = new QSplitter(Qt::Vertical, deviceBox);
    split->addWidget(m_devices);
    split->addWidget(m_details);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *dLayout = new QVBoxLayout(deviceBox);
    dLayout->addLayout(buttons);
    dLayout->addWidget(split, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(system);
    layout->addWidget(quantityBox);
    layout->addWidget(deviceBox, 1);
    layout->addWidget(m_message);

    auto *addMenu = new QMenu(m_add);
    addMenu->setObjectName(u"addDeviceMenu"_s);
    const std::pair<Kind, QString> kinds[] = {
        {Kind::NetworkAdapter, u"ethernet"_s}, {Kind::CdDrive, u"optical"_s},     {Kind::ScsiController, u"controller"_s},
        {Kind::SataController, u"controller"_s}, {Kind::NvmeController, u"controller"_s},
        {Kind::IdeController, u"controller"_s},  {Kind::UsbController, u"controller"_s}, {Kind::SerialPort, u"chip"_s}};
    for (const auto &[kind, icon] : kinds) {
        QAction *a = addMenu->addAction(EnvelopeIconProxyModel::icon(icon), cmd::AddDeviceCommand::kindName(kind));
        a->setObjectName(u"addDevice_%1"_s.arg(int(kind)));
        connect(a, &QAction::triggered, this, [this, kind] { addDevice(int(kind)); });
    }
    m_add->setMenu(addMenu);

    connect(m_quantityModel, &ovf::items::HardwareQuantityModel::editRefused, this, &VirtualHardwareEditor::showMessage);
    connect(m_bounds, &QCheckBox::toggled, m_quantityModel, &ovf::items::HardwareQuantityModel::setShowBounds);
    connect(m_devices->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (m_filling)
            return;
        m_selected = m_deviceModel->element(i);
        m_details->setItem(m_selected);
        m_remove->setEnabled(m_selected != nullptr);
    });
    connect(m_deviceModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected device across the model's resets (every document change).
        const int row = m_deviceModel->rowOf(m_selected);
        m_filling = true;
        if (row >= 0)
            m_devices->selectRow(row);
        m_filling = false;
        m_details->setItem(row >= 0 ? m_selected : nullptr);
        m_remove->setEnabled(row >= 0);
    });
    connect(m_systemType, &QComboBox::activated, this, [this] { commitSystemType(m_systemType->currentText()); });
    connect(m_systemType->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commitSystemType(m_systemType->currentText()); });
    connect(m_firmware, &QComboBox::activated, this, [this] {
        if (m_filling)
            return;
        const auto fw = m_firmware->currentData().toString() == u"efi" ? cmd::SetFirmwareCommand::Firmware::Efi
                                                                         : cmd::SetFirmwareCommand::Firmware::Bios;
        if (auto pushed = this->session()->push(cmd::SetFirmwareCommand::create(this->session(), element(), fw)); !pushed)
            showMessage(pushed.error());
    });
    connect(m_addDisk, &QPushButton::clicked, this, [this] {
        if (ovf::xml::Element *system = element()->parent())
            emit addDiskRequested(system);
    });
    connect(m_remove, &QPushButton::clicked, this, &VirtualHardwareEditor::removeDevice);
    retranslateUi();
    refresh();
}

QStringList VirtualHardwareEditor::commonSystemTypes()
{
    return {u"vmx-07"_s,  u"vmx-10"_s,         u"vmx-13"_s,    u"vmx-14"_s, u"vmx-15"_s,
            u"vmx-17"_s,  u"vmx-19"_s,         u"vmx-21"_s,    u"qemu-pc"_s, u"qemu-q35"_s,
            u"virtualbox-2.2"_s, u"xen-3.0-unknown"_s};
}

QString VirtualHardwareEditor::message() const
{
    return m_message->text();
}

void VirtualHardwareEditor::showMessage(const QString &text)
{
    m_message->setText(text);
}

void VirtualHardwareEditor::commitSystemType(const QString &type)
{
    if (m_filling)
        return;
    const QString value = type.trimmed();
    ovf::xml::Element *system = ovf::VirtualHardwareSection(element()).systemElement();
    if (!system) {
        showMessage(tr("This section has no System element to hold the system type; add it in the XML view."));
        return;
    }
    if (value == ovf::VirtualHardwareSection(element()).virtualSystemType())
        return;
    auto macro = std::make_unique<cmd::Command>(session());
    macro->setText(tr("Set the system type to %1").arg(value));
    auto changed = cmd::hwitems::setField(session(), system, u"VirtualSystemType",
                                          value.isEmpty() ? std::nullopt : std::optional<QString>(value), macro.get());
    if (!changed) {
        showMessage(changed.error());
        return;
    }
    if (!*changed)
        return;
    if (auto pushed = session()->push(cmd::Made<cmd::Command>(std::move(macro))); !pushed)
        showMessage(pushed.error());
}

void VirtualHardwareEditor::addDevice(int kind)
{
    cmd::DeviceSpec spec;
    spec.kind = Kind(kind);
    if (spec.kind == Kind::NetworkAdapter) {
        const QList<ovf::Network> networks = session()->descriptor().envelope().networks();
        if (!networks.isEmpty())
            spec.network = networks.constFirst().name();
    }
    auto made = cmd::AddDeviceCommand::create(session(), element(), spec);
    if (!made) {
        showMessage(made.error());
        return;
    }
    // Selected before the push: the rebuild it starts selects the new device.
    ovf::xml::Element *previous = m_selected;
    m_selected = (*made)->item();
    if (auto pushed = session()->push(std::move(made)); !pushed) {
        m_selected = previous;
        showMessage(pushed.error());
        return;
    }
    showMessage(QString());
}

void VirtualHardwareEditor::removeDevice()
{
    if (!m_selected)
        return;
    auto made = cmd::RemoveDeviceCommand::create(session(), m_selected);
    if (!made) {
        showMessage(made.error());
        return;
    }
    ovf::xml::Element *previous = m_selected;
    m_selected = nullptr;
    if (auto pushed = session()->push(std::move(made)); !pushed) {
        m_selected = previous;
        showMessage(pushed.error());
        return;
    }
    showMessage(QString());
}

bool VirtualHardwareEditor::selectDevice(const ovf::xml::Element *item)
{
    const int row = m_deviceModel->rowOf(item);
    if (row < 0)
        return false;
    m_devices->selectRow(row);
    m_devices->setCurrentIndex(m_deviceModel->index(row, 0));
    return true;
}

bool VirtualHardwareEditor::focusElement(const ovf::xml::Element *target)
{
    for (const ovf::xml::Element *e = target; e; e = e->parent()) {
        if (e->parent() == element() && selectDevice(e)) {
            m_devices->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (!isWithin(target, element()))
        return false;
    m_quantities->setFocus(Qt::OtherFocusReason);
    return true;
}

void VirtualHardwareEditor::refresh()
{
    m_filling = true;
    const ovf::VirtualHardwareSection hw(element());
    if (!m_systemType->lineEdit()->hasFocus())
        m_systemType->setEditText(hw.virtualSystemType());
    const QString fw = cmd::SetFirmwareCommand::firmwareOf(element());
    m_firmware->setCurrentIndex(fw == u"efi" ? 1 : 0);
    m_firmware->setItemText(0, fw.isEmpty() ? tr("BIOS (not stated: the platform's default)") : tr("BIOS"));
    m_filling = false;
    m_details->refresh();
}

void VirtualHardwareEditor::retranslateUi()
{
    m_title->setText(tr("Virtual hardware"));
    const std::pair<QWidget *, QString> labels[] = {{m_systemType, tr("System type:")}, {m_firmware, tr("Firmware:")}};
    for (QLabel *l : findChildren<QLabel *>()) {
        for (const auto &[w, text] : labels) {
            if (l->buddy() == w)
                l->setText(text);
        }
    }
    m_systemType->setToolTip(tr("VirtualSystemType: the platforms this hardware is made for (e.g. vmx-13 for VMware "
                                "hardware version 13, qemu-pc for QEMU/KVM); several may be listed with spaces"));
    m_firmware->setItemText(1, tr("UEFI"));
    if (auto *box = findChild<QGroupBox *>(u"quantityBox"_s))
        box->setTitle(tr("CPU and memory (double-click a value to change it)"));
    if (auto *box = findChild<QGroupBox *>(u"deviceBox"_s))
        box->setTitle(tr("Devices"));
    m_bounds->setText(tr("Show ranges (ovf:bound minimum and maximum)"));
    m_add->setText(tr("Add Device"));
    m_addDisk->setText(tr("Add Disk…"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected device (all its per-option Items)"));
}
