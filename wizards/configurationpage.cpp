#include "wizards/configurationpage.h"

#include "wizards/deploysession.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConfigurationPage::ConfigurationPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Configuration, session, parent)
{
    setTitle(tr("Deployment option"));
    setSubTitle(tr("Choose the configuration to deploy. It decides the virtual hardware and the default values."));

    m_group = new QButtonGroup(this);
    auto *content = new QWidget;
    m_options = new QVBoxLayout(content);
    m_options->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on && id >= 0 && id < m_ids.size())
            this->session()->setConfiguration(m_ids.at(id));
    });
    connect(session, &DeploySession::packageChanged, this, [this] { m_dirty = true; });
}

bool ConfigurationPage::isNeeded() const
{
    return session()->envelope().configurations().size() >= 2;
}

QList<QRadioButton *> ConfigurationPage::optionButtons() const
{
    QList<QRadioButton *> out;
    for (QAbstractButton *b : m_group->buttons())
        out.append(static_cast<QRadioButton *>(b));
    return out;
}

void ConfigurationPage::initializePage()
{
    if (m_dirty)
        rebuild();
}

void ConfigurationPage::rebuild()
{
    m_dirty = false;
    for (QAbstractButton *b : m_group->buttons())
        m_group->removeButton(b);
    while (m_options->count() > 1) {
        QLayoutItem *item = m_options->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_ids.clear();
    const TextResolver &texts = session()->texts();
    const QString current = session()->effectiveConfiguration();
    int row = 0;
    for (const ovf::Configuration &c : session()->envelope().configurations()) {
        QString label = texts.text(c.label()).simplified();
        if (label.isEmpty())
            label = c.id();
        auto *button = new QRadioButton(c.isDefault() ? tr("%1 (default)").arg(label) : label);
        button->setObjectName(u"option_%1"_s.arg(c.id()));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        auto *description = new QLabel(texts.text(c.description()).simplified());
        description->setWordWrap(true);
        description->setIndent(24);
        m_options->insertWidget(row++, button);
        m_options->insertWidget(row++, description);
        m_options->insertSpacing(row++, 8);
        m_group->addButton(button, int(m_ids.size()));
        m_ids.append(c.id());
        if (c.id() == current)
            button->setChecked(true);
    }
}
