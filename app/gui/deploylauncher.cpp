#include "app/gui/deploylauncher.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/trustsettings.h"
#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"
#include "model/package/hrefreader.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"

#include <QFileInfo>
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
    DeployWizard::Options options;
    options.openDocument = path;
    auto *wizard = new DeployWizard(options, m_window);
    wizard->session()->setVerifyOptions(TrustSettings::verifyOptions()); // Preferences > Trust
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
}

void DeployLauncher::preview(const QString &locale)
{
    ovf::commands::EditSession *session = m_document->session();
    if (!session)
        return;
    // The document as it is now, parsed again so the wizard does not depend on later edits.
    auto result = std::make_shared<ovf::package::VerifyResult>();
    result->descriptorBytes = session->document().save();
    result->descriptorName = QFileInfo(session->descriptor().fileName()).fileName();
    result->packageBytes = result->descriptorBytes.size();
    auto parsed = ovf::Descriptor::fromBytes(result->descriptorBytes, session->descriptor().fileName());
    if (!parsed)
        return; // the session's own bytes always parse; nothing to preview otherwise
    result->descriptor = std::shared_ptr<const ovf::Descriptor>(std::move(*parsed));
    result->verdict.state = ovf::package::TrustState::Unchecked;
    result->verdict.reasons << tr("A preview of the document being edited: nothing was verified.");

    // External bundles as edited now (a copy), the others from where the document came from.
    QHash<QString, QByteArray> edited;
    if (const ovf::l10n::BundleStore *store = ovf::l10n::BundleStore::of(session)) {
        for (const QString &href : store->hrefs())
            edited.insert(href, store->bytes(href));
    }
    const auto fromOrigin = m_document->origin().hrefReader();
    const auto reader = fromOrigin.isNull() ? ovf::l10n::BundleStore::Reader() : fromOrigin.stringReader();
    DeployWizard::Options options;
    options.preview = result;
    options.locale = locale;
    options.bundles = [edited, reader](const QString &href) -> std::expected<QByteArray, QString> {
        if (edited.contains(href))
            return edited.value(href);
        if (reader)
            return reader(href);
        return std::unexpected(tr("'%1' cannot be read: the document has not been saved yet").arg(href));
    };
    auto *wizard = new DeployWizard(options, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
}
