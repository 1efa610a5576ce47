#include "views/deploymentoptionseditor.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

namespace {

// ovf:configuration attributes (OVF namespace or unqualified) naming `id`, in `e` and below.
int countReferences(const ovf::xml::Element *e, const QString &id)
{
    int n = 0;
    for (const ovf::xml::Attribute &a : e->attributes()) {
        if (a.name->local == u"configuration" && (a.namespaceUri.isEmpty() || ovf::ns::isOvf(a.namespaceUri))
            && a.value.split(u' ', Qt::SkipEmptyParts).contains(id))
            ++n;
    }
    for (const ovf::xml::Element *c : e->childElements())
        n += countReferences(c, id);
    return n;
}

} // namespace

DeploymentOptionsEditor::DeploymentOptionsEditor(ovf::commands::EditSession *session, ovf::xml::Element *section,
                                                 QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)), m_hint(hintLabel(this)),
      m_toolBar(new QToolBar(this)), m_list(new QListWidget(this)), m_id(new QLineEdit(this)),
      m_idProblem(new QLabel(this)), m_label(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_default(new QCheckBox(this)), m_references(hintLabel(this)), m_labelNote(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_list->setObjectName(u"configurationList"_s);
    m_id->setObjectName(u"configurationIdField"_s);
    m_label->setObjectName(u"configurationLabelField"_s);
    m_description->setObjectName(u"configurationDescriptionField"_s);
    m_default->setObjectName(u"configurationDefaultBox"_s);
    m_idProblem->setStyleSheet(u"color: #c62828"_s);
    m_idProblem->setWordWrap(true);
    m_list->setMinimumWidth(14 * fontMetrics().averageCharWidth());

    m_add = m_toolBar->addAction(QIcon(u":/icons/configuration.svg"_s), QString(), this,
                                 &DeploymentOptionsEditor::addConfiguration);
    m_remove = m_toolBar->addAction(QString(), this, &DeploymentOptionsEditor::removeConfiguration);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_id);
    addFormRow(form, m_idProblem);
    addFormRow(form, m_references);
    addFormRow(form, m_default);
    const auto textOf = [this](const QString &local) {
        return [this, local]() -> ovf::xml::Element * {
            ovf::xml::Element *c = currentConfiguration();
            return c ? ovf::ovfChild(c, local) : nullptr;
        };
    };
    addTranslatableRow(form, m_label, textOf(u"Label"_s));
    addTranslatableRow(form, m_description, textOf(u"Description"_s));
    addFormRow(form, m_labelNote);
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addWidget(formBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_toolBar);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_idEdited = false;
        showCurrent();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_idEdited = true;
        showIdProblem(idProblemFor(text));
    });
    connect(m_id, &QLineEdit::editingFinished, this, &DeploymentOptionsEditor::commitRename);
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (ovf::xml::Element *c = currentConfiguration())
            report(FormEdits::setChildText(this->session(), c, u"Label", text, ovf::ContentModel::Configuration, false,
                                           tr("Edit the label of deployment option %1").arg(ovf::Configuration(c).id())));
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (ovf::xml::Element *c = currentConfiguration())
            report(FormEdits::setChildText(this->session(), c, u"Description", text, ovf::ContentModel::Configuration,
                                           false,
                                           tr("Edit the description of deployment option %1").arg(ovf::Configuration(c).id())));
    });
    connect(m_default, &QCheckBox::clicked, this, [this](bool on) { makeDefault(currentConfiguration(), on); });

    retranslateUi();
    refresh();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QList<ovf::xml::Element *> DeploymentOptionsEditor::configurations() const
{
    return ovf::ovfChildren(element(), u"Configuration");
}

ovf::xml::Element *DeploymentOptionsEditor::currentConfiguration() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown[row] : nullptr;
}

void DeploymentOptionsEditor::selectConfiguration(const ovf::xml::Element *configuration)
{
    const qsizetype row = m_shown.indexOf(configuration);
    if (row >= 0)
        m_list->setCurrentRow(int(row));
}

bool DeploymentOptionsEditor::focusElement(const ovf::xml::Element *target)
{
    if (!isWithin(target, element()))
        return false;
    const ovf::xml::Element *configuration = target;
    while (configuration && configuration->parent() != element())
        configuration = configuration->parent();
    if (!configuration || !m_shown.contains(configuration)) {
        if (FormEditor::focusElement(target))
            return true;
        m_list->setFocus(Qt::OtherFocusReason);
        return true;
    }
    selectConfiguration(configuration);
    QLineEdit *field = m_id;
    if (target != configuration && target->localName() == u"Label")
        field = m_label;
    else if (target != configuration && target->localName() == u"Description")
        field = m_description;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    return true;
}

void DeploymentOptionsEditor::refresh()
{
    ovf::xml::Element *current = currentConfiguration();
    const QList<ovf::xml::Element *> now = configurations();
    {
        const QSignalBlocker block(m_list);
        if (now != m_shown) {
            m_list->clear();
            for (int i = 0; i < now.size(); ++i)
                m_list->addItem(QString());
            m_shown = now;
        }
        for (int i = 0; i < m_shown.size(); ++i) {
            const ovf::Configuration c(m_shown[i]);
            QListWidgetItem *item = m_list->item(i);
            const QString label = c.label().text;
            const bool labelled = !label.isEmpty() && label != c.id();
            QString text = labelled ? u"%1 — %2"_s.arg(c.id(), label) : c.id();
            if (c.isDefault())
                text = labelled ? tr("%1 — %2 (default)", "a deployment option: id, label").arg(c.id(), label)
                                : tr("%1 (default)", "a deployment option's id").arg(c.id());
            item->setText(text);
            QFont f = item->font();
            f.setBold(c.isDefault());
            item->setFont(f);
            item->setIcon(QIcon(u":/icons/configuration.svg"_s));
        }
        qsizetype row = m_shown.indexOf(current);
        if (row < 0 && !m_shown.isEmpty())
            row = qMin<qsizetype>(qMax(m_list->currentRow(), 0), m_shown.size() - 1);
        m_list->setCurrentRow(int(row));
    }
    m_hint->setText(m_shown.isEmpty() ? tr("No deployment options: the appliance deploys in one way.")
                                      : tr("Deployment options: %n. The default one is used when the operator "
                                           "does not choose.", nullptr, int(m_shown.size())));
    showCurrent();
}

void DeploymentOptionsEditor::showCurrent()
{
    ovf::xml::Element *c = currentConfiguration();
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_label, m_description, m_default})
        w->setEnabled(c != nullptr);
    m_remove->setEnabled(c != nullptr);
    if (!c) {
        m_id->clear();
        m_label->clear();
        m_description->clear();
        m_default->setChecked(false);
        m_references->clear();
        showIdProblem({});
        m_labelNote->clear();
        refreshTranslationsButtons();
        return;
    }
    const ovf::Configuration config(c);
    if (!m_idEdited)
        setFieldText(m_id, config.id());
    setFieldText(m_label, config.label().text);
    setFieldText(m_description, config.description().text);
    m_default->setChecked(config.isDefault());
    showIdProblem(m_idEdited ? idProblemFor(m_id->text()) : QString());
    const int refs = countReferences(session()->descriptor().envelope().element(), config.id());
    m_references->setText(tr("ovf:configuration attributes naming it: %n", nullptr, refs));
    QStringList notes;
    if (!config.label().msgid.isEmpty())
        notes.append(tr("Label: %1").arg(translationNote(config.label().msgid)));
    if (!config.description().msgid.isEmpty())
        notes.append(tr("Description: %1").arg(translationNote(config.description().msgid)));
    m_labelNote->setText(notes.join(u'\n'));
    refreshTranslationsButtons();
}

void DeploymentOptionsEditor::showIdProblem(const QString &problem)
{
    m_idProblem->setText(problem);
    m_form->setRowVisible(m_idProblem, !problem.isEmpty());
}

QString DeploymentOptionsEditor::idProblemFor(const QString &id) const
{
    const auto ok = FormEdits::checkConfigurationId(currentConfiguration(), id);
    return ok ? QString() : ok.error();
}

void DeploymentOptionsEditor::commitRename()
{
    ovf::xml::Element *c = currentConfiguration();
    if (!c)
        return;
    const auto renamed = FormEdits::renameConfiguration(session(), c, m_id->text().trimmed());
    if (!renamed) {
        showIdProblem(renamed.error());
        return;
    }
    m_idEdited = false;
    showIdProblem({});
}

void DeploymentOptionsEditor::addConfiguration()
{
    QStringList ids;
    for (ovf::xml::Element *c : m_shown)
        ids.append(ovf::Configuration(c).id());
    QString id;
    for (int n = 1; id.isEmpty() || ids.contains(id); ++n)
        id = u"option%1"_s.arg(n);
    const auto added = FormEdits::addConfiguration(session(), element(), id, id,
                                                   tr("Describe when to choose this option"),
                                                   tr("Add deployment option %1").arg(id));
    if (!added) {
        report(std::unexpected(added.error()));
        return;
    }
    selectConfiguration(*added);
    m_label->setFocus();
    m_label->selectAll();
}

void DeploymentOptionsEditor::removeConfiguration()
{
    ovf::xml::Element *c = currentConfiguration();
    if (!c)
        return;
    const int row = m_list->currentRow();
    report(FormEdits::removeElement(session(), c, tr("Remove deployment option %1").arg(ovf::Configuration(c).id())));
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void DeploymentOptionsEditor::makeDefault(ovf::xml::Element *configuration, bool on)
{
    if (!configuration)
        return;
    const QString id = ovf::Configuration(configuration).id();
    report(FormEdits::setDefaultConfiguration(session(), configuration, on,
                                              on ? tr("Make %1 the default deployment option").arg(id)
                                                 : tr("Make %1 no longer the default").arg(id)));
}

void DeploymentOptionsEditor::retranslateUi()
{
    m_title->setText(tr("Deployment options"));
    m_add->setText(tr("Add Option"));
    m_remove->setText(tr("Remove"));
    const std::pair<QWidget *, QString> labels[] = {
        {m_id, tr("Id:")}, {m_label, tr("Label:")}, {m_description, tr("Description:")}};
    const QList<QLabel *> all = findChildren<QLabel *>();
    for (const auto &[w, text] : labels) {
        for (QLabel *l : all) {
            if (l->buddy() == w)
                l->setText(text);
        }
    }
    m_default->setText(tr("Default option (ovf:default)"));
    m_id->setToolTip(tr("Renaming updates every ovf:configuration reference; it is applied when you leave the field"));
    refresh();
}
