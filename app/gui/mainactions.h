#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class DeployLauncher;
class VmExportWizard;
class DocumentController;
class DocumentWorkspace;
class ExportController;
class QMenu;
class QToolBar;
class QUndoStack;
class RecentFilesMenu;
class UserGuideWindow;

// The main window's menus and their actions (File, Edit, Insert, View, Help) and its
// toolbar, created once, named in retranslate(). The Insert menu and the toolbar carry the
// envelope tree's editing actions (Add Virtual System, Add Collection, Add Section, Add
// Disk, Add Network Adapter), which act on the tree's current node wherever they are
// triggered from. Undo/Redo come from the open document's QUndoStack (createUndoAction /
// createRedoAction, so they name the edit) and are replaced when the document changes; with
// no document they are disabled placeholders. connectTo() connects the actions to the parts
// the window assembled (the document controller, the workspace, the deploy launcher); the
// ones that need no document (Open's file dialog, Preferences, the User Guide, About) are
// handled here.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    void retranslate();
    // What the actions act on; none owned.
    struct Targets
    {
        DocumentController *document = nullptr;
        DocumentWorkspace *workspace = nullptr;
        DeployLauncher *deploy = nullptr;
        ExportController *exporter = nullptr;
    };
    // Connects every action to its target (once, after the window built its parts).
    void connectTo(const Targets &targets);
    // Enables the actions that need an open document (Save, Save As, Export, Deploy, Close).
    void setDocumentOpen(bool open);
    // Installs the Undo/Redo actions of `stack` (nullptr: disabled placeholders).
    void setUndoStack(QUndoStack *stack);

    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *insertMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QMenu *previewMenu = nullptr; // File > Preview Deployment in ▸ (filled when shown)
    RecentFilesMenu *recentMenu = nullptr;
    QToolBar *toolBar = nullptr;

    QAction *newAppliance = nullptr;
    QAction *newFromVm = nullptr;
    QAction *open = nullptr;
    QAction *sample = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportPackage = nullptr; // File > Export… (the Export wizard)
    QAction *deploy = nullptr;
    QAction *close = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *preferences = nullptr;
    QAction *details = nullptr;
    QAction *xml = nullptr;
    QAction *translations = nullptr; // Edit > Translations… and View: the Strings editor
    QAction *userGuide = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    // File > New from Virtual Machine…'s wizard while it is open (non-modal, deleted when
    // closed); when it has written a package, the document controller opens it.
    VmExportWizard *vmExportWizard() const;

signals:
    void vmExportWizardOpened(VmExportWizard *wizard);

private:
    void newFromVirtualMachine(DocumentController *document);
    QPointer<VmExportWizard> m_vmWizard;

    void chooseFile(DocumentController *document);
    void showPreferences(DocumentController *document);
    void showAbout();
    void showUserGuide();
    void addTreeActions(DocumentWorkspace *workspace);
    // The locales of the open document and the application's languages.
    void fillPreviewMenu(const Targets &targets);

    QMainWindow *m_window;
};
