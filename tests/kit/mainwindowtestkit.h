#pragma once

// Shared by the tests that drive the whole main window (tst_gui_* that link the application's
// GUI library): its menus and the tree's Add Section menu, used as a user does. Header-only.

#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
#include "model/ovf/xmlnode.h"
#include "views/envelopetreeview.h"

#include <QAction>
#include <QMenu>

namespace mainwindowtest {

using namespace Qt::StringLiterals;

// A menu item chosen as a user does: it must be an enabled item of that menu.
inline bool choose(QMenu *menu, QAction *action)
{
    if (!menu->actions().contains(action) || !action->isEnabled()) {
        qWarning("%s is not an enabled item of the %s menu", qPrintable(action->text()), qPrintable(menu->title()));
        return false;
    }
    action->trigger();
    return true;
}

// Adds a section to `container` through the tree's Insert > Add Section menu; the new
// section becomes current and its editor is shown.
inline bool addSection(MainWindow &w, ovf::xml::Element *container, const QString &kindName)
{
    if (!w.workspace()->selectElement(container)) {
        qWarning("cannot select %s", qPrintable(container->name()->local));
        return false;
    }
    QMenu *menu = w.workspace()->treeView()->addSectionMenu();
    emit menu->aboutToShow();
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == u"addSection_"_s + kindName) {
            a->trigger();
            w.workspace()->showEditor();
            return true;
        }
        names << a->objectName();
    }
    qWarning("no action addSection_%s in %s", qPrintable(kindName), qPrintable(names.join(u", ")));
    return false;
}

} // namespace mainwindowtest
