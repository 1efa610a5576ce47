#include "app/gui/mainwindow.h"

#include "app/gui/autosavemanager.h"
#include "app/gui/compatibilitycontroller.h"
#include "app/gui/exportcontroller.h"
#include "app/gui/trustsettings.h"
#include "app/gui/autosaverestoredialog.h"
#include "app/gui/deploylauncher.h"
#include "app/gui/documentloader.h"
#include "app/gui/documentsummary.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/mainactions.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/readonlybanner.h"
#include "app/gui/problemssummarylabel.h"
#include "app/gui/recentfilesmenu.h"
#include "app/gui/savecontroller.h"
#include "app/gui/statusprogress.h"
#include "app/gui/validationrunner.h"
#include "model/commands/editsession.h"
#include "views/envelopeiconproxymodel.h"
#include "views/envelopetreeview.h"
#include "views/problemsview.h"
#include "wizards/newappliancewizard.h"
#include "model/ovf/units.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new DocumentController(this)), m_actions(new MainActions(this)),
      m_workspace(new DocumentWorkspace(this)), m_deploy(new DeployLauncher(m_document, this))
{
    setObjectName(u"mainWindow"_s);
    auto *central = new QWidget(this);
    m_readOnlyBanner = new ReadOnlyBanner(central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_workspace, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    createDocks();
    createStatusBar();
    m_saveController = new SaveController(this, m_document);
    m_export = new ExportController(this, m_document);
    m_document->setVerifyOptions(&TrustSettings::verifyOptions); // Preferences > Trust
    m_actions->connectTo({m_document, m_workspace, m_deploy, m_export});
    connect(m_actions->newAppliance, &QAction::triggered, this, &MainWindow::newAppliance);
    retranslateUi();

    m_prompt = [this](const QString &name) {
        return QMessageBox::warning(this, tr("Unsaved Changes"),
                                    tr("“%1” has unsaved changes. Save them before closing?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_document->setUnsavedPrompt([this](const QString &name) {
        switch (m_prompt(name)) {
        case QMessageBox::Save: return DocumentController::UnsavedChoice::Save;
        case QMessageBox::Discard: return DocumentController::UnsavedChoice::Discard;
        default: return DocumentController::UnsavedChoice::Cancel;
        }
    });
    connectDocument();
    const auto showElement = [this](const ovf::xml::Element *element) {
        if (element && m_workspace->selectElement(element))
            m_workspace->focusElement(element);
    };
    connect(m_problems, &ProblemsView::problemActivated, this, showElement);
    connect(m_compat, &CompatibilityController::showElement, this, showElement);

    autosave()->setInterval(PreferencesDialog::autosaveInterval() * 1000);
    resize(1200, 760);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_document->disconnect(this);
    m_compat->setSession(nullptr);
    m_problems->clear();
    m_workspace->setSession(nullptr);
}

void MainWindow::connectDocument()
{
    using DC = DocumentController;
    connect(m_document, &DC::loadStarted, this, &MainWindow::showLoadStarted);
    connect(m_document, &DC::loadProgress, m_progress, &StatusProgress::setBytes);
    connect(m_document, &DC::opened, this, &MainWindow::showDocument);
    connect(m_document, &DC::loadFailed, this, &MainWindow::showLoadError);
    connect(m_document, &DC::aboutToDrop, this, &MainWindow::detachDocument);
    connect(m_document, &DC::closed, this, &MainWindow::showClosed);
    connect(m_document, &DC::documentChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DC::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DC::validationStarted, this, &MainWindow::updateProblemsSummary);
    connect(m_document, &DC::validationFinished, this, &MainWindow::showReport);
    connect(m_document, &DC::saveStarted, this, [this](const QString &destination) {
        m_progress->begin(tr("Saving %1…").arg(QFileInfo(destination).fileName()));
    });
    connect(m_document, &DC::saveProgress, m_progress, &StatusProgress::setBytes);
    connect(m_document, &DC::saved, this, &MainWindow::onSaved);
    connect(m_document, &DC::saveFailed, this, &MainWindow::onSaveFailed);
    connect(m_document, &DC::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Autosave failed: %1").arg(message)); });
    connect(m_progress, &StatusProgress::cancelRequested, this, [this] {
        if (m_document->cancelLoad()) {
            m_progress->end();
            statusBar()->showMessage(tr("Opening cancelled"), MessageTimeout);
        }
        m_document->cancelSave();
    });
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *widget, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                       | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        m_actions->viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_problems = new ProblemsView;
    m_problemsDock = dock(m_problems, u"problemsDock"_s, Qt::BottomDockWidgetArea);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
    m_undoView = new QUndoView;
    m_undoView->setObjectName(u"undoView"_s);
    m_undoDock = dock(m_undoView, u"undoDock"_s, Qt::RightDockWidgetArea);
    m_undoDock->hide(); // View > Undo History
    m_compat = new CompatibilityController(this, m_actions->viewMenu, m_actions->editMenu); // View > Compatibility
    m_compat->placeWith(m_problemsDock);
}

void MainWindow::createStatusBar()
{
    m_progress = new StatusProgress(this);
    m_problemsLabel = new ProblemsSummaryLabel(this);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setContentsMargins(8, 0, 4, 0);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_problemsDock->toggleViewAction()->setText(tr("&Problems"));
    m_undoDock->setWindowTitle(tr("Undo History"));
    m_undoDock->toggleViewAction()->setText(tr("&Undo History"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    updateTitle();
    showProblemsStatus();
    updateProblemsSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(u"state"_s).toByteArray());
    m_workspace->restoreState(settings.value(u"workspace"_s).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"workspace"_s, m_workspace->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing) { // the save the user asked for on closing succeeded
        event->accept();
        return;
    }
    // whenDiscardable() runs its continuation now (unmodified, Discard) or after an asynchronous
    // save; only the first may accept this event, the second closes the window again.
    auto pending = std::make_shared<bool>(true);
    bool closeNow = false;
    m_document->whenDiscardable([this, pending, &closeNow] {
        writeSettings();
        if (*pending) {
            closeNow = true;
            return;
        }
        m_document->discard();
        m_closing = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    *pending = false;
    if (!closeNow) {
        event->ignore();
        return;
    }
    m_document->discard();
    event->accept();
}

void MainWindow::openFile(const QString &path)
{
    m_document->open(path);
}

void MainWindow::openSample()
{
    m_document->openSample();
}

void MainWindow::showLoadStarted(DocumentController::LoadKind kind, const QString &name)
{
    switch (kind) {
    case DocumentController::LoadKind::File:
        m_progress->begin(tr("Opening %1…").arg(name));
        statusBar()->showMessage(tr("Opening %1…").arg(name));
        break;
    case DocumentController::LoadKind::Sample:
        statusBar()->showMessage(tr("Opening the sample appliance…"));
        break;
    case DocumentController::LoadKind::Restore:
        break;
    }
}

void MainWindow::newAppliance()
{
    if (m_newWizard) {
        m_newWizard->raise();
        return;
    }
    m_newWizard = new NewApplianceWizard(this);
    m_newWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newWizard, &QDialog::accepted, this, [this, wizard = m_newWizard.data()] {
        if (std::unique_ptr<ovf::Descriptor> created = wizard->takeDescriptor())
            m_document->openCreated(std::move(created), wizard->fileName());
    });
    m_newWizard->open();
    emit newApplianceWizardOpened(m_newWizard);
}

NewApplianceWizard *MainWindow::newApplianceWizard() const
{
    return m_newWizard;
}

bool MainWindow::offerAutosaveRestore()
{
    const QList<AutosaveManager::Entry> entries = AutosaveManager::pending();
    if (entries.isEmpty())
        return false;
    AutosaveRestoreDialog dialog(entries, this);
    if (m_restorePrompt)
        m_restorePrompt(dialog);
    else if (dialog.exec() != QDialog::Accepted)
        return false;
    for (const AutosaveManager::Entry &entry : dialog.discarded())
        AutosaveManager::remove(entry);
    const auto restore = dialog.restored();
    if (!restore)
        return false;
    QFile file(restore->dataPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    AutosaveManager::remove(*restore); // it becomes this run's autosave once edited again
    m_document->openRestored(bytes, restore->origin);
    return true;
}

void MainWindow::showDocument(const std::shared_ptr<DocumentLoader::Loaded> &loaded)
{
    m_progress->end();
    ovf::commands::EditSession *session = m_document->session();
    const DocumentOrigin &origin = m_document->origin();
    const QString &name = m_document->name();
    m_workspace->setSession(session, std::move(loaded->tree));
    m_actions->setUndoStack(session->undoStack());
    m_undoView->setStack(session->undoStack());
    m_compat->setSession(session, [this] { return m_document->origin(); });
    if (!origin.path.isEmpty() && !loaded->restored)
        m_actions->recentMenu->addFile(origin.path);
    m_actions->setDocumentOpen(true);
    if (!origin.readOnlyReason.isEmpty()) {
        // An Invalid package open for inspection (DocumentController made the session
        // read-only): nothing to save or deploy.
        for (QAction *action : {m_actions->save, m_actions->saveAs, m_actions->exportPackage, m_actions->deploy})
            action->setEnabled(false);
    }
    m_readOnlyBanner->showFor(name, origin.readOnlyReason);
    QString version = session->descriptor().versionDescription();
    if (origin.isPackage())
        version = tr("%1 · %2 (%3)").arg(origin.formatText(), version, origin.trust);
    m_versionLabel->setText(version);
    QString message = DocumentSummary::of(session->descriptor()).openedMessage(name);
    if (loaded->restored)
        message = tr("Restored the autosaved changes of %1").arg(name);
    if (loaded->created)
        message = tr("New appliance %1: not saved yet (File > Save As… writes it as a descriptor or a package)")
                      .arg(name);
    const QStringList &warnings = loaded->warnings;
    if (!warnings.isEmpty())
        message = tr("%1 — %n warning(s): %2", "the opened message, then the first warning", int(warnings.size()))
                      .arg(message, warnings.constFirst());
    statusBar()->showMessage(message, MessageTimeout);
    showProblemsStatus();
    updateProblemsSummary();
    updateTitle();
    emit documentOpened(name);
}

void MainWindow::detachDocument()
{
    m_compat->setSession(nullptr);
    m_problems->clear(); // before the document its rows point into goes
    m_undoView->setStack(nullptr);
    m_actions->setUndoStack(nullptr);
    m_workspace->setSession(nullptr);
    m_readOnlyBanner->showFor({}, {});
}

void MainWindow::showClosed()
{
    showProblemsStatus();
    m_actions->setDocumentOpen(false);
    m_versionLabel->clear();
    statusBar()->clearMessage();
    updateProblemsSummary();
    updateTitle();
}

bool MainWindow::closeDocument()
{
    return m_document->close();
}

bool MainWindow::save()
{
    return m_document->save();
}

bool MainWindow::saveAs()
{
    return m_document->saveAs();
}

bool MainWindow::saveThen(bool as, std::function<void()> then)
{
    return m_document->saveThen(as, std::move(then));
}

bool MainWindow::saveTo(const QString &destination, DocumentSaver::Target target)
{
    return m_document->saveTo(destination, target);
}

void MainWindow::onSaved(const DocumentSaver::Outcome &outcome)
{
    m_progress->end();
    m_actions->recentMenu->addFile(outcome.origin.path);
    QString message = tr("Saved %1 (%2)").arg(outcome.origin.displayName, ovf::formatByteSize(quint64(outcome.bytesWritten), QLocale()));
    if (!outcome.warnings.isEmpty())
        message += u" — "_s + outcome.warnings.join(u"; "_s);
    if (outcome.descriptorChanged && !outcome.descriptorAdopted)
        message += u" — "_s + tr("the package writer set the file sizes (ovf:size) in the References; reopen to see them");
    statusBar()->showMessage(message, MessageTimeout);
    updateTitle();
    emit saveFinished(true, message);
}

void MainWindow::onSaveFailed(const ovf::package::PackageWriteError &error)
{
    m_progress->end();
    statusBar()->clearMessage();
    using Cause = ovf::package::PackageWriteError::Cause;
    const QString message = error.toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save"), tr("“%1” was not saved.").arg(m_document->name()),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    if (error.cause == Cause::NoSpace || error.cause == Cause::ReadOnly)
        box->setDetailedText(tr("Nothing was written there and your file is as it was. Save As… can put the "
                                "document on another disk."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit saveFinished(false, message);
}

void MainWindow::showLoadError(const ovf::LoadError &error)
{
    m_progress->end();
    statusBar()->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open"),
                                tr("“%1” could not be opened.").arg(QFileInfo(error.file).fileName()),
                                QMessageBox::Ok, this);
    box->setInformativeText(error.toString());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit loadFailed(error.toString());
}

void MainWindow::showReport(const ovf::validation::Report &report)
{
    if (report.problems.isEmpty())
        showProblemsStatus();
    else
        m_problems->setProblems(report.problems);
    m_workspace->setProblems(report.problems);
    updateProblemsSummary();
    emit validationFinished(int(report.problems.size()));
}

void MainWindow::updateTitle()
{
    // "[*]" is where QWidget puts the modified marker.
    const QString &name = m_document->name();
    setWindowTitle(name.isEmpty() ? tr("OVF Workbench") : tr("%1[*] — OVF Workbench").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::showProblemsStatus()
{
    const ovf::validation::Report *report = m_document->report();
    if (!m_document->isOpen())
        m_problems->showStatus(QIcon(), tr("Problems found in the open descriptor are listed here."));
    else if (m_document->isValidating())
        m_problems->showStatus(QIcon(), tr("Checking the descriptor…"));
    else if (report && report->problems.isEmpty())
        m_problems->showStatus(EnvelopeIconProxyModel::icon(u"ok"_s), tr("No problems found"));
}

void MainWindow::updateProblemsSummary()
{
    const ovf::validation::Report *report = m_document->report();
    const qsizetype count = report ? report->problems.size() : 0;
    m_problemsDock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    m_problemsLabel->showState(m_document->isOpen(), m_document->isValidating(), report);
}

QString MainWindow::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (info.isDir() || suffix == u"ovf" || suffix == u"xml" || suffix == u"ova" || suffix == u"zip")
            return path;
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}
