#include "views/eulaeditor.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/entity.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/sections.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

namespace {

constexpr qint64 MaxLicenseBytes = 4 * 1024 * 1024;

// XML 1.0 §2.2 Char: tab, line feed, carriage return and everything from U+0020 on (surrogate
// pairs and U+FFFE/U+FFFF aside).
bool isXmlText(const QString &text, int *bad)
{
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xfffe || c == 0xffff) {
            *bad = i;
            return false;
        }
    }
    return true;
}

} // namespace

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

std::expected<EulaEditor::DecodedText, QString> EulaEditor::decodeText(const QByteArray &bytes)
{
    if (bytes.size() > MaxLicenseBytes)
        return std::unexpected(tr("The file is larger than %1 MiB: not a license text").arg(MaxLicenseBytes >> 20));
    DecodedText out;
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        out.text = decoder(bytes);
        out.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        if (decoder.hasError())
            return std::unexpected(tr("The file starts with a %1 byte order mark but is not valid %1").arg(out.encoding));
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        out.text = utf8(bytes);
        out.encoding = u"UTF-8"_s;
        if (utf8.hasError()) {
            out.text = QString::fromLatin1(bytes);
            out.encoding = u"ISO-8859-1"_s;
            out.warning = tr("The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). "
                             "Check accented characters.");
        }
    }
    if (!out.text.isEmpty() && out.text.front() == QChar(0xfeff))
        out.text.remove(0, 1);
    int bad = -1;
    if (!isXmlText(out.text, &bad))
        return std::unexpected(tr("The file holds the control character U+%1 at character %2, which an OVF "
                                  "descriptor cannot contain (is it a binary file?)")
                                   .arg(int(out.text[bad].unicode()), 4, 16, QLatin1Char('0'))
                                   .arg(bad + 1));
    out.text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return out;
}

bool EulaEditor::importFile(const QString &path)
{
    QFile file(path);
    const auto fail = [this](const QString &message) {
        m_importMessage->setText(message);
        m_importMessage->setStyleSheet(u"color: #c62828"_s);
        m_importMessage->show();
        return false;
    };
    if (QFileInfo(path).size() > MaxLicenseBytes)
        return fail(tr("%1: larger than %2 MiB, not a license text").arg(path).arg(MaxLicenseBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: %2").arg(path, file.errorString()));
    const auto decoded = decodeText(file.read(MaxLicenseBytes + 1));
    if (!decoded)
        return fail(tr("%1: %2").arg(path, decoded.error()));
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
