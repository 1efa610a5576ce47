#include "app/gui/deploylauncher.h"

#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "wizards/deploywizard.h"

#include <QMessageBox>
#include <QPushButton>

DeployLauncher::DeployLauncher(MainWindow *window) : QObject(window), m_window(window) { }

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
    const ovf::commands::EditSession *session = m_window->session();
    if (!session)
        return;
    const bool hasFile = !m_window->currentFile().isEmpty();
    if (hasFile && !session->isModified()) {
        openWizard();
        return;
    }
    switch (ask(m_window->origin().displayName, hasFile)) {
    case Choice::SaveFirst:
        // Save As when there is no file; the wizard opens only once the save succeeded.
        m_window->saveThen(!hasFile, [this] { openWizard(); });
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
    const QString path = m_window->currentFile();
    if (path.isEmpty())
        return;
    auto *wizard = new DeployWizard(DeployWizard::Options{{}, path}, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
}
