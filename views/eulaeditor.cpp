#include "views/eulaeditor.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/licensetext.h"
#include "model/ovf/entity.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/sections.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

EulaEditor::EulaEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)),
      m_info(childTextField(u"Info"_s, ovf::ContentModel::EulaSection, false, [this] { return tr("Edit the license section's Info"); })),
      m_license(new QPlainTextEdit(this)), m_msgid(hintLabel(this)), m_importMessage(new QLabel(this)),
      m_import(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_license->setObjectName(u"licenseEdit"_s);
    m_license->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_license->setTabChangesFocus(true);
    m_license->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_license->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap
    m_import->setObjectName(u"importLicenseButton"_s);
    m_importMessage->setWordWrap(true);
    m_importMessage->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(form, m_info);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_msgid, 1);
    bottom->addWidget(translationsButton([this] { return ovf::ovfChild(element(), u"License"); }), 0, Qt::AlignTop);
    bottom->addWidget(m_import, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_license, 1);
    layout->addWidget(m_importMessage);
    layout->addLayout(bottom);

    connect(m_license, &QPlainTextEdit::textChanged, this, &EulaEditor::licenseEdited);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import License Text"), QString(),
                                                          tr("Text files (*.txt *.text *.md);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    retranslateUi();
    refresh();
}

void EulaEditor::licenseEdited()
{
    if (m_updating)
        return;
    report(FormEdits::setChildText(session(), element(), u"License", m_license->toPlainText(),
                                   ovf::ContentModel::EulaSection, false, tr("Edit the license text")));
}

bool EulaEditor::importFile(const QString &path)
{
    const auto fail = [this](const QString &message) {
        m_importMessage->setText(message);
        m_importMessage->setStyleSheet(u"color: #c62828"_s);
        m_importMessage->show();
        return false;
    };
    const auto decoded = ovf::commands::LicenseTextFile::read(path);
    if (!decoded)
        return fail(decoded.error());
    if (const auto set = FormEdits::setChildText(session(), element(), u"License", decoded->text,
                                                 ovf::ContentModel::EulaSection, false,
                                                 tr("Import the license text from %1").arg(QFileInfo(path).fileName()),
                                                 false);
        !set)
        return fail(set.error());
    m_importMessage->setStyleSheet(decoded->warning.isEmpty() ? QString() : u"color: #a86400"_s);
    m_importMessage->setText(decoded->warning.isEmpty()
                                 ? tr("Imported %1 (%2)").arg(QFileInfo(path).fileName(), decoded->encoding)
                                 : decoded->warning);
    m_importMessage->show();
    return true;
}

bool EulaEditor::focusElement(const ovf::xml::Element *target)
{
    if (FormEditor::focusElement(target))
        return true;
    if (!isWithin(target, element()))
        return false;
    m_license->setFocus(Qt::OtherFocusReason);
    return true;
}

void EulaEditor::refresh()
{
    refreshBoundFields();
    refreshTranslationsButtons();
    const ovf::EulaSection section(element());
    const ovf::LocalizedText license = section.license();
    {
        m_updating = true;
        setFieldText(m_license, license.text);
        m_updating = false;
    }
    const ovf::xml::Element *owner = element()->parent();
    const QString entity = owner && ovf::Entity::isEntity(owner) ? ovf::Entity(const_cast<ovf::xml::Element *>(owner)).displayName()
                                                                 : tr("the package");
    m_title->setText(tr("License agreement of %1").arg(entity));
    m_msgid->setText(translationNote(license.msgid));
}

void EulaEditor::retranslateUi()
{
    for (QLabel *l : findChildren<QLabel *>()) {
        if (l->buddy() == m_info)
            l->setText(tr("Info:"));
    }
    m_license->setPlaceholderText(tr("The license text the operator must accept before deploying"));
    m_import->setText(tr("Import from File…"));
    m_import->setToolTip(tr("Replace the license text by the contents of a text file (UTF-8, UTF-16 or Latin-1)"));
}
