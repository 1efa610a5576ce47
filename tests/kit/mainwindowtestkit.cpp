#include "mainwindowtestkit.h"

#include <QSignalSpy>

namespace mainwindowtest {

using namespace Qt::StringLiterals;

bool choose(QMenu *menu, QAction *action)
{
    if (!menu->actions().contains(action) || !action->isEnabled()) {
        qWarning("%s is not an enabled item of the %s menu", qPrintable(action->text()), qPrintable(menu->title()));
        return false;
    }
    action->trigger();
    return true;
}

bool acceptPreferences(PreferencesDialog &dialog)
{
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    return (finished.size() > 0 || finished.wait(20000)) && finished.first().at(0).toInt() == QDialog::Accepted;
}

bool addSection(MainWindow &w, ovf::xml::Element *container, const QString &kindName)
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

bool addDeploymentOptions(MainWindow &w, const QList<Option> &options)
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
        QTest::keyClick(editor->labelField(), Qt::Key_Return); // done: a description not written follows
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

bool setOptionCpus(MainWindow &w, ovf::xml::Element *system, const QString &option, const QString &cpus)
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
