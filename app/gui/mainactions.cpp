#include "app/gui/mainactions.h"

#include "app/gui/autosavemanager.h"
#include "app/gui/exportcontroller.h"
#include "app/gui/deploylauncher.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/languagesettings.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/recentfilesmenu.h"
#include "app/gui/userguidewindow.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/languagetag.h"
#include "views/emptystatewidget.h"
#include "views/envelopeiconproxymodel.h"
#include "views/envelopetreeview.h"
#include "wizards/vmexportwizard.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainActions::MainActions(QMainWindow *window) : QObject(window), m_window(window)
{
    const auto make = [window](QKeySequence shortcut = {}) {
        auto *action = new QAction(window);
        action->setShortcut(shortcut);
        return action;
    };
    newAppliance = make(QKeySequence::New);
    newAppliance->setObjectName(u"newApplianceAction"_s);
    newAppliance->setIcon(EnvelopeIconProxyModel::icon(u"new"_s));
    newFromVm = make();
    newFromVm->setObjectName(u"newFromVmAction"_s);
    open = make(QKeySequence::Open);
    open->setObjectName(u"openAction"_s);
    open->setIcon(EnvelopeIconProxyModel::icon(u"open"_s));
    sample = make();
    save = make(QKeySequence::Save);
    save->setIcon(EnvelopeIconProxyModel::icon(u"save"_s));
    saveAs = make(QKeySequence::SaveAs);
    exportPackage = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPackage->setObjectName(u"exportAction"_s);
    close = make(QKeySequence::Close);
    quit = make(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    preferences = make(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    details = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    xml = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    translations = make(QKeySequence(Qt::CTRL | Qt::Key_3));
    translations->setObjectName(u"translationsAction"_s);
    userGuide = make(QKeySequence::HelpContents);
    userGuide->setObjectName(u"userGuideAction"_s);
    about = make();
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make();
    aboutQt->setMenuRole(QAction::AboutQtRole);
    deploy = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    deploy->setObjectName(u"deployAction"_s);
    setDocumentOpen(false);

    fileMenu = window->menuBar()->addMenu(QString());
    fileMenu->addAction(newAppliance);
    fileMenu->addAction(newFromVm);
    fileMenu->addAction(open);
    recentMenu = new RecentFilesMenu(fileMenu);
    fileMenu->addMenu(recentMenu);
    fileMenu->addAction(sample);
    fileMenu->addSeparator();
    fileMenu->addAction(save);
    fileMenu->addAction(saveAs);
    fileMenu->addAction(exportPackage);
    fileMenu->addSeparator();
    fileMenu->addAction(deploy);
    previewMenu = fileMenu->addMenu(QString());
    previewMenu->setObjectName(u"previewDeploymentMenu"_s);
    previewMenu->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(close);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = window->menuBar()->addMenu(QString());
    editMenu->addSeparator();
    editMenu->addAction(translations);
    editMenu->addSeparator();
    editMenu->addAction(preferences);

    insertMenu = window->menuBar()->addMenu(QString());
    insertMenu->setObjectName(u"insertMenu"_s);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(newAppliance);
    toolBar->addAction(open);
    toolBar->addAction(save);
    toolBar->addSeparator(); // Undo and Redo go here (setUndoStack)
    toolBar->addSeparator(); // then the tree's actions (connectWindow)

    viewMenu = window->menuBar()->addMenu(QString());
    viewMenu->addAction(details);
    viewMenu->addAction(xml);
    viewMenu->addAction(translations);
    viewMenu->addSeparator();

    helpMenu = window->menuBar()->addMenu(QString());
    helpMenu->addAction(userGuide);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
    setUndoStack(nullptr);
}

void MainActions::setUndoStack(QUndoStack *stack)
{
    QAction *newUndo = stack ? stack->createUndoAction(this) : new QAction(m_window);
    QAction *newRedo = stack ? stack->createRedoAction(this) : new QAction(m_window);
    newUndo->setObjectName(u"undoAction"_s);
    newRedo->setObjectName(u"redoAction"_s);
    newUndo->setShortcut(QKeySequence::Undo);
    newRedo->setShortcut(QKeySequence::Redo);
    if (!stack) {
        newUndo->setEnabled(false);
        newRedo->setEnabled(false);
    }
    // Remove the old pair, then put the new pair at the top of the Edit menu.
    for (QAction *old : {undo, redo}) {
        if (!old)
            continue;
        editMenu->removeAction(old);
        old->deleteLater();
    }
    QAction *first = editMenu->actions().value(0);
    editMenu->insertAction(first, newUndo);
    editMenu->insertAction(first, newRedo);
    newUndo->setIcon(EnvelopeIconProxyModel::icon(u"undo"_s));
    newRedo->setIcon(EnvelopeIconProxyModel::icon(u"redo"_s));
    for (QAction *old : {undo, redo}) {
        if (old)
            toolBar->removeAction(old);
    }
    // After the first separator of the toolbar (New, Open, Save | Undo, Redo | ...).
    QAction *afterUndo = nullptr;
    int separators = 0;
    for (QAction *a : toolBar->actions()) {
        if (a->isSeparator() && ++separators == 2) {
            afterUndo = a;
            break;
        }
    }
    toolBar->insertAction(afterUndo, newUndo);
    toolBar->insertAction(afterUndo, newRedo);
    undo = newUndo;
    redo = newRedo;
    retranslate();
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    editMenu->setTitle(tr("&Edit"));
    insertMenu->setTitle(tr("&Insert"));
    toolBar->setWindowTitle(tr("Main Toolbar"));
    newAppliance->setText(tr("&New Appliance…"));
    newAppliance->setStatusTip(tr("Create a new appliance: a virtual system with hardware, optionally from disk images "
                                  "or a template"));
    newFromVm->setText(tr("New from Virtual Mac&hine…"));
    newFromVm->setStatusTip(tr("Export shut-off libvirt machines, local or on a remote host, as an appliance package"));
    viewMenu->setTitle(tr("&View"));
    helpMenu->setTitle(tr("&Help"));
    open->setText(tr("&Open…"));
    open->setStatusTip(tr("Open an OVF descriptor or package (OVA, ZIP, OVF folder)"));
    sample->setText(tr("Open Sa&mple Appliance"));
    sample->setStatusTip(tr("Open the sample appliance that comes with OVF Workbench"));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As…"));
    exportPackage->setText(tr("E&xport…"));
    exportPackage->setStatusTip(tr("Write the appliance as an OVA, OVF folder or ZIP, optionally signed, and verify it"));
    deploy->setText(tr("&Deploy…"));
    previewMenu->setTitle(tr("Previe&w Deployment in"));
    previewMenu->setStatusTip(tr("Open the deploy wizard on the document as it is now, with its texts in a language, "
                                 "without deploying: what an operator will see"));
    deploy->setStatusTip(tr("Deploy the open appliance to libvirt or a folder (asks to save unsaved changes first)"));
    close->setText(tr("&Close"));
    quit->setText(tr("&Quit"));
    preferences->setText(tr("&Preferences…"));
    details->setText(tr("&Details"));
    xml->setText(tr("&XML Source"));
    translations->setText(tr("&Translations…"));
    translations->setStatusTip(tr("Translate the appliance's texts: the Strings editor with every locale"));
    userGuide->setText(tr("&User Guide"));
    userGuide->setStatusTip(tr("Short guides to the main tasks: author, deploy, translate, check compatibility"));
    about->setText(tr("&About OVF Workbench"));
    aboutQt->setText(tr("About &Qt"));
    // The stack's actions name the edit themselves ("Undo Change ovf:id"); placeholders:
    if (!undo->isEnabled() && undo->parent() == m_window)
        undo->setText(tr("&Undo"));
    if (!redo->isEnabled() && redo->parent() == m_window)
        redo->setText(tr("&Redo"));
}

void MainActions::fillPreviewMenu(const Targets &targets)
{
    previewMenu->clear();
    const ovf::Descriptor *d = targets.document->descriptor();
    if (!d)
        return;
    const ovf::Envelope envelope = d->envelope();
    const QString defaultLanguage = ovf::LanguageTag::defaultLanguage(envelope.defaultLanguage());
    auto add = [&](const QString &text, const QString &locale) {
        QAction *a = previewMenu->addAction(text);
        a->setData(locale);
        connect(a, &QAction::triggered, targets.deploy, [deploy = targets.deploy, locale] { deploy->preview(locale); });
    };
    add(tr("Default Texts (%1)").arg(defaultLanguage), QString());
    // The document's locales (as written, without reading external bundles), then the
    // application's languages it lacks: they show what the fallback gives such an operator.
    QStringList locales;
    for (const ovf::StringsBundle &b : envelope.stringsBundles()) {
        const QString l = b.language();
        if (!l.isEmpty() && !ovf::LanguageTag::equal(l, defaultLanguage)
            && std::none_of(locales.cbegin(), locales.cend(), [&l](const QString &x) { return ovf::LanguageTag::equal(x, l); }))
            locales << l;
    }
    if (!locales.isEmpty())
        previewMenu->addSeparator();
    for (const QString &l : std::as_const(locales)) {
        const QString name = QLocale(l).nativeLanguageName();
        add(name.isEmpty() ? l : tr("%1 (%2)").arg(name, l), l);
    }
    QStringList others;
    for (const QString &code : LanguageSettings::available()) {
        if (ovf::LanguageTag::equal(code, defaultLanguage.section(u'-', 0, 0)))
            continue;
        if (std::none_of(locales.cbegin(), locales.cend(), [&code](const QString &l) {
                return ovf::LanguageTag::equal(l.section(u'-', 0, 0), code);
            }))
            others << code;
    }
    if (!others.isEmpty())
        previewMenu->addSeparator();
    for (const QString &code : std::as_const(others))
        add(tr("%1 (%2, not translated)").arg(LanguageSettings::displayName(code), code), code);
}

void MainActions::setDocumentOpen(bool open)
{
    for (QAction *action : {save, saveAs, exportPackage, deploy, close, translations})
        action->setEnabled(open);
    if (previewMenu)
        previewMenu->setEnabled(open);
}

void MainActions::addTreeActions(DocumentWorkspace *workspace)
{
    EnvelopeTreeView *tree = workspace->treeView();
    const QList<QAction *> adds{tree->addVirtualSystemAction(), tree->addCollectionAction()};
    insertMenu->addActions(adds);
    insertMenu->addMenu(tree->addSectionMenu());
    insertMenu->addSeparator();
    toolBar->addActions(adds);
    toolBar->addAction(tree->addSectionMenu()->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(tree->addSectionMenu()->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    for (QAction *a : tree->hardwareActions()) {
        insertMenu->addAction(a);
        toolBar->addAction(a);
    }
}

void MainActions::connectTo(const Targets &targets)
{
    DocumentController *document = targets.document;
    addTreeActions(targets.workspace);
    // The empty window offers what starts: New (the window connects it: it opens a wizard)
    // and Open.
    targets.workspace->emptyState()->addActionButton(newAppliance);
    targets.workspace->emptyState()->addActionButton(open);
    connect(open, &QAction::triggered, this, [this, document] { chooseFile(document); });
    connect(newFromVm, &QAction::triggered, this, [this, document] { newFromVirtualMachine(document); });
    connect(sample, &QAction::triggered, document, &DocumentController::openSample);
    connect(save, &QAction::triggered, document, &DocumentController::save);
    connect(saveAs, &QAction::triggered, document, &DocumentController::saveAs);
    connect(deploy, &QAction::triggered, targets.deploy, &DeployLauncher::launch);
    connect(exportPackage, &QAction::triggered, targets.exporter, &ExportController::exportDocument);
    connect(previewMenu, &QMenu::aboutToShow, this, [this, targets] { fillPreviewMenu(targets); });
    connect(close, &QAction::triggered, document, &DocumentController::close);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
    connect(preferences, &QAction::triggered, this, [this, document] { showPreferences(document); });
    connect(details, &QAction::triggered, targets.workspace, &DocumentWorkspace::showDetails);
    connect(xml, &QAction::triggered, targets.workspace, &DocumentWorkspace::showXml);
    connect(translations, &QAction::triggered, targets.workspace, [workspace = targets.workspace] { workspace->showStrings(); });
    connect(userGuide, &QAction::triggered, this, &MainActions::showUserGuide);
    connect(about, &QAction::triggered, this, &MainActions::showAbout);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(recentMenu, &RecentFilesMenu::fileTriggered, document, &DocumentController::open);
}

VmExportWizard *MainActions::vmExportWizard() const
{
    return m_vmWizard;
}

void MainActions::newFromVirtualMachine(DocumentController *document)
{
    if (m_vmWizard) {
        m_vmWizard->raise();
        return;
    }
    m_vmWizard = new VmExportWizard(m_window);
    m_vmWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_vmWizard, &QDialog::accepted, this, [document, wizard = m_vmWizard.data()] {
        if (const QString written = wizard->writtenPackage(); !written.isEmpty())
            document->open(written);
    });
    m_vmWizard->open();
    emit vmExportWizardOpened(m_vmWizard);
}

void MainActions::chooseFile(DocumentController *document)
{
    QSettings settings;
    QString directory = settings.value(u"lastDirectory"_s).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        m_window, QCoreApplication::translate("MainWindow", "Open OVF Descriptor or Package"), directory,
        QCoreApplication::translate("MainWindow", "OVF descriptors and packages (*.ovf *.ova *.zip *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    document->open(path);
}

void MainActions::showPreferences(DocumentController *document)
{
    PreferencesDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        document->autosave()->setInterval(PreferencesDialog::autosaveInterval() * 1000);
}

void MainActions::showAbout()
{
    QMessageBox::about(
        m_window, QCoreApplication::translate("MainWindow", "About OVF Workbench"),
        QCoreApplication::translate("MainWindow", "<h3>OVF Workbench %1</h3>"
           "<p>Author, localize, verify and deploy DMTF OVF virtual appliances.</p>"
           "<p>Opens OVF 0.9, 1.x and 2.x descriptors and packages (OVA, ZIP, OVF folders), "
           "edits them with undo, checks them against the OVF rules as you type, and saves them "
           "back as a descriptor or a package with a fresh manifest.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainActions::showUserGuide()
{
    // One window, non-modal, owned by the main window; shown again where it was left.
    auto *guide = m_window->findChild<UserGuideWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuideWindow(m_window);
    guide->show();
    guide->raise();
    guide->activateWindow();
}
