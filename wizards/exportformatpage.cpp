#include "wizards/exportformatpage.h"

#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/pendingsource.h"
#include "model/ovf/units.h"
#include "wizards/exportwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;
using Format = ovf::package::PackageWriterOptions::Format;

ExportFormatPage::ExportFormatPage(QWidget *parent)
    : QWizardPage(parent), m_ova(new QRadioButton(tr("&OVA: one file (a tar archive), the usual way to ship an appliance"), this)),
      m_folder(new QRadioButton(tr("OVF &folder: the descriptor, manifest and files in a new folder"), this)),
      m_zip(new QRadioButton(tr("&ZIP: one ZIP archive holding the OVF folder's files"), this)),
      m_manifest(new QComboBox(this)), m_chunk(new QCheckBox(tr("S&plit files into chunks of"), this)),
      m_chunkSize(new QLineEdit(this)), m_compression(new QComboBox(this)), m_error(new QLabel(this))
{
    setTitle(tr("Format"));
    setSubTitle(tr("How the package is written. Every choice here is what “ovfctl pack” does with the same options."));
    m_ova->setObjectName(u"formatOva"_s);
    m_folder->setObjectName(u"formatFolder"_s);
    m_zip->setObjectName(u"formatZip"_s);
    m_manifest->setObjectName(u"manifestAlgorithm"_s);
    m_chunk->setObjectName(u"chunkEnabled"_s);
    m_chunkSize->setObjectName(u"chunkSize"_s);
    m_compression->setObjectName(u"compression"_s);
    m_error->setObjectName(u"formatError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_ova, m_folder, m_zip})
        group->addButton(b);
    m_ova->setChecked(true);

    m_manifest->addItem(tr("SHA-256 (recommended)"), int(DigestAlgorithm::Sha256));
    m_manifest->addItem(tr("SHA-512"), int(DigestAlgorithm::Sha512));
    m_manifest->addItem(tr("SHA-1 (only for readers from before OVF 2.0; not trusted as verified)"),
                        int(DigestAlgorithm::Sha1));
    m_manifest->addItem(tr("No manifest (nothing can be checked; no signature)"), -1);

    m_chunkSize->setText(u"2 GiB"_s);
    m_chunkSize->setPlaceholderText(tr("a size with a unit, such as 4 GiB or 512 MiB"));
    m_chunkSize->setMaximumWidth(220);

    m_compression->addItem(tr("Keep each file as it is stored now"), int(ExportChoices::Compression::Keep));
    m_compression->addItem(tr("Compress every file with gzip (ovf:compression)"), int(ExportChoices::Compression::Gzip));
    m_compression->addItem(tr("Store every file uncompressed"), int(ExportChoices::Compression::Uncompressed));

    auto *formatBox = new QGroupBox(tr("Package"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    for (QRadioButton *b : {m_ova, m_folder, m_zip})
        formatLayout->addWidget(b);

    auto *optionsBox = new QGroupBox(tr("Contents"), this);
    auto *form = new QFormLayout(optionsBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *manifestLabel = new QLabel(tr("&Manifest digest:"), this);
    manifestLabel->setBuddy(m_manifest);
    form->addRow(manifestLabel, m_manifest);
    auto *chunkRow = new QHBoxLayout;
    chunkRow->addWidget(m_chunk);
    chunkRow->addWidget(m_chunkSize);
    chunkRow->addStretch(1);
    form->addRow(tr("Chunks:"), chunkRow);
    auto *compressionLabel = new QLabel(tr("&Compression:"), this);
    compressionLabel->setBuddy(m_compression);
    form->addRow(compressionLabel, m_compression);
    m_pendingNote = new QLabel(tr("The disk images to convert become streamOptimized VMDK files, compressed already: "
                                  "they are not gzip-compressed again, and cannot be split into chunks."),
                               this);
    m_pendingNote->setObjectName(u"pendingNote"_s);
    m_pendingNote->setWordWrap(true);
    m_pendingNote->hide();
    form->addRow(m_pendingNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QRadioButton *b : {m_ova, m_folder, m_zip})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                emit formatChanged();
        });
    connect(m_chunk, &QCheckBox::toggled, this, &ExportFormatPage::update);
    connect(m_chunkSize, &QLineEdit::textChanged, this, &ExportFormatPage::update);
    update();
}

Format ExportFormatPage::format() const
{
    return m_zip->isChecked() ? Format::Zip : m_folder->isChecked() ? Format::Folder : Format::Ova;
}

void ExportFormatPage::setFormat(Format format)
{
    (format == Format::Zip ? m_zip : format == Format::Folder ? m_folder : m_ova)->setChecked(true);
}

void ExportFormatPage::setManifest(DigestAlgorithm algorithm)
{
    m_manifest->setCurrentIndex(m_manifest->findData(int(algorithm)));
}

void ExportFormatPage::requireUncompressed()
{
    m_compression->setCurrentIndex(m_compression->findData(int(ExportChoices::Compression::Uncompressed)));
}

void ExportFormatPage::requireWholeFiles()
{
    m_chunk->setChecked(false);
    m_joinChunks = true;
}

std::optional<qint64> ExportFormatPage::chunkBytes(QString *error) const
{
    if (!m_chunk->isChecked())
        return 0;
    const auto bytes = ovf::parseByteSize(m_chunkSize->text().trimmed());
    if (!bytes) {
        *error = tr("Chunk size: %1").arg(bytes.error());
        return std::nullopt;
    }
    // A chunk must hold more than a tar header's worth; below 1 MiB only makes packages slow.
    if (*bytes < (quint64(1) << 20) || *bytes > quint64(std::numeric_limits<qint64>::max())) {
        *error = tr("Chunk size: at least 1 MiB");
        return std::nullopt;
    }
    return qint64(*bytes);
}

void ExportFormatPage::initializePage()
{
    m_hasPending = false;
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    if (w && w->session()) {
        for (const ovf::FileReference &file : w->session()->descriptor().envelope().files())
            m_hasPending = m_hasPending || ovf::PendingSource::of(file.element()).has_value();
    }
    m_pendingNote->setVisible(m_hasPending);
    if (m_hasPending)
        m_chunk->setChecked(false);
    m_chunk->setEnabled(!m_hasPending);
    update();
}

void ExportFormatPage::update()
{
    m_chunkSize->setEnabled(m_chunk->isChecked() && !m_hasPending);
    QString error;
    chunkBytes(&error);
    m_error->setText(error);
    emit completeChanged();
}

bool ExportFormatPage::isComplete() const
{
    QString error;
    return chunkBytes(&error).has_value();
}

void ExportFormatPage::apply(ExportChoices &choices) const
{
    choices.format = format();
    const int algorithm = m_manifest->currentData().toInt();
    choices.manifest = algorithm < 0 ? std::nullopt : std::optional(DigestAlgorithm(algorithm));
    QString error;
    choices.chunkSize = chunkBytes(&error).value_or(0);
    choices.joinChunks = m_joinChunks && choices.chunkSize == 0;
    choices.compression = ExportChoices::Compression(m_compression->currentData().toInt());
}
