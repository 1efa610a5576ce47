#include "app/cli/command.h"

#include "app/cli/authorcommands.h"
#include "app/cli/output.h"
#include "app/cli/packcommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};
} // namespace

// The one table of commands: dispatch, `ovfctl help COMMAND` and the overview of
// `ovfctl --help` all read it, so a command cannot exist without being listed (or be listed
// without existing). A new command adds its factory here and nowhere else.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeNewCommand());
    commands.push_back(makeEditCommand());
    commands.push_back(makeInfoCommand());
    commands.push_back(makeValidateCommand());
    commands.push_back(makeLintCommand());
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeDeployCommand());
    commands.push_back(makeStringsCommand());
    commands.push_back(makePackCommand());
    commands.push_back(makeSignCommand());
    commands.push_back(makeExportVmCommand());
    return commands;
}

static QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names())
        names.append((n.size() == 1 ? u"-"_s : u"--"_s) + n);
    QString syntax = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        syntax += u'=' + option.valueName();
    // Align long-only options with the long names of options that have a short one.
    if (option.names().constFirst().size() > 1)
        syntax.prepend(u"    "_s);
    return syntax;
}

QString formatHelp(const QString &usage, const QString &description,
                   const QList<QCommandLineOption> &options, const QString &epilogue)
{
    QList<QCommandLineOption> all = options;
    all.append(QCommandLineOption({u"h"_s, u"help"_s}, CommandText::tr("Show this help and exit.")));
    int width = 0;
    for (const QCommandLineOption &o : all)
        width = std::max(width, displayWidth(optionSyntax(o)));
    QString text = CommandText::tr("Usage: ovfctl %1").arg(usage) + u"\n\n"_s + description + u"\n\n"_s
        + CommandText::tr("Options:") + u'\n';
    const QString continuation = u'\n' + QString(width + 4, u' ');
    for (const QCommandLineOption &o : all) {
        QString description = o.description();
        description.replace(u'\n', continuation);
        text += u"  "_s + padded(optionSyntax(o), width) + u"  "_s + description + u'\n';
    }
    if (!epilogue.isEmpty())
        text += u'\n' + epilogue + (epilogue.endsWith(u'\n') ? QString() : u"\n"_s);
    return text;
}

int usageError(const QString &message, const QString &commandName)
{
    printError(message);
    err(commandName.isEmpty() ? CommandText::tr("Try 'ovfctl --help' for more information.\n")
                              : CommandText::tr("Try 'ovfctl help %1' for more information.\n").arg(commandName));
    return ExitUsage;
}

ParsedArguments parseArguments(QCommandLineParser &parser, const Command &command,
                               const QList<QCommandLineOption> &options, const QStringList &args,
                               int positionalCount, const QString &positionalName)
{
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption(help);
    ParsedArguments result;
    // QCommandLineParser skips the first argument, the program name.
    if (!parser.parse(QStringList{u"ovfctl"_s} + args)) {
        result.exitCode = usageError(command.name() + u": "_s + sanitize(parser.errorText()), command.name());
        return result;
    }
    if (parser.isSet(help)) {
        out(command.help());
        result.exitCode = ExitClean;
        return result;
    }
    result.positional = parser.positionalArguments();
    const int minimum = positionalCount < 0 ? -positionalCount : positionalCount;
    if (result.positional.size() < minimum) {
        result.exitCode = usageError(CommandText::tr("%1: missing %2").arg(command.name(), positionalName),
                                     command.name());
    } else if (positionalCount == 0 && !result.positional.isEmpty()) {
        // e.g. `deploy --cleanup x.ova`: this form takes options only.
        result.exitCode = usageError(CommandText::tr("%1: takes no %2 here; unexpected argument '%3'")
                                         .arg(command.name(), positionalName, sanitize(result.positional.constFirst())),
                                     command.name());
    } else if (positionalCount >= 0 && result.positional.size() > positionalCount) {
        result.exitCode = usageError(CommandText::tr("%1: takes one %2; unexpected argument '%3'")
                                         .arg(command.name(), positionalName,
                                              sanitize(result.positional.at(positionalCount))),
                                     command.name());
    }
    return result;
}

} // namespace ovfctl
