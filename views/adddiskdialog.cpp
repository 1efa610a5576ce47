#include "views/adddiskdialog.h"

#include "model/authoring/diskimport.h"
#include "model/commands/adddiskcommand.h"
#include "model/commands/editsession.h"
#include "model/commands/hardwareitems.h"
#include "model/ovf/descriptor.h"
#include "views/diskimagelist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

AddDiskDialog::AddDiskDialog(cmd::EditSession *session, ovf::xml::Element *virtualSystem, QWidget *parent)
    : QDialog(parent), m_session(session),
      m_section(ovf::Entity(virtualSystem).section(ovf::SectionKind::VirtualHardware).element()),
      m_blank(new QRadioButton(tr("A new &blank disk"), this)),
      m_image(new QRadioButton(tr("Disks made from disk &images"), this)), m_capacity(new QSpinBox(this)),
      m_unit(new QComboBox(this)), m_images(new DiskImageList(this)), m_controller(new QComboBox(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addDiskDialog"_s);
    setWindowTitle(tr("Add Disk to %1").arg(ovf::Entity(virtualSystem).displayName()));
    m_blank->setObjectName(u"blankChoice"_s);
    m_image->setObjectName(u"imageChoice"_s);
    m_capacity->setObjectName(u"capacitySpin"_s);
    m_capacity->setRange(1, 1 << 20);
    m_capacity->setValue(16);
    m_unit->setObjectName(u"unitCombo"_s);
    m_unit->addItem(tr("GiB"), 30);
    m_unit->addItem(tr("MiB"), 20);
    m_controller->setObjectName(u"controllerCombo"_s);
    m_controller->addItem(tr("The first controller with a free unit"), QString());
    if (m_section) {
        for (const ovf::HardwareItem &c : ovf::hardwareItemsIn(m_section)) {
            if (cmd::hwitems::isStorageController(c.resourceType()) && c.configurations().isEmpty())
                m_controller->addItem(u"%1 (%2)"_s.arg(c.elementName(), c.instanceId()), c.instanceId());
        }
    }
    m_error->setObjectName(u"addDiskError"_s);
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(pal);
    m_blank->setChecked(true);

    auto *blankRow = new QHBoxLayout;
    blankRow->addSpacing(24);
    blankRow->addWidget(m_capacity);
    blankRow->addWidget(m_unit);
    blankRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Controller:"), m_controller);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_blank);
    layout->addLayout(blankRow);
    layout->addWidget(m_image);
    layout->addWidget(m_images, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDiskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_blank, &QRadioButton::toggled, this, &AddDiskDialog::updateState);
    connect(m_images, &DiskImageList::changed, this, [this] {
        if (m_images->count() > 0)
            m_image->setChecked(true);
        updateState();
    });
    if (!m_section)
        m_error->setText(tr("This virtual system has no VirtualHardwareSection to attach a disk to."));
    updateState();
}

QString AddDiskDialog::errorText() const
{
    return m_error->text();
}

void AddDiskDialog::updateState()
{
    const bool blank = m_blank->isChecked();
    m_capacity->setEnabled(blank);
    m_unit->setEnabled(blank);
    m_images->setEnabled(!blank);
    const bool ready = m_section
        && (blank || (!m_images->isBusy() && !m_images->imports().isEmpty() && m_images->errors().isEmpty()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    if (!blank && !m_images->errors().isEmpty())
        m_error->setText(m_images->errors().join(u'\n'));
    else if (m_section)
        m_error->clear();
}

void AddDiskDialog::accept()
{
    if (!m_section)
        return;
    QList<cmd::DiskSpec> specs;
    if (m_blank->isChecked()) {
        cmd::DiskSpec spec;
        spec.capacityBytes = quint64(m_capacity->value()) << m_unit->currentData().toInt();
        specs << spec;
    } else {
        QStringList hrefs;
        for (const ovf::FileReference &f : m_session->descriptor().envelope().files())
            hrefs << f.href();
        for (const ovf::authoring::DiskImport &image : m_images->imports()) {
            cmd::DiskSpec spec = ovf::authoring::DiskImporter::diskSpec(image, hrefs);
            hrefs << spec.href;
            specs << spec;
        }
    }
    // Each disk goes through its own command (the next one sees the units the previous took),
    // several in one compound edit so the whole add is one undo step that a refusal takes back.
    m_added.clear();
    const QString controller = m_controller->currentData().toString();
    const auto addAll = [&]() -> std::expected<void, QString> {
        for (cmd::DiskSpec &spec : specs) {
            spec.controller = controller;
            auto made = cmd::AddDiskCommand::create(m_session, m_section, spec);
            if (!made)
                return std::unexpected(made.error());
            ovf::xml::Element *disk = (*made)->disk();
            if (auto pushed = m_session->push(std::move(made)); !pushed)
                return pushed;
            m_added << disk;
        }
        return {};
    };
    const auto done = specs.size() > 1 ? m_session->compound(tr("Add %n disk(s)", nullptr, int(specs.size())), addAll)
                                       : addAll();
    if (!done) {
        m_added.clear();
        m_error->setText(done.error());
        return;
    }
    QDialog::accept();
}
