#include "wizards/sourcepage.h"

#include "wizards/deploysession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourcePage::SourcePage(DeploySession *session, const QString &openDocument, QWidget *parent)
    : DeployPage(DeployPageId::Source, session, parent), m_openDocument(openDocument)
{
    setTitle(tr("Choose the appliance"));
    setSubTitle(tr("Deploy the document that is open, or choose an OVA, OVF or ZIP package."));

    m_useOpen = new QRadioButton(tr("The open document: %1").arg(QFileInfo(openDocument).fileName()), this);
    m_useOpen->setObjectName(u"useOpenDocument"_s);
    m_useOpen->setToolTip(openDocument);
    m_useFile = new QRadioButton(tr("A package file or folder:"), this);
    m_useFile->setObjectName(u"useFile"_s);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"sourcePath"_s);
    m_path->setPlaceholderText(tr("/path/to/appliance.ova"));
    m_path->setClearButtonEnabled(true);
    auto *fileButton = new QPushButton(tr("Choose &File…"), this);
    auto *folderButton = new QPushButton(tr("Choose F&older…"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"sourceError"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(fileButton);
    row->addWidget(folderButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useOpen);
    layout->addWidget(m_useFile);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_useOpen->setVisible(!openDocument.isEmpty());
    (openDocument.isEmpty() ? m_useFile : m_useOpen)->setChecked(true);
    if (!openDocument.isEmpty())
        m_path->setText(openDocument);

    // Not a mandatory field ("*"): QWizardPage counts a mandatory field as filled only once it
    // differs from its first value, and the open document is a valid first value.
    registerField(u"sourcePath"_s, m_path);
    connect(m_path, &QLineEdit::textChanged, this, &SourcePage::completeChanged);
    connect(m_useOpen, &QRadioButton::toggled, this, &SourcePage::updateMode);
    connect(fileButton, &QPushButton::clicked, this, &SourcePage::chooseFile);
    connect(folderButton, &QPushButton::clicked, this, &SourcePage::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, m_error, &QLabel::clear);
    updateMode();
}

void SourcePage::updateMode()
{
    const bool open = m_useOpen->isVisible() && m_useOpen->isChecked();
    if (open)
        m_path->setText(m_openDocument);
    m_path->setReadOnly(open);
}

void SourcePage::useFile(const QString &path)
{
    m_useFile->setChecked(true);
    m_path->setText(path);
}

void SourcePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an Appliance"), QFileInfo(m_path->text()).absolutePath(),
        tr("OVF packages (*.ova *.ovf *.zip);;All files (*)"));
    if (!path.isEmpty()) {
        m_useFile->setChecked(true);
        m_path->setText(path);
    }
}

void SourcePage::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose an OVF Folder"), m_path->text());
    if (!path.isEmpty()) {
        m_useFile->setChecked(true);
        m_path->setText(path);
    }
}

bool SourcePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool SourcePage::validatePage()
{
    const QFileInfo info(m_path->text().trimmed());
    if (!info.exists()) {
        m_error->setText(tr("%1 does not exist.").arg(info.filePath()));
        return false;
    }
    if (!info.isReadable()) {
        m_error->setText(tr("%1 cannot be read.").arg(info.filePath()));
        return false;
    }
    session()->setPackagePath(DeploySession::packageFor(info.filePath()));
    return true;
}
