#pragma once

// Shared by the tests that drive the whole main window (tst_gui_* that link the application's
// GUI library): its menus and the tree's Add Section menu, used as a user does. Header-only.

#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
#include "app/gui/preferencesdialog.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/ovf/entity.h"
#include "model/ovf/section.h"
#include "model/ovf/xmlnode.h"
#include "model/ovf/descriptor.h"
#include "views/deploymentoptionseditor.h"
#include "views/envelopetreeview.h"
#include "views/virtualhardwareeditor.h"

#include "editortestkit.h"

#include <QAction>
#include <QMenu>

namespace mainwindowtest {

using namespace Qt::StringLiterals;

// A menu item chosen as a user does: it must be an enabled item of that menu.
bool choose(QMenu *menu, QAction *action);

// OK on Preferences, which applies once the Trust page has stored its files on a worker:
// true when the dialog then finished as accepted (within 20 s).
bool acceptPreferences(PreferencesDialog &dialog);

// Adds a section to `container` through the tree's Insert > Add Section menu; the new
// section becomes current and its editor is shown.
bool addSection(MainWindow &w, ovf::xml::Element *container, const QString &kindName);

struct Option
{
    QString id;
    QString label;
    QString description; // empty: not typed (it follows the label)
};

// Adds a DeploymentOptionSection through the tree's Add Section menu and types the options
// into its editor as a user does: the section's first option is renamed to the first one
// (the default), Add makes each further one. True when the document then has exactly them.
bool addDeploymentOptions(MainWindow &w, const QList<Option> &options);

// Shows the hardware editor of `system` and types `cpus` into the CPUs cell of the deployment
// option `option` (its row next to the base values); true when the model then shows them.
bool setOptionCpus(MainWindow &w, ovf::xml::Element *system, const QString &option, const QString &cpus);

} // namespace mainwindowtest
