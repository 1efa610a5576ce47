#include "wizards/vmoutputpage.h"

#include "model/package/digest.h"
#include "wizards/vmexportsession.h"
#include "model/ovf/units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Format = ovf::package::PackageWriterOptions::Format;
using ovf::package::DigestAlgorithm;

VmOutputPage::VmOutputPage(VmExportSession *session, int nextId, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_nextId(nextId), m_destination(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_manifest(new QComboBox(this)),
      m_includeMac(new QCheckBox(tr("Keep the network adapters' MAC a&ddresses (copies would share them)"), this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this))
{
    setTitle(tr("Package"));
    setSubTitle(tr("Where the appliance is written. Disks become streamOptimized VMDKs written straight into the "
                   "package; nothing is copied first."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Export"));
    m_destination->setObjectName(u"destinationEdit"_s);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("From the name (.ova, .zip, else an OVF folder)"), -1);
    m_format->addItem(tr("OVA (one tar file)"), int(Format::Ova));
    m_format->addItem(tr("OVF folder"), int(Format::Folder));
    m_format->addItem(tr("ZIP"), int(Format::Zip));
    m_manifest->setObjectName(u"manifestCombo"_s);
    m_manifest->addItem(tr("SHA-256"), int(DigestAlgorithm::Sha256));
    m_manifest->addItem(tr("SHA-512"), int(DigestAlgorithm::Sha512));
    m_manifest->addItem(tr("SHA-1 (old tools only)"), int(DigestAlgorithm::Sha1));
    m_manifest->addItem(tr("No manifest"), -1);
    m_includeMac->setObjectName(u"includeMacBox"_s);
    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"outputError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);

    auto *browseButton = new QPushButton(tr("B&rowse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_destination, 1);
    row->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Save as:"), this);
    label->setBuddy(m_destination);
    form->addRow(label, row);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Manifest:"), m_manifest);
    form->addRow(QString(), m_includeMac);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browseButton, &QPushButton::clicked, this, &VmOutputPage::browse);
    connect(m_destination, &QLineEdit::textChanged, this, &VmOutputPage::update);
    connect(m_format, &QComboBox::currentIndexChanged, this, &VmOutputPage::update);
}

void VmOutputPage::initializePage()
{
    if (m_destination->text().isEmpty() && m_session->plan()) {
        const QString base = QFileInfo(m_session->plan()->descriptorName).completeBaseName();
        m_destination->setText(QDir::home().filePath(base + u".ova"_s));
    }
    QStringList lines;
    if (const auto &plan = m_session->plan()) {
        const QLocale locale;
        lines << tr("Machines: %1").arg(m_session->plannedDomains().join(u", "_s));
        for (const auto &disk : plan->disks)
            lines << tr("Disk %1 of %2: %3, %4")
                         .arg(disk.target, disk.system, disk.format.isEmpty() ? u"raw"_s : disk.format,
                              ovf::formatByteSize(quint64(disk.capacity), locale));
        for (const QString &d : plan->dropped)
            lines << tr("Dropped (no OVF equivalent): %1").arg(d);
        for (const QString &n : plan->notes)
            lines << tr("Note: %1").arg(n);
    }
    m_summary->setText(lines.join(u'\n'));
    update();
}

QString VmOutputPage::destination() const
{
    const QString text = m_destination->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(text).absoluteFilePath());
}

ovf::package::PackageWriterOptions VmOutputPage::writerOptions() const
{
    ovf::package::PackageWriterOptions options;
    const int format = m_format->currentData().toInt();
    options.format = format < 0 ? ovf::package::PackageWriter::formatForPath(destination()) : Format(format);
    const int manifest = m_manifest->currentData().toInt();
    options.manifest = manifest < 0 ? std::nullopt : std::optional(DigestAlgorithm(manifest));
    return options;
}

bool VmOutputPage::includeMac() const
{
    return m_includeMac->isChecked();
}

void VmOutputPage::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the Virtual Machine As"), destination(),
                                                        tr("OVA package (*.ova);;ZIP package (*.zip);;OVF folder (*)"));
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

QString VmOutputPage::problem() const
{
    const QString path = destination();
    if (path.isEmpty())
        return tr("Enter where to save the package.");
    const QFileInfo info(path);
    if (info.exists())
        return tr("%1 exists already: choose a new name (an export never overwrites a package).").arg(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("The folder %1 does not exist.").arg(info.absolutePath());
    return {};
}

void VmOutputPage::update()
{
    m_error->setText(problem());
    emit completeChanged();
}

bool VmOutputPage::isComplete() const
{
    return problem().isEmpty() && m_session->plan().has_value();
}
