#include "wizards/propertiespage.h"

#include "wizards/deploysession.h"
#include "wizards/propertyfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PropertiesPage::PropertiesPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Properties, session, parent)
{
    setTitle(tr("Appliance properties"));
    setSubTitle(tr("The values the appliance reads when it starts for the first time."));

    m_showAll = new QCheckBox(tr("Show &all properties"), this);
    m_showAll->setObjectName(u"showAllProperties"_s);
    m_showAll->setToolTip(tr("Also show the properties the package does not let you change."));
    m_invalid = new QLabel(this);
    m_invalid->setObjectName(u"invalidCount"_s);
    auto *content = new QWidget;
    m_groups = new QVBoxLayout(content);
    m_groups->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"propertiesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_invalid, 1);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_showAll, &QCheckBox::toggled, this, &PropertiesPage::updateVisibility);
    connect(session, &DeploySession::packageChanged, this, [this] { m_dirty = true; });
    connect(session, &DeploySession::configurationChanged, this, &PropertiesPage::applyConfiguration);
}

bool PropertiesPage::isNeeded() const
{
    for (const DeployProperty &p : session()->properties()) {
        if (p.userConfigurable)
            return true;
    }
    return false;
}

void PropertiesPage::initializePage()
{
    if (m_dirty)
        rebuild();
    updateInvalidCount();
}

PropertyField *PropertiesPage::field(const QString &id) const
{
    for (PropertyField *f : m_fields) {
        if (f->property().id() == id)
            return f;
    }
    return nullptr;
}

void PropertiesPage::rebuild()
{
    m_dirty = false;
    while (m_groups->count() > 1) {
        QLayoutItem *item = m_groups->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_fields.clear();
    m_forms.clear();

    const QList<DeployProperty> &properties = session()->properties();
    QStringList systems;
    for (const DeployProperty &p : properties) {
        if (!systems.contains(p.systemId))
            systems.append(p.systemId);
    }
    // Groups in first-seen order: (system, category).
    QList<QPair<QString, QString>> order;
    for (const DeployProperty &p : properties) {
        const QPair<QString, QString> key{p.systemId, p.category};
        if (!order.contains(key))
            order.append(key);
    }
    const QString configuration = session()->effectiveConfiguration();
    const QMap<QString, QString> &given = session()->plan().properties;
    int groupIndex = 0;
    for (const auto &[system, category] : std::as_const(order)) {
        QString title = category.isEmpty() ? tr("General") : category;
        if (systems.size() > 1)
            title = tr("%1: %2").arg(system, title);
        auto *box = new QGroupBox(title);
        box->setObjectName(u"group%1"_s.arg(groupIndex++));
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        for (const DeployProperty &p : properties) {
            if (p.systemId != system || p.category != category)
                continue;
            auto *field = new PropertyField(p, box);
            const QString key = session()->planKey(p);
            field->setValue(given.contains(key) ? given.value(key) : p.defaultFor(configuration));
            field->setModified(given.contains(key)); // an answer file's value is a choice made
            auto *label = new QLabel(tr("%1:", "a property's label before its field").arg(p.label), box);
            label->setToolTip(p.fullKey);
            label->setWordWrap(true);
            label->setMinimumWidth(160);
            label->setBuddy(field->editor());
            form->addRow(label, field);
            m_fields.append(field);
            connect(field, &PropertyField::validityChanged, this, &PropertiesPage::updateInvalidCount);
        }
        m_groups->insertWidget(m_groups->count() - 1, box);
        m_forms.append(form);
    }
    updateVisibility();
    updateInvalidCount();
}

void PropertiesPage::applyConfiguration(const QString &configuration)
{
    for (PropertyField *f : std::as_const(m_fields)) {
        if (!f->isModified())
            f->setValue(f->property().defaultFor(configuration));
    }
}

void PropertiesPage::updateVisibility()
{
    const bool all = m_showAll->isChecked();
    for (QFormLayout *form : std::as_const(m_forms)) {
        bool any = false;
        for (int row = 0; row < form->rowCount(); ++row) {
            const auto *f = qobject_cast<PropertyField *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
            const bool visible = all || (f && f->property().userConfigurable);
            form->setRowVisible(row, visible);
            any = any || visible;
        }
        form->parentWidget()->setVisible(any);
    }
}

int PropertiesPage::invalidCount() const
{
    int n = 0;
    for (const PropertyField *f : m_fields) {
        if (f->property().userConfigurable && !f->isValid())
            ++n;
    }
    return n;
}

void PropertiesPage::updateInvalidCount()
{
    const int n = invalidCount();
    m_invalid->setText(n == 0 ? tr("All values are valid.") : (n == 1 ? tr("1 field still invalid.") : tr("%1 fields still invalid.").arg(n)));
    m_invalid->setStyleSheet(n == 0 ? QString() : u"color: #b00020; font-weight: bold;"_s);
    emit completeChanged();
}

bool PropertiesPage::isComplete() const
{
    return invalidCount() == 0;
}

bool PropertiesPage::validatePage()
{
    QMap<QString, QString> values;
    for (const PropertyField *f : std::as_const(m_fields)) {
        if (f->property().userConfigurable)
            values.insert(session()->planKey(f->property()), f->value());
    }
    session()->plan().properties = values;
    return true;
}
