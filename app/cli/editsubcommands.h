#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

namespace ovfctl {

// What a subcommand of `ovfctl edit` works with. Handlers push their edits on the session
// (each a command of ovf::commands, as the GUI pushes them) and add every reason an edit is
// refused to `problems`; the file is written only when there is none.
struct EditContext
{
    ovf::commands::EditSession *session = nullptr;
    const QCommandLineParser *parser = nullptr;
    QStringList positional;
    QString systemId;       // --system, empty when not given
    QString descriptorPath; // the file edited (relative paths of add-eula/add-file are the caller's)
    QStringList problems;
    QStringList notes; // printed when the edit is written (e.g. an encoding that was guessed)

    // The entity --system names, else the content entity; with `virtualSystem`, the one
    // virtual system when --system is not given (a problem when there are several).
    ovf::xml::Element *entity(bool virtualSystem);
    // Its VirtualHardwareSection (the first one), or nullptr with a problem.
    ovf::xml::Element *hardware();
};

struct EditSubcommand
{
    QString name;
    QString usage;       // after "edit FILE "
    QString description;
    QList<QCommandLineOption> options;
    int positionalCount = 0; // 0 or 1
    std::function<void(EditContext &)> run;
};

// The subcommands, in the order `ovfctl help edit` lists them (editsubcommands.cpp).
QList<EditSubcommand> editSubcommands();

} // namespace ovfctl
