#include "views/addnetworkadapterdialog.h"

#include "model/commands/adddevicecommand.h"
#include "model/commands/addnetworkcommand.h"
#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"
#include "views/devicedetailspanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

AddNetworkAdapterDialog::AddNetworkAdapterDialog(cmd::EditSession *session, ovf::xml::Element *virtualSystem,
                                                 QWidget *parent)
    : QDialog(parent), m_session(session),
      m_section(ovf::Entity(virtualSystem).section(ovf::SectionKind::VirtualHardware).element()),
      m_network(new QComboBox(this)), m_type(new QComboBox(this)), m_mac(new QLineEdit(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addNetworkAdapterDialog"_s);
    setWindowTitle(tr("Add Network Adapter to %1").arg(ovf::Entity(virtualSystem).displayName()));
    m_network->setObjectName(u"networkCombo"_s);
    m_network->setEditable(true);
    m_network->setInsertPolicy(QComboBox::NoInsert);
    for (const ovf::Network &n : session->descriptor().envelope().networks())
        m_network->addItem(n.name());
    if (m_network->count() == 0)
        m_network->setEditText(u"VM Network"_s);
    m_network->setToolTip(tr("Pick a network of the appliance, or type a new name to add one"));
    m_type->setObjectName(u"adapterTypeCombo"_s);
    m_type->setEditable(true);
    m_type->addItems(DeviceDetailsPanel::subTypesFor(10, {}));
    m_mac->setObjectName(u"macField"_s);
    m_mac->setPlaceholderText(tr("assigned at deployment"));
    m_error->setObjectName(u"addNicError"_s);
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(pal);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Network:"), m_network);
    form->addRow(tr("Adapter type:"), m_type);
    form->addRow(tr("MAC address:"), m_mac);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(460, 220);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddNetworkAdapterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_section) {
        m_error->setText(tr("This virtual system has no VirtualHardwareSection to add an adapter to."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

QString AddNetworkAdapterDialog::errorText() const
{
    return m_error->text();
}

void AddNetworkAdapterDialog::accept()
{
    const QString network = m_network->currentText().trimmed();
    bool known = false;
    for (const ovf::Network &n : m_session->descriptor().envelope().networks())
        known = known || n.name() == network;
    // With a new network, adding it and the adapter is one undo step; a refused adapter takes
    // the network back.
    const bool adds = !known && !network.isEmpty();
    const auto steps = [&]() -> std::expected<void, QString> {
        if (adds) {
            if (auto added = m_session->push(cmd::AddNetworkCommand::create(m_session, network)); !added)
                return added;
        }
        cmd::DeviceSpec spec;
        spec.kind = cmd::DeviceSpec::Kind::NetworkAdapter;
        spec.network = network;
        spec.subType = m_type->currentText().trimmed();
        spec.macAddress = m_mac->text().trimmed();
        auto made = cmd::AddDeviceCommand::create(m_session, m_section, spec);
        if (!made)
            return std::unexpected(made.error());
        ovf::xml::Element *item = (*made)->item();
        if (auto pushed = m_session->push(std::move(made)); !pushed)
            return pushed;
        m_added = item;
        return {};
    };
    m_added = nullptr;
    if (auto done = adds ? m_session->compound(tr("Add a network adapter on %1").arg(network), steps) : steps(); !done) {
        m_added = nullptr;
        m_error->setText(done.error());
        return;
    }
    QDialog::accept();
}
