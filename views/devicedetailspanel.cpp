#include "views/devicedetailspanel.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/setdevicecommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/packagereference.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;
namespace rt = ovf::commands::hwitems::rt;

DeviceDetailsPanel::DeviceDetailsPanel(cmd::EditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_form(new QFormLayout(this)), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_network(new QComboBox(this)), m_mac(new QLineEdit(this)),
      m_disk(new QComboBox(this)), m_image(new QComboBox(this)), m_controller(new QComboBox(this)),
      m_address(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(u"deviceDetails"_s);
    m_name->setObjectName(u"deviceName"_s);
    m_type->setObjectName(u"deviceType"_s);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_network->setObjectName(u"deviceNetwork"_s);
    m_mac->setObjectName(u"deviceMac"_s);
    m_disk->setObjectName(u"deviceDisk"_s);
    m_image->setObjectName(u"deviceImage"_s);
    m_controller->setObjectName(u"deviceController"_s);
    m_address->setObjectName(u"deviceAddress"_s);
    m_address->setRange(0, 63);
    m_error->setWordWrap(true);
    m_error->setObjectName(u"deviceError"_s);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(pal);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_network),
                       static_cast<QWidget *>(m_mac), static_cast<QWidget *>(m_disk), static_cast<QWidget *>(m_image),
                       static_cast<QWidget *>(m_controller), static_cast<QWidget *>(m_address)}) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        m_form->addRow(label, w);
    }
    m_form->addRow(m_error);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_item && m_name->text() != ovf::HardwareItem(m_item).elementName())
            apply({.elementName = m_name->text()});
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        if (!m_filling && m_item)
            apply({.subType = m_type->currentText().trimmed()});
    });
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_item && m_type->currentText().trimmed() != ovf::HardwareItem(m_item).resourceSubType())
            apply({.subType = m_type->currentText().trimmed()});
    });
    connect(m_network, &QComboBox::activated, this, [this] {
        if (!m_filling && m_item)
            apply({.network = m_network->currentData().toString()});
    });
    connect(m_mac, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_item && m_mac->text().trimmed() != ovf::HardwareItem(m_item).address())
            apply({.macAddress = m_mac->text().trimmed()});
    });
    connect(m_disk, &QComboBox::activated, this, [this] {
        if (!m_filling && m_item)
            setDisk(m_disk->currentData().toString());
    });
    connect(m_image, &QComboBox::activated, this, [this] {
        if (!m_filling && m_item)
            apply({.fileId = m_image->currentData().toString()});
    });
    connect(m_controller, &QComboBox::activated, this, [this] {
        if (!m_filling && m_item)
            apply({.controller = m_controller->currentData().toString()});
    });
    connect(m_address, &QSpinBox::editingFinished, this, [this] {
        if (!m_filling && m_item && QString::number(m_address->value()) != ovf::HardwareItem(m_item).addressOnParent())
            apply({.address = m_address->value()});
    });
    retranslateUi();
    setItem(nullptr);
}

QStringList DeviceDetailsPanel::subTypesFor(int resourceType, const QString &current)
{
    QStringList out;
    switch (resourceType) {
    case rt::Ethernet: out = {u"E1000"_s, u"E1000e"_s, u"VmxNet3"_s, u"PCNet32"_s, u"virtio"_s}; break;
    case rt::ScsiController:
        out = {u"lsilogic"_s, u"lsilogicsas"_s, u"VirtualSCSI"_s, u"buslogic"_s, u"virtio-scsi"_s};
        break;
    case rt::OtherStorage: out = {u"AHCI"_s, u"vmware.nvme.controller"_s}; break;
    case rt::IdeController: out = {u"PIIX4"_s, u"PIIX3"_s}; break;
    case rt::UsbController: out = {u"vmware.usb.ehci"_s, u"vmware.usb.xhci"_s}; break;
    default: break;
    }
    if (!current.isEmpty() && !out.contains(current))
        out.prepend(current);
    return out;
}

QString DeviceDetailsPanel::errorText() const
{
    return m_error->text();
}

void DeviceDetailsPanel::showRow(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void DeviceDetailsPanel::setItem(ovf::xml::Element *item)
{
    m_item = item;
    m_error->clear();
    refresh();
}

void DeviceDetailsPanel::refresh()
{
    const bool attached = m_item && cmd::FormEdits::isAttached(m_item);
    setEnabled(attached);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_network),
                       static_cast<QWidget *>(m_mac), static_cast<QWidget *>(m_disk), static_cast<QWidget *>(m_image),
                       static_cast<QWidget *>(m_controller), static_cast<QWidget *>(m_address)})
        showRow(w, false);
    if (!attached)
        return;
    m_filling = true;
    const ovf::HardwareItem item(m_item);
    const int type = item.resourceType();
    const bool nic = cmd::hwitems::isNetworkAdapter(item);
    const bool drive = type == rt::DiskDrive || type == rt::CdDrive || type == rt::DvdDrive || type == rt::Floppy;
    const ovf::Envelope envelope = m_session->descriptor().envelope();
    const ovf::xml::Element *section = m_item->parent();

    showRow(m_name, true);
    if (!m_name->hasFocus())
        m_name->setText(item.elementName());
    const QStringList subTypes = subTypesFor(nic ? rt::Ethernet : type, item.resourceSubType());
    showRow(m_type, !subTypes.isEmpty());
    m_type->clear();
    m_type->addItems(subTypes);
    m_type->setCurrentText(item.resourceSubType());

    showRow(m_network, nic);
    showRow(m_mac, nic);
    if (nic) {
        m_network->clear();
        m_network->addItem(tr("(not connected)"), QString());
        for (const ovf::Network &n : envelope.networks())
            m_network->addItem(n.name(), n.name());
        const QString connected = item.connections().value(0);
        int at = m_network->findData(connected);
        if (at < 0 && !connected.isEmpty()) {
            m_network->addItem(tr("%1 (not in the NetworkSection)").arg(connected), connected);
            at = m_network->count() - 1;
        }
        m_network->setCurrentIndex(std::max(0, at));
        if (!m_mac->hasFocus())
            m_mac->setText(item.address());
    }

    const QString host = item.hostResources().value(0);
    const ovf::PackageReference ref = ovf::parsePackageReference(host);
    showRow(m_disk, type == rt::DiskDrive);
    if (type == rt::DiskDrive) {
        m_disk->clear();
        for (const ovf::VirtualDisk &d : envelope.disks())
            m_disk->addItem(d.diskId(), d.diskId());
        int at = ref.kind == ovf::PackageReference::Kind::Disk ? m_disk->findData(ref.id) : -1;
        if (at < 0) {
            m_disk->addItem(host.isEmpty() ? tr("(none)") : host, QString());
            at = m_disk->count() - 1;
        }
        m_disk->setCurrentIndex(at);
    }
    const bool optical = type == rt::CdDrive || type == rt::DvdDrive;
    showRow(m_image, optical);
    if (optical) {
        m_image->clear();
        m_image->addItem(tr("(empty drive)"), QString());
        for (const ovf::FileReference &f : envelope.files())
            m_image->addItem(u"%1 (%2)"_s.arg(f.id(), f.href()), f.id());
        const int at = ref.kind == ovf::PackageReference::Kind::File ? m_image->findData(ref.id) : 0;
        m_image->setCurrentIndex(std::max(0, at));
    }

    showRow(m_controller, drive);
    showRow(m_address, drive);
    if (drive) {
        m_controller->clear();
        for (const ovf::HardwareItem &c : ovf::hardwareItemsIn(section)) {
            if (cmd::hwitems::isStorageController(c.resourceType()) && c.configurations().isEmpty())
                m_controller->addItem(u"%1 (%2)"_s.arg(c.elementName(), c.instanceId()), c.instanceId());
        }
        const int at = m_controller->findData(item.parentId());
        if (at < 0)
            m_controller->addItem(item.parentId().isEmpty() ? tr("(none)") : item.parentId(), item.parentId());
        m_controller->setCurrentIndex(at < 0 ? m_controller->count() - 1 : at);
        const ovf::HardwareItem controller = cmd::hwitems::deviceById(section, item.parentId());
        const QList<int> units = controller.isNull() ? QList<int>() : cmd::hwitems::unitsOf(controller);
        m_address->setRange(units.isEmpty() ? 0 : units.first(), units.isEmpty() ? 63 : units.last());
        m_address->setValue(item.addressOnParent().toInt());
    }
    m_filling = false;
}

void DeviceDetailsPanel::apply(const cmd::DeviceChanges &changes)
{
    if (auto pushed = m_session->push(cmd::SetDeviceCommand::create(m_session, m_item, changes)); !pushed) {
        m_error->setText(pushed.error());
        refresh();
        return;
    }
    m_error->clear();
}

void DeviceDetailsPanel::setDisk(const QString &diskId)
{
    if (diskId.isEmpty())
        return;
    auto macro = std::make_unique<cmd::Command>(m_session);
    macro->setText(tr("Attach disk %1 to %2").arg(diskId, ovf::HardwareItem(m_item).elementName()));
    auto changed = cmd::hwitems::setField(m_session, m_item, u"HostResource", u"ovf:/disk/"_s + diskId, macro.get());
    if (!changed) {
        m_error->setText(changed.error());
        refresh();
        return;
    }
    if (!*changed)
        return;
    if (auto pushed = m_session->push(cmd::Made<cmd::Command>(std::move(macro))); !pushed) {
        m_error->setText(pushed.error());
        refresh();
    }
}

void DeviceDetailsPanel::retranslateUi()
{
    const std::pair<QWidget *, QString> labels[] = {
        {m_name, tr("Name:")},       {m_type, tr("Type:")},         {m_network, tr("Network:")},
        {m_mac, tr("MAC address:")}, {m_disk, tr("Disk:")},         {m_image, tr("Image:")},
        {m_controller, tr("Controller:")}, {m_address, tr("Address:")}};
    for (const auto &[w, text] : labels) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(w)))
            l->setText(text);
    }
    m_mac->setPlaceholderText(tr("assigned at deployment"));
    m_type->setToolTip(tr("ResourceSubType: the adapter or controller model the platform emulates"));
}

void DeviceDetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
