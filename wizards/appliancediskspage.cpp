#include "wizards/appliancediskspage.h"

#include "views/diskimagelist.h"
#include "wizards/newappliancewizard.h"

#include <QLabel>
#include <QVBoxLayout>

ApplianceDisksPage::ApplianceDisksPage(QWidget *parent) : QWizardPage(parent), m_images(new DiskImageList(this))
{
    setTitle(tr("Disk images"));
    setSubTitle(tr("Each image becomes a disk of the appliance. The images are read, never changed; the package "
                   "gets a streamOptimized VMDK of each when it is saved."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_images, 1);
    connect(m_images, &DiskImageList::changed, this, &QWizardPage::completeChanged);
}

QList<ovf::authoring::DiskImport> ApplianceDisksPage::imports() const
{
    return m_images->imports();
}

bool ApplianceDisksPage::isComplete() const
{
    return m_images->count() > 0 && !m_images->isBusy() && m_images->errors().isEmpty();
}

int ApplianceDisksPage::nextId() const
{
    return NewApplianceWizard::GuestOsId;
}
