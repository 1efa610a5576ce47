#include "wizards/newappliancewizard.h"

#include "model/authoring/appliancebuilder.h"
#include "model/ovf/descriptor.h"
#include "wizards/appliancediskspage.h"
#include "wizards/appliancenamepage.h"
#include "wizards/appliancetemplatepage.h"
#include "wizards/formatpage.h"
#include "wizards/guestospage.h"
#include "wizards/hardwarepage.h"

using namespace Qt::StringLiterals;

NewApplianceWizard::NewApplianceWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(u"newApplianceWizard"_s);
    setWindowTitle(tr("New Appliance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(NameId, new ApplianceNamePage(this));
    setPage(ImagesId, new ApplianceDisksPage(this));
    setPage(TemplateId, new ApplianceTemplatePage(this));
    setPage(GuestOsId, new GuestOsPage(this));
    setPage(HardwareId, new HardwarePage(this));
    setPage(FormatId, new FormatPage(this));
    setStartId(NameId);
    resize(760, 560);
}

NewApplianceWizard::~NewApplianceWizard() = default;

ovf::authoring::ApplianceSpec NewApplianceWizard::spec() const
{
    ovf::authoring::ApplianceSpec spec;
    spec.name = field(u"name"_s).toString().trimmed();
    if (field(u"startTemplate"_s).toBool())
        spec.templateId = field(u"template"_s).toString();
    spec.os = field(u"os"_s).toString();
    static_cast<const HardwarePage *>(page(HardwareId))->fillSpec(spec);
    if (field(u"startImages"_s).toBool())
        spec.disks = static_cast<const ApplianceDisksPage *>(page(ImagesId))->imports();
    spec.ovfMajorVersion = field(u"ovf2"_s).toBool() ? 2 : 1;
    return spec;
}

QString NewApplianceWizard::fileName() const
{
    const QString id = ovf::authoring::ApplianceBuilder::idFor(field(u"name"_s).toString().trimmed());
    return (id.isEmpty() ? u"appliance"_s : id) + u".ovf"_s;
}

std::unique_ptr<ovf::Descriptor> NewApplianceWizard::takeDescriptor()
{
    return std::move(m_descriptor);
}

void NewApplianceWizard::accept()
{
    auto built = ovf::authoring::ApplianceBuilder::build(spec(), fileName());
    auto *format = static_cast<FormatPage *>(page(FormatId));
    if (!built) {
        format->showErrors(built.error());
        return;
    }
    m_descriptor = std::move(*built);
    QWizard::accept();
}
