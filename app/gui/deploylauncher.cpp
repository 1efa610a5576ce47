#include "app/gui/deploylauncher.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/trustsettings.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"

#include <QMessageBox>
#include <QPushButton>

DeployLauncher::DeployLauncher(DocumentController *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
}

DeployLauncher::Choice DeployLauncher::ask(const QString &name, bool hasFile) const
{
    if (m_prompt)
        return m_prompt(name, hasFile);
    QMessageBox box(QMessageBox::Question, tr("Deploy"), QString(), QMessageBox::Cancel, m_window);
    box.setText(hasFile ? tr("“%1” has unsaved changes.").arg(name) : tr("“%1” has not been saved to a file yet.").arg(name));
    box.setInformativeText(hasFile ? tr("The deploy wizard deploys the package as it is on disk. Save the changes "
                                        "and deploy the saved package, or deploy the package as it was last saved?")
                                   : tr("The deploy wizard deploys a package on disk. Save the document first?"));
    QPushButton *save = box.addButton(tr("&Save and Deploy"), QMessageBox::AcceptRole);
    QPushButton *saved = hasFile ? box.addButton(tr("Deploy &Last Saved"), QMessageBox::DestructiveRole) : nullptr;
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return Choice::SaveFirst;
    if (saved && box.clickedButton() == saved)
        return Choice::DeploySaved;
    return Choice::Cancel;
}

void DeployLauncher::launch()
{
    if (!m_document->isOpen())
        return;
    const bool hasFile = !m_document->currentFile().isEmpty();
    if (hasFile && !m_document->isModified()) {
        openWizard();
        return;
    }
    switch (ask(m_document->origin().displayName, hasFile)) {
    case Choice::SaveFirst:
        // Save As when there is no file; the wizard opens only once the save succeeded.
        m_document->saveThen(!hasFile, [this] { openWizard(); });
        break;
    case Choice::DeploySaved:
        if (hasFile)
            openWizard();
        break;
    case Choice::Cancel:
        break;
    }
}

void DeployLauncher::openWizard()
{
    const QString path = m_document->currentFile();
    if (path.isEmpty())
        return;
    auto *wizard = new DeployWizard(DeployWizard::Options{{}, path}, m_window);
    wizard->session()->setVerifyOptions(TrustSettings::verifyOptions()); // Preferences > Trust
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
}
