#include "wizards/targetpage.h"

#include "model/deploy/effectiveconfiguration.h"
#include "model/deploy/plancheck.h"
#include "model/deploy/resourcelimits.h"
#include "wizards/deploysession.h"
#include "wizards/libvirtconnectionhistory.h"
#include "wizards/targetinventory.h"
#include "model/ovf/units.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::deploy::BackendKind;

TargetPage::TargetPage(DeploySession *session, TargetInventory *inventory, QWidget *parent)
    : DeployPage(DeployPageId::Target, session, parent), m_inventory(inventory)
{
    setTitle(tr("Deployment target"));
    setSubTitle(tr("Write ready-to-define files into a folder, or define the virtual machines in libvirt."));

    m_folder = new QRadioButton(tr("&Folder: disks, domain XML and a script that defines them with virsh"), this);
    m_folder->setObjectName(u"backendFolder"_s);
    m_libvirt = new QRadioButton(tr("&libvirt: define the virtual machines through a libvirt connection"), this);
    m_libvirt->setObjectName(u"backendLibvirt"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_folder);
    group->addButton(m_libvirt);
    m_folder->setChecked(true);

    m_output = new QLineEdit(this);
    m_output->setObjectName(u"outputFolder"_s);
    m_output->setPlaceholderText(tr("A new folder, e.g. %1").arg(QDir::home().filePath(u"appliance"_s)));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    m_uri = new QComboBox(this);
    m_uri->setEditable(true);
    m_uri->setInsertPolicy(QComboBox::NoInsert);
    m_uri->addItems(LibvirtConnectionHistory::uris());
    m_uri->setCurrentText(ovf::deploy::Plan::defaultLibvirtUri.toString());
    m_uri->setObjectName(u"libvirtUri"_s);
    m_uri->setToolTip(tr("The connections used before, or any libvirt URI: qemu:///system, "
                         "qemu+ssh://user@host/system, qemu+tcp://host/system, …"));
    m_pools = new QTreeWidget(this);
    m_pools->setObjectName(u"targetPools"_s);
    m_pools->setRootIsDecorated(false);
    m_pools->setSelectionMode(QAbstractItemView::NoSelection);
    m_pools->setHeaderLabels({tr("Storage pool"), tr("Type"), tr("Free"), tr("Capacity")});
    m_pools->setMaximumHeight(120);
    m_poolStatus = new QLabel(this);
    m_poolStatus->setObjectName(u"targetPoolStatus"_s);
    m_poolStatus->setWordWrap(true);
    m_askTimer.setSingleShot(true);
    m_askTimer.setInterval(600);

    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *targetForm = new QFormLayout;
    targetForm->addRow(tr("Output folder:"), outputRow);
    targetForm->addRow(tr("Connection URI:"), m_uri);
    targetForm->addRow(QString(), m_poolStatus);
    targetForm->addRow(QString(), m_pools);

    m_namesBox = new QGroupBox(tr("Virtual machines: name, vCPUs, memory"), this);
    m_names = new QFormLayout(m_namesBox);
    m_names->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_firmware = new QComboBox(this);
    m_firmware->setObjectName(u"firmware"_s);
    m_firmware->addItem(tr("As the package asks (BIOS unless it asks for UEFI)"), int(ovf::deploy::FirmwareChoice::Auto));
    m_firmware->addItem(tr("BIOS (SeaBIOS)"), int(ovf::deploy::FirmwareChoice::Bios));
    m_firmware->addItem(tr("UEFI (OVMF)"), int(ovf::deploy::FirmwareChoice::Efi));
    targetForm->addRow(tr("F&irmware:"), m_firmware);
    m_powerOn = new QCheckBox(tr("&Power on the virtual machines after deployment"), this);
    m_powerOn->setObjectName(u"powerOn"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"targetError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folder);
    layout->addWidget(m_libvirt);
    layout->addLayout(targetForm);
    layout->addWidget(m_namesBox);
    layout->addWidget(m_powerOn);
    layout->addWidget(m_error);
    layout->addStretch(1);

    registerField(u"outputFolder"_s, m_output);
    registerField(u"libvirtUri"_s, m_uri, "currentText", SIGNAL(currentTextChanged(QString)));
    registerField(u"powerOn"_s, m_powerOn);

    connect(m_folder, &QRadioButton::toggled, this, &TargetPage::updateState);
    connect(m_output, &QLineEdit::textChanged, this, &TargetPage::updateState);
    connect(m_uri, &QComboBox::currentTextChanged, this, &TargetPage::updateState);
    connect(m_uri, &QComboBox::currentTextChanged, this, [this] { m_askTimer.start(); });
    connect(m_folder, &QRadioButton::toggled, this, [this] { m_askTimer.start(); });
    connect(&m_askTimer, &QTimer::timeout, this, &TargetPage::askTarget);
    connect(inventory, &TargetInventory::started, this, &TargetPage::showPools);
    connect(inventory, &TargetInventory::ready, this, &TargetPage::showPools);
    connect(browse, &QPushButton::clicked, this, &TargetPage::chooseFolder);
    connect(session, &DeploySession::packageChanged, this, [this] { m_dirty = true; });
    connect(session, &DeploySession::configurationChanged, this, [this] { m_dirty = true; });
}

QSpinBox *TargetPage::cpuSpin(const QString &systemId) const
{
    for (const auto &[id, spin] : m_cpuSpins) {
        if (id == systemId)
            return spin;
    }
    return nullptr;
}

QSpinBox *TargetPage::memorySpin(const QString &systemId) const
{
    for (const auto &[id, spin] : m_memorySpins) {
        if (id == systemId)
            return spin;
    }
    return nullptr;
}

QLineEdit *TargetPage::nameEdit(const QString &systemId) const
{
    for (const auto &[id, edit] : m_nameEdits) {
        if (id == systemId)
            return edit;
    }
    return nullptr;
}

void TargetPage::initializePage()
{
    const ovf::deploy::Plan &plan = session()->plan();
    (plan.backend == BackendKind::Libvirt ? m_libvirt : m_folder)->setChecked(true);
    if (!plan.outputPath.isEmpty())
        m_output->setText(plan.outputPath);
    if (!plan.libvirtUri.isEmpty())
        m_uri->setCurrentText(plan.libvirtUri);
    m_powerOn->setChecked(plan.powerOn);
    m_firmware->setCurrentIndex(std::max(0, m_firmware->findData(int(plan.firmware))));
    if (m_dirty)
        rebuildNames();
    updateState();
    askTarget();
}

QLineEdit *TargetPage::uriEdit() const
{
    return m_uri->lineEdit();
}

void TargetPage::askTarget()
{
    m_askTimer.stop();
    const QString uri = m_uri->currentText().trimmed();
    if (m_folder->isChecked() || uri.isEmpty()) {
        showPools();
        return;
    }
    // The inventory keeps its answer for this URI: the Networks and Storage pages reuse it.
    ovf::deploy::Plan asked = session()->plan();
    asked.backend = BackendKind::Libvirt;
    asked.libvirtUri = uri;
    m_inventory->request(asked);
    showPools();
}

void TargetPage::showPools()
{
    m_pools->clear();
    const bool libvirt = m_libvirt->isChecked();
    m_pools->setVisible(libvirt);
    m_poolStatus->setVisible(libvirt);
    if (!libvirt)
        return;
    if (m_inventory->isRunning()) {
        m_poolStatus->setText(tr("Asking %1 for its storage pools…").arg(m_uri->currentText().trimmed()));
        return;
    }
    if (!m_inventory->hasResult())
        return;
    const TargetInventory::Result &r = m_inventory->result();
    if (!r.error.isEmpty()) {
        m_poolStatus->setText(tr("The connection did not answer: %1").arg(r.error));
        return;
    }
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return bytes < 0 ? tr("unknown") : ovf::formatByteSize(quint64(bytes), locale);
    };
    for (const ovf::deploy::StorageTarget &t : r.storage) {
        auto *item = new QTreeWidgetItem(m_pools);
        item->setText(0, t.active ? t.name : tr("%1 (inactive)").arg(t.name));
        item->setText(1, t.kind);
        item->setText(2, size(t.freeBytes));
        item->setText(3, size(t.capacityBytes));
    }
    m_poolStatus->setText(r.storage.isEmpty() ? tr("The host has no storage pool yet: a default pool is created when deploying.")
                                              : tr("Storage pools of the host (chosen on the Storage page):"));
}

void TargetPage::rebuildNames()
{
    m_dirty = false;
    while (m_names->rowCount() > 0)
        m_names->removeRow(0);
    m_nameEdits.clear();
    m_cpuSpins.clear();
    m_memorySpins.clear();
    const ovf::deploy::Plan &plan = session()->plan();
    // The names checkPlan() would generate: from each system's Name, made unique.
    ovf::deploy::Plan unnamed = plan;
    unnamed.names.clear();
    const ovf::deploy::PlanCheck check = ovf::deploy::checkPlan(session()->envelope(), unnamed);
    for (const ovf::deploy::EffectiveSystem &s : check.effective.systems()) {
        auto *edit = new QLineEdit(plan.names.value(s.id, check.vmNames.value(s.id)), m_namesBox);
        edit->setObjectName(u"name_%1"_s.arg(s.id));
        edit->setMaxLength(63);
        const ovf::deploy::ResourceLimits limits = ovf::deploy::ResourceLimits::of(s, check.effective.configuration());
        auto *cpus = new QSpinBox(m_namesBox);
        cpus->setObjectName(u"cpus_%1"_s.arg(s.id));
        cpus->setRange(limits.minCpus, limits.maxCpus);
        cpus->setValue(plan.cpus.value(s.id, limits.cpus));
        cpus->setSuffix(tr(" vCPU"));
        cpus->setToolTip(limits.cpuRange ? tr("The package allows %1 to %2 vCPUs (package value: %3)")
                                               .arg(limits.minCpus).arg(limits.maxCpus).arg(limits.cpus)
                                         : tr("Package value: %1").arg(limits.cpus));
        auto *memory = new QSpinBox(m_namesBox);
        memory->setObjectName(u"memory_%1"_s.arg(s.id));
        memory->setRange(int(std::min<quint64>(limits.minMemoryMiB, INT_MAX)),
                         int(std::min<quint64>(limits.maxMemoryMiB, INT_MAX)));
        memory->setValue(int(std::min<quint64>(plan.memoryMiB.value(s.id, limits.memoryMiB), INT_MAX)));
        memory->setSuffix(tr(" MiB"));
        memory->setSingleStep(256);
        // Numbers as the UI language writes them ("1.048.576" in German).
        const QLocale numbers;
        memory->setToolTip(limits.memoryRange ? tr("The package allows %1 to %2 MiB (package value: %3 MiB)")
                                                    .arg(numbers.toString(limits.minMemoryMiB),
                                                         numbers.toString(limits.maxMemoryMiB),
                                                         numbers.toString(limits.memoryMiB))
                                              : tr("Package value: %1 MiB").arg(numbers.toString(limits.memoryMiB)));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(cpus);
        row->addWidget(memory);
        // Whole sentences for the translator: the colon's place and spacing is the language's.
        const QString label = s.name == s.id ? tr("%1:", "a virtual machine's row: its id").arg(s.id)
                                             : tr("%1 (%2):", "a virtual machine's row: its name and id").arg(s.name, s.id);
        m_names->addRow(label, row);
        m_nameEdits.append({s.id, edit});
        m_cpuSpins.append({s.id, cpus});
        m_memorySpins.append({s.id, memory});
        connect(edit, &QLineEdit::textChanged, this, &TargetPage::updateState);
    }
    m_namesBox->setVisible(!m_nameEdits.isEmpty());
}

void TargetPage::chooseFolder()
{
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Choose Where to Create the Output Folder"),
                                                             QFileInfo(m_output->text()).absolutePath());
    if (parent.isEmpty())
        return;
    const QString base = m_nameEdits.isEmpty() ? u"appliance"_s : m_nameEdits.first().second->text();
    m_output->setText(QDir(parent).filePath(base));
}

QString TargetPage::problem() const
{
    if (m_folder->isChecked()) {
        const QString out = m_output->text().trimmed();
        if (out.isEmpty())
            return tr("Enter the output folder to create.");
        const QFileInfo info(out);
        if (info.exists())
            return tr("%1 exists already: the output folder must be new.").arg(out);
        if (!QFileInfo(info.absolutePath()).isDir())
            return tr("The folder %1 does not exist.").arg(info.absolutePath());
    } else if (m_uri->currentText().trimmed().isEmpty()) {
        return tr("Enter the libvirt connection URI.");
    }
    QSet<QString> seen;
    for (const auto &[id, edit] : m_nameEdits) {
        const QString name = edit->text();
        if (!ovf::deploy::isValidVmName(name))
            return tr("\"%1\" is not a valid virtual machine name: use letters, digits, '_', '.' and '-'.").arg(name);
        if (seen.contains(name))
            return tr("The name \"%1\" is used twice.").arg(name);
        seen.insert(name);
    }
    return {};
}

void TargetPage::updateState()
{
    const bool folder = m_folder->isChecked();
    m_output->setEnabled(folder);
    m_uri->setEnabled(!folder);
    m_error->setText(problem());
    emit completeChanged();
}

bool TargetPage::isComplete() const
{
    return problem().isEmpty();
}

bool TargetPage::validatePage()
{
    ovf::deploy::Plan &plan = session()->plan();
    const BackendKind before = plan.backend;
    const QString uriBefore = plan.libvirtUri;
    plan.backend = m_folder->isChecked() ? BackendKind::Folder : BackendKind::Libvirt;
    plan.outputPath = plan.backend == BackendKind::Folder ? QDir::cleanPath(QFileInfo(m_output->text().trimmed()).absoluteFilePath())
                                                          : QString();
    plan.libvirtUri = m_uri->currentText().trimmed();
    if (plan.backend == BackendKind::Libvirt)
        LibvirtConnectionHistory::remember(plan.libvirtUri);
    plan.powerOn = m_powerOn->isChecked();
    plan.names.clear();
    for (const auto &[id, edit] : std::as_const(m_nameEdits))
        plan.names.insert(id, edit->text());
    plan.firmware = ovf::deploy::FirmwareChoice(m_firmware->currentData().toInt());
    // Only what differs from the package is a choice (the answer file and command line stay
    // short, and a package's own value follows its deployment option).
    const auto effective =
        ovf::deploy::EffectiveConfiguration::build(session()->envelope(), session()->effectiveConfiguration());
    plan.cpus.clear();
    plan.memoryMiB.clear();
    for (const ovf::deploy::EffectiveSystem &s : effective.systems()) {
        const ovf::deploy::ResourceLimits limits = ovf::deploy::ResourceLimits::of(s, effective.configuration());
        if (QSpinBox *spin = cpuSpin(s.id); spin && spin->value() != limits.cpus)
            plan.cpus.insert(s.id, spin->value());
        if (QSpinBox *spin = memorySpin(s.id); spin && quint64(spin->value()) != limits.memoryMiB)
            plan.memoryMiB.insert(s.id, quint64(spin->value()));
    }
    if (plan.backend != before || (plan.backend == BackendKind::Libvirt && plan.libvirtUri != uriBefore))
        plan.storage.clear(); // a pool of another connection means nothing here
    return true;
}
