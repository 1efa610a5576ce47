#include "app/gui/mainwindow.h"

#include "app/gui/autosavemanager.h"
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

namespace {

const QString samplePath = u":/samples/hello-appliance.ovf"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new MainActions(this)), m_workspace(new DocumentWorkspace(this)),
      m_loader(new DocumentLoader(this)), m_validator(new ValidationRunner(this)),
      m_deploy(new DeployLauncher(this)), m_autosave(new AutosaveManager(this))
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
    m_saveController = new SaveController(this, m_progress);
    m_actions->connectWindow(this);
    retranslateUi();

    m_prompt = [this](const QString &name) {
        return QMessageBox::warning(this, tr("Unsaved Changes"),
                                    tr("“%1” has unsaved changes. Save them before closing?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::showDocument);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::showLoadError);
    connect(m_loader, &DocumentLoader::progress, m_progress, &StatusProgress::setBytes);
    connect(m_progress, &StatusProgress::cancelRequested, m_loader, [this] {
        if (m_loader->isLoading()) {
            m_loader->cancel();
            m_progress->end();
            statusBar()->showMessage(tr("Opening cancelled"), MessageTimeout);
        }
    });
    connect(m_validator, &ValidationRunner::finished, this, &MainWindow::showReport);
    connect(m_validator, &ValidationRunner::started, this, [this] {
        m_validating = true;
        updateProblemsSummary();
    });
    connect(m_saveController, &SaveController::saved, this, &MainWindow::onSaved);
    connect(m_saveController, &SaveController::failed, this, &MainWindow::onSaveFailed);
    connect(m_autosave, &AutosaveManager::failed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Autosave failed: %1").arg(message)); });
    connect(m_problems, &ProblemsView::problemActivated, this, [this](const ovf::xml::Element *element) {
        if (element && m_workspace->selectElement(element))
            m_workspace->focusElement(element);
    });

    m_autosave->setInterval(PreferencesDialog::autosaveInterval() * 1000);
    resize(1200, 760);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_validator->setDocument(nullptr, {});
    m_problems->clear();
    m_workspace->setSession(nullptr);
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

bool MainWindow::maybeSave(std::function<void()> then)
{
    if (m_saveController->isSaving())
        return false; // one thing at a time: the save in progress decides
    if (!m_session || !m_session->isModified()) {
        then();
        return true;
    }
    switch (m_prompt(m_name)) {
    case QMessageBox::Discard:
        m_autosave->discard();
        then();
        return true;
    case QMessageBox::Save:
        return saveThen(false, std::move(then));
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing) { // the save the user asked for on closing succeeded
        event->accept();
        return;
    }
    // maybeSave() runs its continuation now (unmodified, Discard) or after an asynchronous
    // save; only the first may accept this event, the second closes the window again.
    auto pending = std::make_shared<bool>(true);
    bool closeNow = false;
    maybeSave([this, pending, &closeNow] {
        writeSettings();
        if (*pending) {
            closeNow = true;
            return;
        }
        dropDocument();
        m_closing = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    *pending = false;
    if (!closeNow) {
        event->ignore();
        return;
    }
    dropDocument();
    event->accept();
}

void MainWindow::openFile(const QString &path)
{
    maybeSave([this, path] {
        m_progress->begin(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        m_loader->load(path);
    });
}

void MainWindow::openSample()
{
    maybeSave([this] {
        QFile sample(samplePath);
        if (!sample.open(QIODevice::ReadOnly))
            return; // the resource is compiled in; failing here means a broken build
        statusBar()->showMessage(tr("Opening the sample appliance…"));
        m_loader->loadBytes(sample.readAll(), QFileInfo(samplePath).fileName());
    });
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
    m_loader->loadBytes(bytes, restore->origin.displayName, restore->origin);
    return true;
}

const ovf::Descriptor *MainWindow::descriptor() const
{
    return m_session ? &m_session->descriptor() : nullptr;
}

void MainWindow::showDocument(const std::shared_ptr<DocumentLoader::Loaded> &loaded)
{
    m_progress->end();
    dropDocument();
    m_session = std::make_unique<ovf::commands::EditSession>(std::move(loaded->descriptor));
    const DocumentOrigin &origin = loaded->origin;
    const QStringList &warnings = loaded->warnings;
    m_origin = origin;
    m_name = origin.displayName;
    const bool restored = loaded->restored;
    if (restored)
        m_session->undoStack()->resetClean(); // an autosave holds unsaved changes
    connect(m_session.get(), &ovf::commands::EditSession::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(m_session.get(), &ovf::commands::EditSession::modifiedChanged, this, [this](bool modified) {
        m_autosave->setModified(modified);
        updateTitle();
    });
    m_workspace->setSession(m_session.get(), std::move(loaded->tree));
    m_actions->setUndoStack(m_session->undoStack());
    m_undoView->setStack(m_session->undoStack());
    m_validator->setDocument(&m_session->document(), m_origin);
    m_autosave->setDocument(m_origin, [this] { return m_session->document().save(); });
    m_autosave->setModified(m_session->isModified());
    if (!origin.path.isEmpty() && !restored)
        m_actions->recentMenu->addFile(origin.path);
    m_actions->setDocumentOpen(true);
    if (!origin.readOnlyReason.isEmpty()) {
        m_session->setReadOnly(origin.readOnlyReason);
        for (QAction *action : {m_actions->save, m_actions->saveAs, m_actions->deploy})
            action->setEnabled(false);
    }
    m_readOnlyBanner->showFor(m_name, origin.readOnlyReason);
    QString version = m_session->descriptor().versionDescription();
    if (origin.isPackage())
        version = tr("%1 · %2 (%3)").arg(origin.formatText(), version, origin.trust);
    m_versionLabel->setText(version);
    QString message = DocumentSummary::of(m_session->descriptor()).openedMessage(m_name);
    if (restored)
        message = tr("Restored the autosaved changes of %1").arg(m_name);
    if (!warnings.isEmpty())
        message += u" — "_s + tr("%n warning(s): %1", nullptr, int(warnings.size())).arg(warnings.constFirst());
    statusBar()->showMessage(message, MessageTimeout);

    m_haveReport = false;
    m_report = {};
    m_validator->start();
    m_validating = true;
    showProblemsStatus();
    updateProblemsSummary();
    updateTitle();
    emit documentOpened(m_name);
}

void MainWindow::dropDocument()
{
    m_validator->setDocument(nullptr, {});
    m_validating = false;
    m_haveReport = false;
    m_report = {};
    m_problems->clear(); // before the document its rows point into goes
    m_undoView->setStack(nullptr);
    m_actions->setUndoStack(nullptr);
    m_workspace->setSession(nullptr);
    m_autosave->setDocument({}, {});
    m_session.reset();
    m_readOnlyBanner->showFor({}, {});
    m_origin = {};
    m_name.clear();
}

bool MainWindow::closeDocument()
{
    return maybeSave([this] {
        dropDocument();
        showProblemsStatus();
        m_actions->setDocumentOpen(false);
        m_versionLabel->clear();
        statusBar()->clearMessage();
        updateProblemsSummary();
        updateTitle();
    });
}

bool MainWindow::save()
{
    return m_session && m_saveController->save(m_session->document().save(), m_origin);
}

bool MainWindow::saveAs()
{
    return m_session && m_saveController->saveAs(m_session->document().save(), m_origin);
}

bool MainWindow::saveThen(bool as, std::function<void()> then)
{
    if (m_saveController->isSaving() || !(as ? saveAs() : save()))
        return false;
    m_afterSave = std::move(then);
    return true;
}

bool MainWindow::saveTo(const QString &destination, DocumentSaver::Target target)
{
    return m_session && m_saveController->saveTo(m_session->document().save(), m_origin, destination, target);
}

void MainWindow::onSaved(const DocumentSaver::Outcome &outcome)
{
    if (!m_session)
        return;
    m_origin = outcome.origin;
    m_name = outcome.origin.displayName;
    m_session->setSaved();
    m_autosave->setDocument(m_origin, [this] { return m_session->document().save(); });
    m_validator->setOrigin(m_origin);
    m_actions->recentMenu->addFile(m_origin.path);
    QString message = tr("Saved %1 (%2)").arg(m_name, QLocale().formattedDataSize(outcome.bytesWritten));
    if (!outcome.warnings.isEmpty())
        message += u" — "_s + outcome.warnings.join(u"; "_s);
    if (outcome.descriptorChanged)
        message += u" — "_s + tr("the package writer corrected file sizes in the References; reopen to see them");
    statusBar()->showMessage(message, MessageTimeout);
    updateTitle();
    emit saveFinished(true, message);
    if (auto then = std::exchange(m_afterSave, {}))
        then();
}

void MainWindow::onSaveFailed(const QString &message)
{
    m_afterSave = {};
    statusBar()->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save"), tr("“%1” was not saved.").arg(m_name),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit saveFinished(false, message);
}

void MainWindow::onDocumentChanged()
{
    m_validator->requestValidation();
    updateTitle();
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
    m_validating = false;
    m_haveReport = true;
    m_report = report;
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
    setWindowTitle(m_name.isEmpty() ? tr("OVF Workbench") : tr("%1[*] — OVF Workbench").arg(m_name));
    setWindowModified(m_session && m_session->isModified());
}

void MainWindow::showProblemsStatus()
{
    if (!m_session)
        m_problems->showStatus(QIcon(), tr("Problems found in the open descriptor are listed here."));
    else if (m_validating)
        m_problems->showStatus(QIcon(), tr("Checking the descriptor…"));
    else if (m_haveReport && m_report.problems.isEmpty())
        m_problems->showStatus(EnvelopeIconProxyModel::icon(u"ok"_s), tr("No problems found"));
}

void MainWindow::updateProblemsSummary()
{
    const qsizetype count = m_haveReport ? m_report.problems.size() : 0;
    m_problemsDock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    m_problemsLabel->showState(bool(m_session), m_validating, m_haveReport ? &m_report : nullptr);
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
