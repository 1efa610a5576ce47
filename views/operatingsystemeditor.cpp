#include "views/operatingsystemeditor.h"

#include "model/commands/formedits.h"
#include "model/ovf/cimostypes.h"
#include "model/ovf/sections.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

OperatingSystemEditor::OperatingSystemEditor(ovf::commands::EditSession *session, ovf::xml::Element *section,
                                             QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)),
      m_info(childTextField(u"Info"_s, ovf::ContentModel::OperatingSystemSection, false, [this] { return tr("Edit the operating system's Info"); })),
      m_os(new QComboBox(this)), m_osNote(hintLabel(this)),
      m_version(attributeField(u"version"_s, true, [this] { return tr("Edit the operating system version"); })),
      m_description(childTextField(u"Description"_s, ovf::ContentModel::OperatingSystemSection, true,
                                   [this] { return tr("Edit the operating system description"); })),
      m_vmware(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_os->setObjectName(u"osTypeCombo"_s);
    m_os->setEditable(true);
    m_os->setInsertPolicy(QComboBox::NoInsert);
    m_os->setMaxVisibleItems(20);
    for (const ovf::CimOsType &t : ovf::CimOsTypes::all())
        m_os->addItem(u"%1 – %2"_s.arg(t.id).arg(t.name), t.id);
    auto *completer = new QCompleter(m_os->model(), m_os);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_os->setCompleter(completer);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_info);
    addFormRow(form, m_os);
    addFormRow(form, m_osNote);
    addFormRow(form, m_version);
    addFormRow(form, m_description);
    addFormRow(form, m_vmware);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_os, &QComboBox::activated, this, [this](int index) {
        commitOsText(m_os->itemText(index));
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { commitOsText(text); });
    connect(m_os->lineEdit(), &QLineEdit::textEdited, this, [this] { m_osEdited = true; });
    connect(m_os->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitOsText(m_os->currentText()); });
    retranslateUi();
    refresh();
}

void OperatingSystemEditor::commitOsText(const QString &text)
{
    static const QRegularExpression leadingNumber(u"^\\s*(\\d+)"_s);
    m_osEdited = false;
    QString id;
    if (const auto m = leadingNumber.match(text); m.hasMatch()) {
        id = m.captured(1);
    } else {
        for (const ovf::CimOsType &t : ovf::CimOsTypes::all()) {
            if (t.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                id = QString::number(t.id);
        }
    }
    if (id.isEmpty()) {
        m_osNote->setText(tr("“%1” is not a CIM operating system type: type a number or part of a name and pick "
                             "one from the list")
                              .arg(text));
        return;
    }
    if (id == ovf::OperatingSystemSection(element()).osId()) {
        refresh();
        return;
    }
    const auto known = ovf::CimOsTypes::byId(id.toInt());
    report(FormEdits::setAttribute(session(), element(), u"id", id,
                                   tr("Set the operating system to %1").arg(known ? known->name : id)));
}

bool OperatingSystemEditor::focusElement(const ovf::xml::Element *target)
{
    if (FormEditor::focusElement(target))
        return true;
    if (!isWithin(target, element()))
        return false;
    m_os->setFocus(Qt::OtherFocusReason);
    return true;
}

void OperatingSystemEditor::refresh()
{
    refreshBoundFields();
    const ovf::OperatingSystemSection os(element());
    const QString id = os.osId();
    bool ok = false;
    const int number = id.toInt(&ok);
    const int index = ok ? m_os->findData(number) : -1;
    if (!m_osEdited) {
        if (index >= 0)
            m_os->setCurrentIndex(index);
        else
            m_os->setEditText(id);
    }
    m_osNote->setText(index >= 0 ? tr("ovf:id %1 (CIM_OperatingSystem OSType)").arg(id)
                                 : ovf::CimOsTypes::displayText(id));
    const QString vmw = os.vmwareOsType();
    m_vmware->setText(vmw.isEmpty() ? QString() : tr("VMware guest type (vmw:osType): %1").arg(vmw));
    m_vmware->setVisible(!vmw.isEmpty());
}

void OperatingSystemEditor::retranslateUi()
{
    m_title->setText(tr("Guest operating system"));
    const std::pair<QWidget *, QString> labels[] = {{m_info, tr("Info:")},
                                                    {m_os, tr("Operating system:")},
                                                    {m_version, tr("Version:")},
                                                    {m_description, tr("Description:")}};
    const QList<QLabel *> all = findChildren<QLabel *>();
    for (const auto &[w, text] : labels) {
        for (QLabel *l : all) {
            if (l->buddy() == w)
                l->setText(text);
        }
    }
    m_os->setToolTip(tr("Type part of a name (e.g. “debian”) or a number to search the CIM operating system list"));
    m_version->setPlaceholderText(tr("e.g. 12"));
    m_description->setPlaceholderText(tr("e.g. Debian GNU/Linux 12 (64-bit)"));
}
