#include "wizards/formatpage.h"

#include "model/ovf/cimostypes.h"
#include "model/ovf/units.h"
#include "wizards/newappliancewizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FormatPage::FormatPage(QWidget *parent)
    : QWizardPage(parent), m_ovf1(new QRadioButton(tr("OVF &1.0: read by every OVF tool (VMware, VirtualBox, "
                                                      "oVirt, virt-v2v)"),
                                                   this)),
      m_ovf2(new QRadioButton(tr("OVF &2.0: the current DMTF standard (fewer tools read it)"), this)),
      m_summary(new QLabel(this)), m_errors(new QLabel(this))
{
    setTitle(tr("Format"));
    setSubTitle(tr("The OVF version of the descriptor; Finish opens the new appliance, not saved yet."));
    setFinalPage(true);
    m_ovf1->setObjectName(u"ovf1Choice"_s);
    m_ovf2->setObjectName(u"ovf2Choice"_s);
    m_ovf1->setChecked(true);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_errors->setObjectName(u"errors"_s);
    m_errors->setWordWrap(true);
    QPalette pal = m_errors->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_errors->setPalette(pal);
    registerField(u"ovf2"_s, m_ovf2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ovf1);
    layout->addWidget(m_ovf2);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addStretch(1);
}

void FormatPage::initializePage()
{
    m_errors->clear();
    const auto *w = qobject_cast<const NewApplianceWizard *>(wizard());
    if (!w)
        return;
    const ovf::authoring::ApplianceSpec spec = w->spec();
    QStringList lines;
    lines << tr("<b>%1</b> (%2)").arg(spec.name.toHtmlEscaped(), w->fileName().toHtmlEscaped());
    lines << tr("Template: %1").arg(spec.templateId);
    if (!spec.os.isEmpty())
        lines << tr("Guest OS: %1").arg(ovf::CimOsTypes::displayText(spec.os).toHtmlEscaped());
    if (spec.cpus && spec.memoryBytes)
        lines << tr("%n CPU(s), %1 of memory", nullptr, int(*spec.cpus)).arg(ovf::formatByteSize(*spec.memoryBytes, QLocale()));
    QStringList networks;
    for (const ovf::authoring::NetworkChoice &n : spec.networks)
        networks << (n.adapterType.isEmpty() ? n.name : u"%1 (%2)"_s.arg(n.name, n.adapterType)).toHtmlEscaped();
    if (!networks.isEmpty())
        lines << tr("Networks: %1").arg(networks.join(u", "_s));
    for (const ovf::authoring::DiskImport &d : spec.disks)
        lines << tr("Disk from %1 (%2, %3), pending until the package is saved")
                     .arg(d.path.toHtmlEscaped(), d.format, ovf::formatByteSize(d.virtualBytes, QLocale()));
    m_summary->setText(lines.join(u"<br>"_s));
}

void FormatPage::showErrors(const QStringList &errors)
{
    m_errors->setText(tr("The appliance cannot be made:") + u'\n' + errors.join(u'\n'));
}
