#include "wizards/exportdestinationpage.h"

#include "wizards/exportformatpage.h"
#include "wizards/exportwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;
using Format = ovf::package::PackageWriterOptions::Format;

ExportDestinationPage::ExportDestinationPage(QWidget *parent)
    : QWizardPage(parent), m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("B&rowse…"), this)),
      m_hint(new QLabel(this))
{
    setTitle(tr("Destination"));
    setSubTitle(tr("Where the package is written. An existing file is replaced only once the new package is complete."));
    setButtonText(QWizard::NextButton, tr("&Export"));
    m_path->setObjectName(u"destination"_s);
    m_browse->setObjectName(u"destinationBrowse"_s);
    m_hint->setWordWrap(true);
    auto *label = new QLabel(tr("&Save to:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDestinationPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDestinationPage::browse);
}

QString ExportDestinationPage::suffix() const
{
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    const Format format = w ? w->formatPage()->format() : Format::Ova;
    return format == Format::Ova ? u".ova"_s : format == Format::Zip ? u".zip"_s : QString();
}

void ExportDestinationPage::initializePage()
{
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    const bool folder = suffix().isEmpty();
    m_hint->setText(folder ? tr("A new folder is created with the descriptor, the manifest and the files in it.")
                           : tr("The file gets the extension %1.").arg(suffix()));
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(w ? w->baseName() : u"appliance"_s);
    }
    // The extension follows the format chosen now.
    const QFileInfo info(path);
    const QString lower = info.suffix().toLower();
    if (lower == u"ova" || lower == u"zip")
        path = info.dir().filePath(info.completeBaseName());
    m_path->setText(path + suffix());
}

QString ExportDestinationPage::destination() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    const QString s = suffix();
    if (!s.isEmpty() && !path.endsWith(s, Qt::CaseInsensitive))
        path += s;
    return QFileInfo(path).absoluteFilePath();
}

void ExportDestinationPage::setDestination(const QString &path)
{
    m_path->setText(path);
}

bool ExportDestinationPage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void ExportDestinationPage::browse()
{
    const QString s = suffix();
    QString path;
    if (s.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("New OVF Folder"), destination(), tr("OVF folder (a new folder)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    } else {
        const QString filter = s == u".ova" ? tr("OVA package (*.ova)") : tr("ZIP package (*.zip)");
        path = QFileDialog::getSaveFileName(this, tr("Export To"), destination(), filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite); // asked on Next
    }
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ExportDestinationPage::validatePage()
{
    const QString path = destination();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        m_hint->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!info.exists())
        return true;
    const auto *w = qobject_cast<const ExportWizard *>(wizard());
    const QString text = info.isDir() ? tr("The folder “%1” already exists. Replace it with the exported package?")
                                      : tr("“%1” already exists. Replace it?");
    return w && w->confirm(tr("Replace"), text.arg(QDir::toNativeSeparators(path)));
}
