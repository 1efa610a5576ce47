#pragma once

#include "wizards/deploywizard.h"

#include <QObject>
#include <QPointer>

#include <functional>

class DocumentController;
class QWidget;

// File > Deploy…: opens the deploy wizard (non-modal, a child of `window`, deleted when
// closed) on the package of the controller's document, offered on the wizard's Source page. The wizard deploys what is
// on disk, so a document with unsaved changes asks first: save, then deploy the saved package;
// deploy the file as last saved (the edits stay in the window, unsaved); or cancel. A document
// that has no file yet (the sample, a restored autosave of one) must be saved first.
class DeployLauncher : public QObject
{
    Q_OBJECT

public:
    enum class Choice { SaveFirst, DeploySaved, Cancel };
    // Asks about unsaved changes; `hasFile` false: only SaveFirst or Cancel make sense.
    using Prompt = std::function<Choice(const QString &documentName, bool hasFile)>;

    DeployLauncher(DocumentController *document, QWidget *window);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Runs the action: asks when needed, then opens the wizard (at once, or once the save
    // succeeded). Nothing happens without an open document or when cancelled.
    void launch();
    // File > Preview Deployment in ▸ LOCALE: the wizard on the document as it is now (edits
    // and edited Strings bundles included, nothing saved or verified), from its Details page
    // with the texts in `locale` ("" for the default texts), closing at the Summary without
    // deploying.
    void preview(const QString &locale);
    // The wizard opened last, while it is open.
    DeployWizard *wizard() const { return m_wizard; }

signals:
    void wizardOpened(DeployWizard *wizard);

private:
    Choice ask(const QString &name, bool hasFile) const;
    void openWizard();

    DocumentController *m_document;
    QWidget *m_window;
    Prompt m_prompt;
    QPointer<DeployWizard> m_wizard;
};
