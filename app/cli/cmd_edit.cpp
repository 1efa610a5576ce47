// ovfctl edit FILE SUBCOMMAND ...: edits a descriptor with the model's edit commands (the
// ones the GUI's editors push), in place or into -o OUT; refused edits leave FILE as it was.

#include "app/cli/authorcommands.h"
#include "app/cli/editsubcommands.h"
#include "app/cli/output.h"

#include "model/commands/editsession.h"
#include "model/commands/xmltextcheck.h"
#include "model/ovf/descriptor.h"
#include "model/package/descriptorfile.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ovfctl {

ovf::xml::Element *EditContext::entity(bool virtualSystem)
{
    const ovf::Envelope envelope = session->descriptor().envelope();
    const QList<ovf::Entity> all = envelope.allEntities();
    if (!systemId.isEmpty()) {
        for (const ovf::Entity &e : all) {
            if (e.id() == systemId) {
                if (virtualSystem && e.isCollection()) {
                    problems << QCoreApplication::translate("ovfctl", "\"%1\" is a collection; this edit needs a virtual system.").arg(systemId);
                    return nullptr;
                }
                return e.element();
            }
        }
        QStringList ids;
        for (const ovf::Entity &e : all)
            ids << e.id();
        problems << QCoreApplication::translate("ovfctl", "There is no virtual system or collection \"%1\" (%2).")
                        .arg(systemId, ids.join(u", "_s));
        return nullptr;
    }
    if (!virtualSystem)
        return envelope.content().element();
    QList<ovf::Entity> systems;
    for (const ovf::Entity &e : all) {
        if (!e.isCollection())
            systems << e;
    }
    if (systems.size() == 1)
        return systems.constFirst().element();
    QStringList ids;
    for (const ovf::Entity &e : std::as_const(systems))
        ids << e.id();
    problems << QCoreApplication::translate("ovfctl", "The descriptor has %1 virtual systems (%2): say which with --system.")
                    .arg(systems.size())
                    .arg(ids.join(u", "_s));
    return nullptr;
}

ovf::xml::Element *EditContext::hardware()
{
    ovf::xml::Element *system = entity(true);
    if (!system)
        return nullptr;
    const ovf::Section hw = ovf::Entity(system).section(ovf::SectionKind::VirtualHardware);
    if (hw.isNull())
        problems << QCoreApplication::translate("ovfctl", "\"%1\" has no VirtualHardwareSection.").arg(ovf::Entity(system).id());
    return hw.element();
}

namespace {

class EditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    EditCommand()
        : m_system(u"system"_s, tr("The virtual system or collection to edit (its ovf:id);\nneeded when there are several."), tr("ID"))
        , m_output(QStringList{u"o"_s, u"output"_s}, tr("Write the result to OUT instead of FILE."), tr("OUT"))
        , m_subcommands(editSubcommands())
    {
    }

    QString name() const override { return u"edit"_s; }
    QString summary() const override { return tr("Change a descriptor: hardware, disks, networks, product, properties, ..."); }

    QString help() const override
    {
        QString text = formatHelp(
            tr("edit FILE SUBCOMMAND [ARG] [OPTIONS] [--system ID] [-o OUT]"),
            tr("Edit the OVF descriptor FILE with the same edit commands the GUI's editors use.\n"
               "FILE is changed in place (written to a temporary file and renamed over it)\n"
               "unless -o OUT is given. Every value is checked before anything is written: an\n"
               "edit that is refused prints every reason and leaves FILE byte for byte as it\n"
               "was. 'ovfctl help edit' lists the subcommands; 'ovfctl edit FILE SUBCOMMAND\n"
               "--help' shows one."),
            {m_system, m_output},
            tr("Exit status:\n"
               "  0  the descriptor was written\n"
               "  1  the edit was refused (FILE unchanged), or FILE is not a descriptor\n"
               "  2  usage error, or a file cannot be read or written"));
        text += tr("\nSubcommands:\n");
        for (const EditSubcommand &s : m_subcommands)
            text += u"  "_s + s.usage.section(u'\n', 0, 0) + u'\n';
        return text;
    }

    QString subcommandHelp(const EditSubcommand &s) const
    {
        return formatHelp(u"edit FILE "_s + QString(s.usage).replace(u"\n       "_s, u"\n         "_s), s.description,
                          s.options + QList<QCommandLineOption>{m_system, m_output});
    }

    // `edit FILE SUBCOMMAND --help` prints the help before FILE is read, so any FILE does.
    QStringList subcommandHelpArguments(const QString &subcommand) const override
    {
        return {u"FILE"_s, subcommand, u"--help"_s};
    }

    int run(const QStringList &args) override
    {
        if (!args.isEmpty() && (args.constFirst() == u"-h" || args.constFirst() == u"--help")) {
            out(help());
            return ExitClean;
        }
        if (args.size() < 2)
            return usageError(tr("edit: give FILE and a SUBCOMMAND"), name());
        const QString file = args.at(0);
        const EditSubcommand *sub = nullptr;
        for (const EditSubcommand &s : m_subcommands) {
            if (s.name == args.at(1))
                sub = &s;
        }
        if (!sub)
            return usageError(tr("edit: unknown subcommand '%1'").arg(sanitize(args.at(1))), name());

        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
        parser.addOptions(sub->options);
        parser.addOptions({m_system, m_output, help});
        if (!parser.parse(QStringList{u"ovfctl"_s} + args.mid(2)))
            return usageError(u"edit "_s + sub->name + u": "_s + sanitize(parser.errorText()), name());
        if (parser.isSet(help)) {
            out(subcommandHelp(*sub));
            return ExitClean;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != sub->positionalCount)
            return usageError(sub->positionalCount == 0
                                  ? tr("edit %1: unexpected argument '%2'").arg(sub->name, sanitize(positional.value(0)))
                                  : tr("edit %1: give one %2").arg(sub->name, sub->usage.section(u' ', 1, 1)),
                              name());

        // A value a descriptor cannot hold is refused before anything is read or written (the
        // output's path aside: it is not written into the descriptor).
        QStringList unwritable;
        for (const QString &option : parser.optionNames()) {
            if (m_output.names().contains(option))
                continue;
            for (const QString &value : parser.values(option)) {
                if (const auto bad = ovf::commands::firstUnwritableCharacter(value)) {
                    unwritable << tr("--%1 holds the character U+%2 at character %3, which XML cannot hold")
                                      .arg(option, bad->code)
                                      .arg(bad->position);
                }
            }
        }
        if (!unwritable.isEmpty()) {
            for (const QString &p : std::as_const(unwritable))
                printError(tr("%1: %2 refused: %3").arg(sanitize(file), sub->name, sanitize(p)));
            return ExitFailed;
        }

        auto loaded = loadDescriptor(file, false);
        if (!loaded)
            return loaded.error();
        ovf::commands::EditSession session(std::move(*loaded));
        EditContext ctx;
        ctx.session = &session;
        ctx.parser = &parser;
        ctx.positional = positional;
        ctx.systemId = parser.value(m_system);
        ctx.descriptorPath = file;
        sub->run(ctx);
        if (!ctx.problems.isEmpty()) {
            ctx.problems.removeDuplicates();
            for (const QString &p : std::as_const(ctx.problems))
                printError(tr("%1: %2 refused: %3").arg(sanitize(file), sub->name, sanitize(p)));
            return ExitFailed;
        }
        const QString target = parser.isSet(m_output) ? parser.value(m_output) : file;
        if (auto ok = ovf::package::DescriptorFile::write(target, session.document().save()); !ok) {
            printError(sanitize(ok.error().toString()));
            return ExitUsage;
        }
        QStringList done;
        for (int i = 0; i < session.undoStack()->count(); ++i)
            done << session.undoStack()->text(i);
        out(tr("%1: %2\n").arg(target, done.join(u"; "_s)));
        for (const QString &note : std::as_const(ctx.notes))
            printError(tr("warning: %1").arg(sanitize(note)));
        return ExitClean;
    }

private:
    QCommandLineOption m_system;
    QCommandLineOption m_output;
    QList<EditSubcommand> m_subcommands;
};

} // namespace

std::unique_ptr<Command> makeEditCommand()
{
    return std::make_unique<EditCommand>();
}

} // namespace ovfctl
