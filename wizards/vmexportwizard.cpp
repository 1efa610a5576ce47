#include "wizards/vmexportwizard.h"

#include "model/deploy/domainxmlbuilder.h"
#include "model/vmexport/exportdescriptor.h"
#include "wizards/appliancenamepage.h"
#include "wizards/guestospage.h"
#include "wizards/hardwarepage.h"
#include "wizards/vmexportprogresspage.h"
#include "wizards/vmexportsession.h"
#include "wizards/vmoutputpage.h"
#include "wizards/vmsourcepage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using DomainFirmware = ovf::vmexport::DomainDescription::Firmware;
using FirmwareChoice = ovf::commands::SetFirmwareCommand::Firmware;

VmExportWizard::VmExportWizard(QWidget *parent) : QWizard(parent), m_session(new VmExportSession(this))
{
    setObjectName(u"vmExportWizard"_s);
    setWindowTitle(tr("New from Virtual Machine"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourceId, new VmSourcePage(m_session, NameId, OutputId));
    auto *name = new ApplianceNamePage;
    name->setStartChoicesVisible(false);
    name->setSubTitle(tr("The appliance's name, from the machine's title or name."));
    setPage(NameId, name);
    setPage(GuestOsId, new GuestOsPage);
    auto *hardware = new HardwarePage;
    hardware->setSubTitle(tr("From the machine's definition. The disk controllers and networks are exported as the "
                             "machine has them; change them afterwards in the hardware editor."));
    hardware->controllerCombo()->clear(); // never read here: fillSpec() is New Appliance's
    hardware->controllerCombo()->addItem(tr("As the machine has them"));
    hardware->controllerCombo()->setEnabled(false);
    hardware->networkTable()->setEnabled(false);
    hardware->addNetworkButton()->setEnabled(false);
    hardware->removeNetworkButton()->setEnabled(false);
    setPage(HardwareId, hardware);
    setPage(OutputId, new VmOutputPage(m_session, ProgressId));
    auto *progress = new VmExportProgressPage;
    progress->setJobSource([this] {
        VmExportProgressPage::Job job;
        job.uri = m_session->uri();
        job.plan = finalPlan();
        job.options = outputPage()->writerOptions();
        job.destination = outputPage()->destination();
        return job;
    });
    setPage(ProgressId, progress);
    setStartId(SourceId);
    connect(m_session, &VmExportSession::planned, this, &VmExportWizard::prefill);
    resize(800, 580);
}

VmExportWizard::~VmExportWizard() = default;

VmSourcePage *VmExportWizard::sourcePage() const
{
    return static_cast<VmSourcePage *>(page(SourceId));
}

VmOutputPage *VmExportWizard::outputPage() const
{
    return static_cast<VmOutputPage *>(page(OutputId));
}

VmExportProgressPage *VmExportWizard::progressPage() const
{
    return static_cast<VmExportProgressPage *>(page(ProgressId));
}

QString VmExportWizard::writtenPackage() const
{
    return progressPage()->succeeded() ? progressPage()->destination() : QString();
}

void VmExportWizard::prefill()
{
    const auto &plan = m_session->plan();
    if (!plan || plan->systems.size() != 1)
        return;
    const ovf::vmexport::DomainDescription &d = plan->systems.first().domain;
    static_cast<ApplianceNamePage *>(page(NameId))->nameField()->setText(d.title.isEmpty() ? d.name : d.title);
    static_cast<GuestOsPage *>(page(GuestOsId))->selectOs(ovf::vmexport::ExportDescriptor::osType(d.osinfoId, d.arch));
    auto *hardware = static_cast<HardwarePage *>(page(HardwareId));
    hardware->cpuSpin()->setValue(d.vcpus);
    const bool wholeGiB = d.memoryBytes % (quint64(1) << 30) == 0;
    hardware->memoryUnit()->setCurrentIndex(hardware->memoryUnit()->findData(wholeGiB ? 30 : 20));
    hardware->memorySpin()->setValue(int(d.memoryBytes >> (wholeGiB ? 30 : 20)));
    hardware->firmwareCombo()->setCurrentIndex(hardware->firmwareCombo()->findData(
        int(d.firmware == DomainFirmware::Efi ? FirmwareChoice::Efi : FirmwareChoice::Bios)));
    QStringList buses;
    for (const auto &disk : d.disks) {
        if (!disk.bus.isEmpty() && !buses.contains(disk.bus))
            buses.append(disk.bus);
    }
    hardware->controllerCombo()->setItemText(0, buses.isEmpty() ? tr("As the machine has them")
                                                                : tr("As the machine has them: %1").arg(buses.join(u", "_s)));
    QTableWidget *networks = hardware->networkTable();
    networks->setRowCount(0);
    for (const auto &nic : d.nics)
        hardware->addNetworkRow(nic.source.isEmpty() ? u"default"_s : nic.source,
                                ovf::deploy::DomainXmlBuilder::nicSubType(nic.model.isEmpty() ? u"rtl8139"_s : nic.model)
                                    .value_or(QString()));
}

ovf::vmexport::ExportPlan VmExportWizard::finalPlan() const
{
    ovf::vmexport::ExportPlan plan = m_session->plan().value_or(ovf::vmexport::ExportPlan{});
    plan.options.includeMac = outputPage()->includeMac();
    if (plan.systems.size() != 1)
        return plan;
    ovf::vmexport::DomainDescription &d = plan.systems.first().domain;
    const QString name = field(u"name"_s).toString().trimmed();
    if (!name.isEmpty() && name != d.name)
        d.title = name;
    d.osType = field(u"os"_s).toString().toInt();
    const auto *hardware = static_cast<const HardwarePage *>(page(HardwareId));
    const int cpus = hardware->cpuSpin()->value();
    if (cpus != d.vcpus) {
        d.vcpus = cpus;
        d.sockets = d.cores = d.threads = 0; // the old topology does not add up to the new count
    }
    d.memoryBytes = quint64(hardware->memorySpin()->value()) << hardware->memoryUnit()->currentData().toInt();
    const int firmware = hardware->firmwareCombo()->currentData().toInt();
    if (firmware >= 0)
        d.firmware = FirmwareChoice(firmware) == FirmwareChoice::Efi ? DomainFirmware::Efi : DomainFirmware::Bios;
    return plan;
}

void VmExportWizard::reject()
{
    if (currentId() == ProgressId && !progressPage()->requestClose())
        return;
    QWizard::reject();
}
