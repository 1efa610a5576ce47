#pragma once

#include "app/gui/documentcontroller.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMimeData;
class QUndoView;
class AutosaveManager;
class AutosaveRestoreDialog;
class CompatibilityController;
class DeployLauncher;
class ExportController;
class DocumentController;
class DocumentWorkspace;
class MainActions;
class NewApplianceWizard;
class ProblemsSummaryLabel;
class ProblemsView;
class SaveController;
class StatusProgress;
class ValidationRunner;
namespace ovf::commands {
class EditSession;
}

// The main window: assembles the workspace (tree, editors, XML), the problems and undo
// docks, menus and status bar, and shows what the DocumentController (load, save, live
// validation, autosave) does. The document operations below are the controller's, kept here
// for callers that hold the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a descriptor or package on a worker thread (after the unsaved-changes prompt).
    // On success it replaces the open one; on failure a message box says why.
    void openFile(const QString &path);
    void openSample();
    // File > New: opens the New Appliance wizard (window-modal); its Finish opens the new
    // appliance as an unsaved, modified document (after the unsaved-changes prompt).
    void newAppliance();
    // The New Appliance wizard while it is open.
    NewApplianceWizard *newApplianceWizard() const;
    // Closes the document after the unsaved-changes prompt; false when the user cancelled.
    bool closeDocument();
    // Save / Save As the open document; false when nothing was started.
    bool save();
    bool saveAs();
    bool saveTo(const QString &destination, DocumentSaver::Target target);
    // Saves (Save As when `as`) and runs `then` once the save succeeded; false when nothing
    // was started (no document, a save running, Save As cancelled).
    bool saveThen(bool as, std::function<void()> then);
    // Offers to restore autosaves of runs that did not close cleanly; true when one is being
    // restored.
    bool offerAutosaveRestore();

    // The unsaved-changes question: Save, Discard or Cancel (tests replace it).
    using Prompt = std::function<QMessageBox::StandardButton(const QString &documentName)>;
    void setUnsavedChangesPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // Decides the restore dialog instead of the user (tests): call restoreSelected(),
    // discardAll() or nothing (Later).
    void setRestorePrompt(std::function<void(AutosaveRestoreDialog &)> prompt) { m_restorePrompt = std::move(prompt); }

    DocumentController *document() const { return m_document; }
    const ovf::Descriptor *descriptor() const { return m_document->descriptor(); }
    ovf::commands::EditSession *session() const { return m_document->session(); }
    const DocumentOrigin &origin() const { return m_document->origin(); }
    // The file or package shown, empty for none or for an unsaved document.
    QString currentFile() const { return m_document->currentFile(); }
    DocumentWorkspace *workspace() const { return m_workspace; }
    ProblemsView *problemsView() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QDockWidget *undoDock() const { return m_undoDock; }
    MainActions *actions() const { return m_actions; }
    DeployLauncher *deployLauncher() const { return m_deploy; }
    SaveController *saveController() const { return m_saveController; }
    ExportController *exportController() const { return m_export; }
    AutosaveManager *autosave() const { return m_document->autosave(); }
    ValidationRunner *validation() const { return m_document->validation(); }
    CompatibilityController *compatibility() const { return m_compat; }

    static constexpr int MessageTimeout = 0; // status messages stay until replaced

signals:
    void documentOpened(const QString &name);
    void loadFailed(const QString &message);
    void validationFinished(int problemCount);
    void saveFinished(bool ok, const QString &message);
    void newApplianceWizardOpened(NewApplianceWizard *wizard);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createStatusBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void connectDocument();
    void showLoadStarted(DocumentController::LoadKind kind, const QString &name);
    void showDocument(const std::shared_ptr<DocumentLoader::Loaded> &loaded);
    void detachDocument();
    void showClosed();
    void showLoadError(const ovf::LoadError &error);
    void showReport(const ovf::validation::Report &report);
    void onSaved(const DocumentSaver::Outcome &outcome);
    void onSaveFailed(const ovf::package::PackageWriteError &error);
    void updateTitle();
    void showProblemsStatus();
    void updateProblemsSummary();
    static QString droppedFile(const QMimeData *mime);

    DocumentController *m_document;
    MainActions *m_actions;
    DocumentWorkspace *m_workspace;
    DeployLauncher *m_deploy;
    StatusProgress *m_progress = nullptr;
    SaveController *m_saveController = nullptr;
    ExportController *m_export = nullptr;
    ProblemsView *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_versionLabel = nullptr;
    class ReadOnlyBanner *m_readOnlyBanner = nullptr; // above the workspace while an Invalid package is open
    ProblemsSummaryLabel *m_problemsLabel = nullptr;
    CompatibilityController *m_compat = nullptr;

    Prompt m_prompt;
    std::function<void(AutosaveRestoreDialog &)> m_restorePrompt;
    bool m_closing = false;
    QPointer<NewApplianceWizard> m_newWizard;
};
