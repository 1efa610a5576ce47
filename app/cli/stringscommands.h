#pragma once

#include <QStringList>

// The sub-commands of `ovfctl strings` (cmd_strings*.cpp); each takes the arguments after its
// name and returns an ExitCode.
namespace ovfctl::strings {

int stats(const QStringList &args);
int list(const QStringList &args);
int exportLocale(const QStringList &args);
int importFile(const QStringList &args);
int addLocale(const QStringList &args);
int makeTranslatable(const QStringList &args);

} // namespace ovfctl::strings

#include "app/cli/command.h"

namespace ovfctl::strings {

// A sub-command's name and help, for parseArguments() and its messages.
class SubCommand final : public Command
{
public:
    SubCommand(QString name, QString help) : m_name(std::move(name)), m_help(std::move(help)) { }
    QString name() const override { return m_name; }
    QString summary() const override { return {}; }
    QString help() const override { return m_help; }
    int run(const QStringList &) override { return 0; }

private:
    QString m_name;
    QString m_help;
};

} // namespace ovfctl::strings
