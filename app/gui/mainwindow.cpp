#include "app/gui/mainwindow.h"

#include "app/gui/documentloader.h"
#include "app/gui/documentsummary.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/recentfilesmenu.h"
#include "app/gui/validationrunner.h"
#include "views/envelopeiconproxymodel.h"
#include "views/envelopetreeview.h"
#include "views/problemsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using ovf::validation::Severity;

namespace {

const QString samplePath = u":/samples/hello-appliance.ovf"_s;

QString iconHtml(const QString &name)
{
    return u"<img src=\":/icons/%1.svg\" width=\"14\" height=\"14\" style=\"vertical-align: middle\">"_s.arg(name);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new DocumentWorkspace(this)), m_loader(new DocumentLoader(this)),
      m_validator(new ValidationRunner(this))
{
    setObjectName(u"mainWindow"_s);
    setCentralWidget(m_workspace);
    setAcceptDrops(true);
    createActions();
    createMenus();
    createDock();
    createStatusBar();
    retranslateUi();

    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::showDocument);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::showLoadError);
    connect(m_validator, &ValidationRunner::finished, this, &MainWindow::showReport);
    connect(m_problems, &ProblemsView::problemActivated, this, [this](const ovf::xml::Element *element) {
        if (element && m_workspace->selectElement(element))
            m_workspace->treeView()->setFocus();
    });
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, this, &MainWindow::openFile);

    resize(1200, 760);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_validator->cancel();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDocument);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_detailsAction = new QAction(this);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_detailsAction, &QAction::triggered, m_workspace, &DocumentWorkspace::showDetails);
    m_xmlAction = new QAction(this);
    m_xmlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_xmlAction, &QAction::triggered, m_workspace, &DocumentWorkspace::showXml);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_detailsAction);
    m_viewMenu->addAction(m_xmlAction);
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createDock()
{
    m_problems = new ProblemsView;
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setContentsMargins(8, 0, 8, 0);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setContentsMargins(8, 0, 4, 0);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open an OVF descriptor"));
    m_sampleAction->setText(tr("Open &Sample Appliance"));
    m_sampleAction->setStatusTip(tr("Open the sample appliance that comes with OVF Workbench"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_detailsAction->setText(tr("&Details"));
    m_xmlAction->setText(tr("&XML Source"));
    m_aboutAction->setText(tr("&About OVF Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_problemsDock->toggleViewAction()->setText(tr("&Problems"));
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
    writeSettings();
    m_validator->cancel();
    event->accept();
}

void MainWindow::chooseFile()
{
    QSettings settings;
    QString directory = settings.value(u"lastDirectory"_s).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open OVF Descriptor"), directory,
                                                      tr("OVF descriptors (*.ovf *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loader->load(path);
}

void MainWindow::openSample()
{
    QFile sample(samplePath);
    if (!sample.open(QIODevice::ReadOnly))
        return; // the resource is compiled in; failing here means a broken build
    statusBar()->showMessage(tr("Opening the sample appliance…"));
    m_loader->loadBytes(sample.readAll(), QFileInfo(samplePath).fileName());
}

void MainWindow::showDocument(const std::shared_ptr<ovf::Descriptor> &descriptor, const QString &path)
{
    m_validator->cancel();
    m_problems->clear();
    m_descriptor = descriptor;
    m_path = path;
    m_name = path.isEmpty() ? descriptor->fileName() : QFileInfo(path).fileName();
    m_workspace->setDescriptor(descriptor);
    if (!path.isEmpty())
        m_recentMenu->addFile(path);
    m_closeAction->setEnabled(true);
    m_versionLabel->setText(descriptor->versionDescription());
    statusBar()->showMessage(DocumentSummary::of(*descriptor).openedMessage(m_name), MessageTimeout);

    m_validating = true;
    m_haveReport = false;
    m_report = {};
    m_validator->start(descriptor, path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
    showProblemsStatus();
    updateProblemsSummary();
    updateTitle();
    emit documentOpened(m_name);
}

void MainWindow::showLoadError(const ovf::LoadError &error)
{
    statusBar()->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Descriptor"),
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
    updateProblemsSummary();
    emit validationFinished(int(report.problems.size()));
}

void MainWindow::closeDocument()
{
    m_validator->cancel();
    m_validating = false;
    m_haveReport = false;
    m_report = {};
    m_problems->clear(); // before the document its rows point into goes
    m_workspace->setDescriptor(nullptr);
    m_descriptor.reset();
    showProblemsStatus();
    m_path.clear();
    m_name.clear();
    m_closeAction->setEnabled(false);
    m_versionLabel->clear();
    statusBar()->clearMessage();
    updateProblemsSummary();
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_name.isEmpty() ? tr("OVF Workbench") : tr("%1 — OVF Workbench").arg(m_name));
}

void MainWindow::showProblemsStatus()
{
    if (!m_descriptor)
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
    if (!m_descriptor) {
        m_problemsLabel->clear();
        return;
    }
    if (m_validating) {
        m_problemsLabel->setText(tr("Checking…").toHtmlEscaped());
        return;
    }
    if (!m_haveReport)
        return;
    if (count == 0) {
        m_problemsLabel->setText(iconHtml(u"ok"_s) + u"&nbsp;"_s + tr("No problems").toHtmlEscaped());
        return;
    }
    const int errors = m_report.count(Severity::Error);
    const int warnings = m_report.count(Severity::Warning);
    const int notes = m_report.count(Severity::Info);
    QStringList parts;
    if (errors)
        parts << iconHtml(u"error"_s) + u"&nbsp;"_s
                     + (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors)).toHtmlEscaped();
    if (warnings)
        parts << iconHtml(u"warning"_s) + u"&nbsp;"_s
                     + (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings)).toHtmlEscaped();
    if (notes)
        parts << iconHtml(u"info"_s) + u"&nbsp;"_s
                     + (notes == 1 ? tr("1 note") : tr("%n notes", nullptr, notes)).toHtmlEscaped();
    m_problemsLabel->setText(parts.join(u"&nbsp;&nbsp;&nbsp;"_s));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About OVF Workbench"),
        tr("<h3>OVF Workbench %1</h3>"
           "<p>Author, localize, verify and deploy DMTF OVF virtual appliances.</p>"
           "<p>This version opens OVF 0.9, 1.x and 2.x descriptors read-only: the package, "
           "the virtual systems and their sections in a tree, each element's details and XML, "
           "and the problems the OVF rules find.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

QString MainWindow::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"ovf" || suffix == u"xml")
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
