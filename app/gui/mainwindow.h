#pragma once

#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMimeData;
class DocumentLoader;
class DocumentWorkspace;
class ProblemsView;
class RecentFilesMenu;
class ValidationRunner;

// The main window: assembles the workspace (tree, details, XML), the problems dock, menus
// and status bar, and wires them to the loader and the validator. It holds no view logic.
// Read-only for now: descriptors are opened and inspected, never changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a descriptor on a worker thread. On success it replaces the open one; on failure
    // a message box says why and the window stays as it was.
    void openFile(const QString &path);
    // Opens the sample appliance bundled with the program.
    void openSample();
    void closeDocument();

    const ovf::Descriptor *descriptor() const { return m_descriptor.get(); }
    // The file shown, empty for none or for the bundled sample.
    QString currentFile() const { return m_path; }
    DocumentWorkspace *workspace() const { return m_workspace; }
    ProblemsView *problemsView() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }

    static constexpr int MessageTimeout = 0; // status messages stay until replaced

signals:
    void documentOpened(const QString &name);
    void loadFailed(const QString &message);
    void validationFinished(int problemCount);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDock();
    void createStatusBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;

    void chooseFile();
    void showDocument(const std::shared_ptr<ovf::Descriptor> &descriptor, const QString &path);
    void showLoadError(const ovf::LoadError &error);
    void showReport(const ovf::validation::Report &report);
    void updateTitle();
    void showProblemsStatus();
    void updateProblemsSummary();
    void about();
    static QString droppedFile(const QMimeData *mime);

    DocumentWorkspace *m_workspace;
    DocumentLoader *m_loader;
    ValidationRunner *m_validator;
    ProblemsView *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_xmlAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    std::shared_ptr<const ovf::Descriptor> m_descriptor;
    QString m_path;
    QString m_name;
    bool m_validating = false;
    ovf::validation::Report m_report;
    bool m_haveReport = false;
};
