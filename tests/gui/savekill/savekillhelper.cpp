// ovfw_savekill: one save of the GUI, in a process of its own, for tst_gui_savekill to SIGKILL
// (issue 9, "Crash and resource safety"). It runs the window's own code: a DocumentController
// (with its DocumentSaver and AutosaveManager, the objects MainWindow uses) opens the file on
// its worker, one edit goes through FormEdits as a form editor would push it, and then:
//
//   ovfw_savekill save FILE         File > Save back to FILE (a descriptor or a package)
//   ovfw_savekill saveas FILE DEST  File > Save As DEST (.ovf, .ova, .zip, else an OVF folder)
//   ovfw_savekill autosave FILE     one autosave; then it waits to be killed (a crash after
//                                   an autosave), never closing the document
//   ovfw_savekill startup [--discard]  the next start: removes the temporary trees of killed
//                                   folder saves ("removed PATH", as main.cpp does), lists the
//                                   autosaves it would offer ("pending PATH"), and with
//                                   --discard removes them as the restore dialog's Discard does
//
// stdout, one line each, flushed: "saving" when the save starts, "progress DONE TOTAL" (bytes)
// as the saver reports, "saved BYTES" / "autosaved PATH" at the end. Errors go to stderr
// with exit code 1 (2: the file could not be opened).

#include "app/gui/autosavemanager.h"
#include "app/gui/documentcontroller.h"
#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/xmldocument.h"
#include "model/package/folderwriter.h"

#include <QGuiApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code = 1)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    std::fflush(stderr);
    return code;
}

// The first Info element, depth first (every Envelope has one in its first section).
ovf::xml::Element *firstInfo(ovf::xml::Element *element)
{
    if (element->localName() == u"Info")
        return element;
    for (ovf::xml::Element *child : element->childElements()) {
        if (ovf::xml::Element *found = firstInfo(child))
            return found;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"OVF Workbench"_s); // as app/gui/main.cpp: the same folders
    QCoreApplication::setApplicationName(u"ovf-workbench"_s);
    QGuiApplication app(argc, argv); // the loader builds the tree items the window shows (icons)
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);

    if (mode == u"startup") {
        AutosaveManager manager; // what the window's controller makes first at start
        for (const QString &tree : ovf::package::FolderWriter::removeAbandoned()) // as main.cpp does
            say(u"removed "_s + tree);
        for (const AutosaveManager::Entry &entry : AutosaveManager::pending()) {
            say(u"pending "_s + entry.dataPath);
            if (args.contains(u"--discard"_s))
                AutosaveManager::remove(entry);
        }
        return 0;
    }
    if ((mode != u"save" && mode != u"saveas" && mode != u"autosave") || args.size() < 2
        || (mode == u"saveas" && args.size() < 3))
        return fail(u"usage: ovfw_savekill save FILE | saveas FILE DEST | autosave FILE | startup [--discard]"_s, 2);

    DocumentController controller;
    QObject::connect(&controller, &DocumentController::loadFailed, &app, [](const ovf::LoadError &error) {
        QCoreApplication::exit(fail(error.toString(), 2));
    });
    QObject::connect(&controller, &DocumentController::saveProgress, &app, [](qint64 done, qint64 total) {
        say(u"progress %1 %2"_s.arg(done).arg(total));
    });
    QObject::connect(&controller, &DocumentController::saved, &app, [](const DocumentSaver::Outcome &outcome) {
        say(u"saved %1"_s.arg(outcome.bytesWritten));
        QCoreApplication::exit(0);
    });
    QObject::connect(&controller, &DocumentController::saveFailed, &app, [](const ovf::package::PackageWriteError &error) {
        QCoreApplication::exit(fail(error.toString()));
    });
    QObject::connect(controller.autosave(), &AutosaveManager::autosaved, &app, [](const QString &path) {
        say(u"autosaved "_s + path); // and wait for the kill
    });
    QObject::connect(controller.autosave(), &AutosaveManager::failed, &app, [](const QString &message) {
        QCoreApplication::exit(fail(message));
    });
    QObject::connect(&controller, &DocumentController::opened, &app, [&] {
        ovf::commands::EditSession *session = controller.session();
        ovf::xml::Element *info = firstInfo(session->document().root());
        if (!info)
            return QCoreApplication::exit(fail(u"the document has no Info element to edit"_s));
        const auto edited = ovf::commands::FormEdits::setText(session, info, u"edited by a save killed on purpose"_s,
                                                              u"Edit Info"_s);
        if (!edited)
            return QCoreApplication::exit(fail(edited.error()));
        if (mode == u"autosave") {
            say(u"saving"_s);
            controller.autosave()->autosave();
            return;
        }
        const QString destination = mode == u"save" ? controller.currentFile() : args.at(2);
        const DocumentSaver::Target target = mode == u"save" ? DocumentController::targetFor(controller.origin())
                                                             : DocumentSaver::targetForPath(destination);
        say(u"saving"_s);
        if (!controller.saveTo(destination, target))
            QCoreApplication::exit(fail(u"the save did not start"_s));
    });
    controller.open(QFileInfo(args.at(1)).absoluteFilePath());
    return app.exec();
}
