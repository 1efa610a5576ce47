#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ovfctl {

// One ovfctl sub-command ("info", "validate", ...). A command prints its result on stdout,
// its diagnostics on stderr, and returns an ExitCode (see output.h).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for the command list of `ovfctl --help`.
    virtual QString summary() const = 0;
    // The complete help text of `ovfctl help COMMAND` (usage line, description, options).
    virtual QString help() const = 0;
    // `args` are the arguments after the command name.
    virtual int run(const QStringList &args) = 0;
    // The arguments that make run() print the help of `subcommand` (for `ovfctl help COMMAND
    // SUBCOMMAND`, the form the usage errors of subcommands suggest). By default
    // "SUBCOMMAND --help"; a command whose subcommand comes after a FILE overrides it.
    virtual QStringList subcommandHelpArguments(const QString &subcommand) const
    {
        return {subcommand, QStringLiteral("--help")};
    }
};

// Every command, in the order `ovfctl --help` lists them (the authoring and packaging
// commands declare their factories in authorcommands.h and packcommands.h). Each command
// file defines its factory.
std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeLintCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeDeployCommand();
std::unique_ptr<Command> makeStringsCommand();
std::vector<std::unique_ptr<Command>> allCommands();

// Help text: "Usage: ovfctl <usage>", the description, the options (with --help added) and
// an optional epilogue (exit statuses, examples).
QString formatHelp(const QString &usage, const QString &description,
                   const QList<QCommandLineOption> &options, const QString &epilogue = {});

// Parses `args` of `command` with `options` (--help is added). Returns the positional
// arguments, or the exit status when the command is done: 0 after printing its help on
// stdout, 2 after a usage error on stderr. Exactly `positionalCount` positional arguments
// are accepted (a negative count -N: at least N), named `positionalName` in messages.
struct ParsedArguments
{
    QStringList positional;
    std::optional<int> exitCode;
};
ParsedArguments parseArguments(QCommandLineParser &parser, const Command &command,
                               const QList<QCommandLineOption> &options, const QStringList &args,
                               int positionalCount, const QString &positionalName);

// "ovfctl: message" plus "Try 'ovfctl help COMMAND'." on stderr; returns ExitUsage.
int usageError(const QString &message, const QString &commandName = {});

} // namespace ovfctl
