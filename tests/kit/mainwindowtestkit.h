#pragma once

// Shared by the tests that drive the whole main window (tst_gui_* that link the application's
// GUI library): its menus and the tree's Add Section menu, used as a user does. Header-only.

#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
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

struct Option
{
    QString id;
    QString label;
    QString description; // empty: the field is left as the editor filled it in
};

// Adds a DeploymentOptionSection through the tree's Add Section menu and types the options
// into its editor as a user does: the section's first option is renamed to the first one
// (the default), Add makes each further one. True when the document then has exactly them.
inline bool addDeploymentOptions(MainWindow &w, const QList<Option> &options)
{
    // An envelope-level section is added with an envelope-level section selected.
    const ovf::Envelope envelope = w.session()->descriptor().envelope();
    if (!addSection(w, envelope.section(ovf::SectionKind::Network).element(), u"DeploymentOptionSection"_s))
        return false;
    auto *editor = qobject_cast<DeploymentOptionsEditor *>(w.workspace()->editor());
    if (!editor)
        return false;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    QStringList wanted;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (i > 0)
            editor->addAction()->trigger();
        editortest::retype(editor->idField(), options[i].id);
        QTest::keyClick(editor->idField(), Qt::Key_Return);
        editortest::retype(editor->labelField(), options[i].label);
        if (!options[i].description.isEmpty())
            editortest::retype(editor->descriptionField(), options[i].description);
        wanted << options[i].id;
    }
    QStringList ids;
    for (const ovf::Configuration &c : w.session()->descriptor().envelope().configurations())
        ids << c.id();
    if (ids != wanted)
        qWarning("the options are %s, not %s", qPrintable(ids.join(u", ")), qPrintable(wanted.join(u", ")));
    return ids == wanted;
}

// Shows the hardware editor of `system` and types `cpus` into the CPUs cell of the deployment
// option `option` (its row next to the base values); true when the model then shows them.
inline bool setOptionCpus(MainWindow &w, ovf::xml::Element *system, const QString &option, const QString &cpus)
{
    ovf::xml::Element *hw = ovf::Entity(system).section(ovf::SectionKind::VirtualHardware).element();
    if (!hw || !w.workspace()->selectElement(hw))
        return false;
    w.workspace()->showEditor();
    auto *editor = qobject_cast<VirtualHardwareEditor *>(w.workspace()->editor());
    if (!editor)
        return false;
    using Quantities = ovf::items::HardwareQuantityModel;
    Quantities *q = editor->quantityModel();
    for (int r = 0; r < q->rowCount(); ++r) {
        if (q->index(r, 0).data(Quantities::ConfigurationRole).toString() == option) {
            editortest::editCell(editor->quantityTable(), q->index(r, Quantities::CpusColumn), cpus);
            return q->index(r, Quantities::CpusColumn).data().toString() == cpus;
        }
    }
    qWarning("the hardware editor has no row for the option %s", qPrintable(option));
    return false;
}

} // namespace mainwindowtest
