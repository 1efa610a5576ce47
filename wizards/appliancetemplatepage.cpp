#include "wizards/appliancetemplatepage.h"

#include "model/authoring/appliancetemplate.h"
#include "wizards/newappliancewizard.h"

#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApplianceTemplatePage::ApplianceTemplatePage(QWidget *parent) : QWizardPage(parent), m_list(new QListWidget(this))
{
    setTitle(tr("Template"));
    setSubTitle(tr("The hardware the appliance starts with; everything can be changed afterwards."));
    m_list->setObjectName(u"templateList"_s);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    for (const ovf::authoring::ApplianceTemplate &t : ovf::authoring::ApplianceTemplate::all()) {
        auto *item = new QListWidgetItem(u"%1\n%2"_s.arg(t.title, t.description), m_list);
        item->setData(Qt::UserRole, t.id);
    }
    m_list->setCurrentRow(0);
    registerField(u"template"_s, this, "templateId", SIGNAL(templateChanged()));
    connect(m_list, &QListWidget::currentRowChanged, this, &ApplianceTemplatePage::templateChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
}

QString ApplianceTemplatePage::templateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int ApplianceTemplatePage::nextId() const
{
    return NewApplianceWizard::GuestOsId;
}
