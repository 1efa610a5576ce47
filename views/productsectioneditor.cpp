#include "views/productsectioneditor.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/productsection.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

ProductSectionEditor::ProductSectionEditor(ovf::commands::EditSession *session, ovf::xml::Element *section,
                                           QWidget *parent)
    : FormEditor(session, section, parent), m_title(new QLabel(this)), m_fullKeyHint(hintLabel(this)),
      m_form(new QFormLayout), m_iconBox(new QGroupBox(this)), m_iconForm(new QFormLayout(m_iconBox)),
      m_iconFile(new QComboBox(m_iconBox)), m_iconMime(nullptr), m_iconInfo(hintLabel(m_iconBox)),
      m_iconPreview(new QLabel(m_iconBox))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    const auto name = [this] { return ovf::ProductSection(element()).product().text; };
    auto addAttribute = [&](const QString &local) {
        QLineEdit *f = attributeField(local, true, [this, local] { return tr("Edit ovf:%1 of the product").arg(local); });
        m_fields.insert(local, f);
        m_rows.append({local, f});
    };
    auto addChild = [&](const QString &local, bool required) {
        QLineEdit *f = childTextField(local, ovf::ContentModel::ProductSection, !required,
                                      [this, local] { return tr("Edit %1 of the product").arg(local); });
        m_fields.insert(local, f);
        m_rows.append({local, f});
    };
    Q_UNUSED(name);
    addChild(u"Info"_s, true);
    addAttribute(u"class"_s);
    addAttribute(u"instance"_s);
    for (const QString &local : {u"Product"_s, u"Vendor"_s, u"Version"_s, u"FullVersion"_s, u"ProductUrl"_s,
                                 u"VendorUrl"_s, u"AppUrl"_s})
        addChild(local, false);
    // Info, Product and Vendor are Msg_Type (DSP0243 §9.5): each has its "Translations…".
    const QStringList translatable{u"Info"_s, u"Product"_s, u"Vendor"_s};
    for (const auto &[local, f] : std::as_const(m_rows)) {
        if (translatable.contains(local))
            addTranslatableRow(m_form, f, [this, local] { return ovf::ovfChild(element(), local); });
        else
            addFormRow(m_form, f);
        f->setMinimumWidth(28 * fontMetrics().averageCharWidth());
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_iconFile->setEditable(true);
    m_iconFile->setObjectName(u"iconFileCombo"_s);
    m_iconFile->setInsertPolicy(QComboBox::NoInsert);
    m_iconMime = new QLineEdit(m_iconBox);
    m_iconMime->setObjectName(u"iconMimeTypeField"_s);
    m_iconPreview->setObjectName(u"iconPreview"_s);
    m_iconPreview->setFixedSize(72, 72);
    m_iconPreview->setAlignment(Qt::AlignCenter);
    m_iconPreview->setFrameShape(QFrame::StyledPanel);
    auto *iconRow = new QHBoxLayout;
    auto *iconFields = new QFormLayout;
    addFormRow(iconFields, m_iconFile);
    addFormRow(iconFields, m_iconMime);
    iconFields->addRow(m_iconInfo);
    iconFields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_iconForm = iconFields;
    iconRow->addLayout(iconFields, 1);
    iconRow->addWidget(m_iconPreview, 0, Qt::AlignTop);
    delete m_iconBox->layout();
    m_iconBox->setLayout(iconRow);

    connect(m_iconFile, &QComboBox::activated, this, [this](int) { setIconFile(m_iconFile->currentText().trimmed()); });
    connect(m_iconFile->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { setIconFile(m_iconFile->currentText().trimmed()); });
    connect(m_iconMime, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QList<ovf::ProductIcon> icons = ovf::ProductSection(element()).icons();
        if (!icons.isEmpty())
            report(FormEdits::setAttribute(this->session(), icons.first().element, u"mimeType",
                                           text.isEmpty() ? QString() : text, tr("Edit the icon's mime type")));
    });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_fullKeyHint);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(m_form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_iconBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslateUi();
    refresh();
}

QLineEdit *ProductSectionEditor::field(const QString &name) const
{
    return m_fields.value(name);
}

void ProductSectionEditor::retranslateUi()
{
    const QHash<QString, QString> labels = {
        {u"Info"_s, tr("Info:")},           {u"class"_s, tr("Class:")},
        {u"instance"_s, tr("Instance:")},   {u"Product"_s, tr("Product:")},
        {u"Vendor"_s, tr("Vendor:")},       {u"Version"_s, tr("Version:")},
        {u"FullVersion"_s, tr("Full version:")}, {u"ProductUrl"_s, tr("Product URL:")},
        {u"VendorUrl"_s, tr("Vendor URL:")}, {u"AppUrl"_s, tr("Application URL:")},
    };
    const QList<QLabel *> all = findChildren<QLabel *>();
    for (const auto &[local, f] : std::as_const(m_rows)) {
        for (QLabel *label : all) {
            if (label->buddy() == f)
                label->setText(labels.value(local));
        }
    }
    m_fields.value(u"class"_s)->setPlaceholderText(tr("e.g. com.example.product (prefixes the property keys)"));
    m_fields.value(u"instance"_s)->setPlaceholderText(tr("e.g. 1 (suffixes the property keys)"));
    m_fields.value(u"ProductUrl"_s)->setPlaceholderText(u"https://"_s);
    m_fields.value(u"VendorUrl"_s)->setPlaceholderText(u"https://"_s);
    m_fields.value(u"AppUrl"_s)->setPlaceholderText(tr("https://… (the application once deployed)"));
    m_iconBox->setTitle(tr("Icon"));
    if (auto *label = qobject_cast<QLabel *>(m_iconForm->labelForField(m_iconFile)))
        label->setText(tr("File:"));
    if (auto *label = qobject_cast<QLabel *>(m_iconForm->labelForField(m_iconMime)))
        label->setText(tr("Mime type:"));
    m_iconFile->setToolTip(tr("The ovf:id of the File in References that holds the icon; empty removes the icon"));
    m_iconMime->setPlaceholderText(u"image/png"_s);
}

void ProductSectionEditor::refresh()
{
    refreshBoundFields();
    refreshTranslationsButtons();
    const ovf::ProductSection section(element());
    const QString product = section.product().text;
    m_title->setText(product.isEmpty() ? tr("Product section") : tr("Product section: %1").arg(product));
    const QString cls = section.className();
    const QString inst = section.instance();
    m_fullKeyHint->setText(tr("Property keys in the OVF environment: %1")
                               .arg((cls.isEmpty() ? QString() : cls + u'.') + u"<key>"_s
                                    + (inst.isEmpty() ? QString() : u'.' + inst)));
    refreshIcon();
}

void ProductSectionEditor::refreshIcon()
{
    const ovf::Envelope envelope = session()->descriptor().envelope();
    const QList<ovf::ProductIcon> icons = ovf::ProductSection(element()).icons();
    const QString fileRef = icons.isEmpty() ? QString() : icons.first().fileRef;

    QStringList ids;
    for (const ovf::FileReference &f : envelope.files())
        ids.append(f.id());
    QStringList current;
    for (int i = 0; i < m_iconFile->count(); ++i)
        current.append(m_iconFile->itemText(i));
    if (current != QStringList(QString()) + ids) {
        m_iconFile->clear();
        m_iconFile->addItem(QString());
        m_iconFile->addItems(ids);
    }
    if (m_iconFile->currentText() != fileRef && !m_iconFile->lineEdit()->hasFocus())
        m_iconFile->setEditText(fileRef);
    m_iconMime->setEnabled(!icons.isEmpty());
    setFieldText(m_iconMime, icons.isEmpty() ? QString() : icons.first().mimeType);

    m_iconPreview->clear();
    if (icons.isEmpty()) {
        m_iconInfo->setText(tr("No icon. Choose the File that holds one."));
        m_iconPreview->setText(tr("none"));
        return;
    }
    const ovf::ProductIcon &icon = icons.first();
    const ovf::FileReference file = envelope.fileById(icon.fileRef);
    if (file.isNull()) {
        m_iconInfo->setText(tr("No File with ovf:id %1 in References").arg(icon.fileRef));
        m_iconPreview->setText(tr("missing"));
        return;
    }
    QStringList facts{file.href()};
    if (file.hasSize())
        facts.append(tr("%1 bytes").arg(QLocale().toString(file.size().toLongLong())));
    if (!icon.width.isEmpty() || !icon.height.isEmpty())
        facts.append(tr("%1 × %2 px").arg(icon.width, icon.height));
    QString note;
    const QFileInfo descriptorFile(session()->descriptor().fileName());
    const QString path = descriptorFile.absoluteDir().filePath(file.href());
    if (descriptorFile.isAbsolute() && !file.href().contains(u"..") && QFileInfo(path).isFile()) {
        QImageReader reader(path);
        reader.setScaledSize(QSize(64, 64));
        const QImage image = reader.read();
        if (!image.isNull())
            m_iconPreview->setPixmap(QPixmap::fromImage(image));
        else
            note = tr("The file is next to the descriptor but is not an image this program reads: %1")
                       .arg(reader.errorString());
    } else {
        note = tr("No preview: the file is not next to the descriptor");
    }
    if (m_iconPreview->pixmap().isNull())
        m_iconPreview->setText(tr("no preview"));
    m_iconInfo->setText(facts.join(u" · "_s) + (note.isEmpty() ? QString() : u'\n' + note));
}

void ProductSectionEditor::setIconFile(const QString &fileRef)
{
    const QList<ovf::ProductIcon> icons = ovf::ProductSection(element()).icons();
    if (icons.isEmpty()) {
        if (fileRef.isEmpty())
            return;
        const auto added = FormEdits::insertElement(session(), element(), ovf::ContentModel::ProductSection, u"Icon",
                                                    {{u"fileRef"_s, fileRef}}, {}, tr("Add an icon"));
        if (!added)
            report(std::unexpected(added.error()));
        return;
    }
    if (fileRef == icons.first().fileRef)
        return;
    if (fileRef.isEmpty())
        report(FormEdits::removeElement(session(), icons.first().element, tr("Remove the icon")));
    else
        report(FormEdits::setAttribute(session(), icons.first().element, u"fileRef", fileRef,
                                       tr("Change the icon file")));
}
