#include "wizards/appliancenamepage.h"

#include "model/authoring/appliancebuilder.h"
#include "wizards/newappliancewizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApplianceNamePage::ApplianceNamePage(QWidget *parent)
    : QWizardPage(parent), m_name(new QLineEdit(this)), m_id(new QLabel(this)),
      m_empty(new QRadioButton(tr("&Empty: hardware only, disks added later"), this)),
      m_images(new QRadioButton(tr("From one or more &disk images (qcow2, raw, VMDK, VDI, VHD/VHDX)"), this)),
      m_template(new QRadioButton(tr("From a &template (QEMU/KVM, vSphere, VirtualBox)"), this))
{
    setTitle(tr("Name"));
    setSubTitle(tr("Name the appliance and choose where it starts from."));
    m_name->setObjectName(u"nameField"_s);
    m_name->setPlaceholderText(tr("e.g. Web Frontend"));
    m_id->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(u"emptyChoice"_s);
    m_images->setObjectName(u"imagesChoice"_s);
    m_template->setObjectName(u"templateChoice"_s);
    m_empty->setChecked(true);
    registerField(u"name*"_s, m_name);
    registerField(u"startImages"_s, m_images);
    registerField(u"startTemplate"_s, m_template);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(QString(), m_id);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    m_startLabel = new QLabel(tr("Start:"), this);
    layout->addWidget(m_startLabel);
    layout->addWidget(m_empty);
    layout->addWidget(m_images);
    layout->addWidget(m_template);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString id = ovf::authoring::ApplianceBuilder::idFor(text.trimmed());
        m_id->setText(id.isEmpty() ? QString() : tr("Virtual system id: %1").arg(id));
    });
}

void ApplianceNamePage::setStartChoicesVisible(bool visible)
{
    for (QWidget *w : {static_cast<QWidget *>(m_startLabel), static_cast<QWidget *>(m_empty),
                       static_cast<QWidget *>(m_images), static_cast<QWidget *>(m_template)})
        w->setVisible(visible);
    if (!visible)
        m_empty->setChecked(true);
}

int ApplianceNamePage::nextId() const
{
    if (m_images->isChecked())
        return NewApplianceWizard::ImagesId;
    if (m_template->isChecked())
        return NewApplianceWizard::TemplateId;
    return NewApplianceWizard::GuestOsId;
}
