#include "app/gui/mainactions.h"

#include "app/gui/recentfilesmenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainActions::MainActions(QMainWindow *window) : QObject(window), m_window(window)
{
    const auto make = [window](QKeySequence shortcut = {}) {
        auto *action = new QAction(window);
        action->setShortcut(shortcut);
        return action;
    };
    open = make(QKeySequence::Open);
    sample = make();
    save = make(QKeySequence::Save);
    saveAs = make(QKeySequence::SaveAs);
    close = make(QKeySequence::Close);
    quit = make(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    preferences = make(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    details = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    xml = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    about = make();
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make();
    aboutQt->setMenuRole(QAction::AboutQtRole);
    save->setEnabled(false);
    saveAs->setEnabled(false);
    close->setEnabled(false);

    fileMenu = window->menuBar()->addMenu(QString());
    fileMenu->addAction(open);
    recentMenu = new RecentFilesMenu(fileMenu);
    fileMenu->addMenu(recentMenu);
    fileMenu->addAction(sample);
    fileMenu->addSeparator();
    fileMenu->addAction(save);
    fileMenu->addAction(saveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(close);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = window->menuBar()->addMenu(QString());
    editMenu->addSeparator();
    editMenu->addAction(preferences);

    viewMenu = window->menuBar()->addMenu(QString());
    viewMenu->addAction(details);
    viewMenu->addAction(xml);
    viewMenu->addSeparator();

    helpMenu = window->menuBar()->addMenu(QString());
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
    undo = newUndo;
    redo = newRedo;
    retranslate();
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    editMenu->setTitle(tr("&Edit"));
    viewMenu->setTitle(tr("&View"));
    helpMenu->setTitle(tr("&Help"));
    open->setText(tr("&Open…"));
    open->setStatusTip(tr("Open an OVF descriptor or package (OVA, ZIP, OVF folder)"));
    sample->setText(tr("Open &Sample Appliance"));
    sample->setStatusTip(tr("Open the sample appliance that comes with OVF Workbench"));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As…"));
    close->setText(tr("&Close"));
    quit->setText(tr("&Quit"));
    preferences->setText(tr("&Preferences…"));
    details->setText(tr("&Details"));
    xml->setText(tr("&XML Source"));
    about->setText(tr("&About OVF Workbench"));
    aboutQt->setText(tr("About &Qt"));
    // The stack's actions name the edit themselves ("Undo Change ovf:id"); placeholders:
    if (!undo->isEnabled() && undo->parent() == m_window)
        undo->setText(tr("&Undo"));
    if (!redo->isEnabled() && redo->parent() == m_window)
        redo->setText(tr("&Redo"));
}
