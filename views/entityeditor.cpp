#include "views/entityeditor.h"

#include "model/commands/addsectioncommand.h"
#include "model/commands/editsession.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/setentitytextcommand.h"
#include "model/ovf/entity.h"
#include "model/ovf/ovfelement.h"
#include "views/startupordertable.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

EntityEditor::EntityEditor(cmd::EditSession *session, ovf::xml::Element *entity, QWidget *parent)
    : FormEditor(session, entity, parent), m_title(new QLabel(this)), m_id(new QLineEdit(this)),
      m_idNote(hintLabel(this)),
      m_name(new QLineEdit(this)), m_info(new QLineEdit(this)),
      m_collection(ovf::Entity(entity).isCollection())
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_id->setObjectName(u"idField"_s);
    m_name->setObjectName(u"nameField"_s);
    m_info->setObjectName(u"infoField"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_id);
    form->addRow(QString(), m_idNote);
    addTranslatableRow(form, m_name, [this] { return ovf::ovfChild(element(), u"Name"); });
    addTranslatableRow(form, m_info, [this] { return ovf::ovfChild(element(), u"Info"); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    if (m_collection) {
        m_startupBox = new QGroupBox(this);
        auto *box = new QVBoxLayout(m_startupBox);
        m_startup = new StartupOrderTable(session, m_startupBox);
        m_addStartup = new QPushButton(m_startupBox);
        m_addStartup->setObjectName(u"addStartupButton"_s);
        box->addWidget(m_startup, 1);
        box->addWidget(m_addStartup, 0, Qt::AlignLeft);
        layout->addWidget(m_startupBox, 1);
        connect(m_addStartup, &QPushButton::clicked, this, [this] {
            report(this->session()->push(
                cmd::AddSectionCommand::create(this->session(), element(), ovf::SectionKind::Startup)));
        });
        connect(m_startup, &StartupOrderTable::editRefused, this,
                [this](const QString &reason) { report(std::unexpected(reason)); });
    } else {
        layout->addStretch(1);
    }
    connect(m_id, &QLineEdit::editingFinished, this, &EntityEditor::commitId);
    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitText(true); });
    connect(m_info, &QLineEdit::editingFinished, this, [this] { commitText(false); });
    retranslateUi();
    refresh();
}

void EntityEditor::commitId()
{
    const ovf::Entity entity(element());
    const QString id = m_id->text().trimmed();
    if (id == entity.id()) {
        m_id->setModified(false);
        return;
    }
    if (auto pushed = session()->push(cmd::RenameEntityIdCommand::create(session(), element(), id)); !pushed) {
        // The field shows the id the document keeps; the note says why the new one was refused.
        m_id->setText(entity.id());
        m_idNote->setText(pushed.error());
        return;
    }
    m_id->setModified(false);
}

void EntityEditor::commitText(bool name)
{
    const ovf::Entity entity(element());
    const QString text = (name ? m_name : m_info)->text();
    (name ? m_name : m_info)->setModified(false);
    const ovf::xml::Element *info = ovf::ovfChild(element(), u"Info");
    if (text == (name ? entity.name().text : info ? info->text() : QString()))
        return;
    using Field = cmd::SetEntityTextCommand::Field;
    if (auto pushed = session()->push(
            cmd::SetEntityTextCommand::create(session(), element(), name ? Field::Name : Field::Info, text));
        !pushed) {
        refresh();
        m_idNote->setText(pushed.error());
    }
}

void EntityEditor::refresh()
{
    const ovf::Entity entity(element());
    // A field keeps what the user is typing (focused and edited since the last commit).
    const auto typing = [](const QLineEdit *f) { return f->hasFocus() && f->isModified(); };
    if (!typing(m_name))
        setFieldText(m_name, entity.name().text);
    const ovf::xml::Element *info = ovf::ovfChild(element(), u"Info");
    if (!typing(m_info))
        setFieldText(m_info, info ? info->text() : QString());
    if (!typing(m_id))
        setFieldText(m_id, entity.id());
    refreshTranslationsButtons();
    m_idNote->setText(m_collection ? tr("Renaming updates the startup order and scale-out entries that refer to it.")
                                   : tr("Renaming updates the startup order entries that refer to it."));
    if (m_collection) {
        const ovf::Section startup = entity.section(ovf::SectionKind::Startup);
        m_startup->setSection(startup.element());
        m_startup->setVisible(!startup.isNull());
        m_addStartup->setVisible(startup.isNull());
    }
}

void EntityEditor::retranslateUi()
{
    m_title->setText(m_collection ? tr("Virtual system collection") : tr("Virtual system"));
    const std::pair<QWidget *, QString> labels[] = {{m_id, tr("Id:")}, {m_name, tr("Name:")}, {m_info, tr("Info:")}};
    for (QLabel *l : findChildren<QLabel *>()) {
        for (const auto &[w, text] : labels) {
            if (l->buddy() == w)
                l->setText(text);
        }
    }
    m_id->setToolTip(tr("ovf:id: unique in the descriptor, no spaces; committed when you leave the field"));
    m_name->setPlaceholderText(tr("A name for people (optional)"));
    m_info->setPlaceholderText(tr("What this is, in a sentence (required by OVF)"));
    if (m_collection) {
        m_startupBox->setTitle(tr("Startup order (drag rows to reorder)"));
        m_addStartup->setText(tr("Add a Startup Order"));
        m_addStartup->setToolTip(tr("Adds a StartupSection: the order and delays in which the systems power on"));
    }
}
