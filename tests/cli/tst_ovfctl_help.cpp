// `ovfctl help COMMAND` and the overview of `ovfctl --help`: the overview lists every command
// the binary dispatches (read from the same table), each command's help exits 0, starts with
// its usage line, names the options the command has, and every option it names is one the
// command accepts (not refused as unknown).

#include <QProcess>
#include <QRegularExpression>
#include "ovfctltestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = testkit::OvfctlResult;
using testkit::ovfctl;

// The command names of the overview's "Commands:" block.
QStringList overviewCommands(const QString &overview)
{
    QStringList names;
    const QStringList lines = overview.split(u'\n');
    bool inCommands = false;
    static const QRegularExpression entry(u"^  ([a-z][a-z-]*)  +\\S"_s);
    for (const QString &line : lines) {
        if (line == u"Commands:") {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.isEmpty())
            break;
        const auto m = entry.match(line);
        if (m.hasMatch())
            names.append(m.captured(1));
    }
    return names;
}

// The long option names ("--output") a help text's "Options:" block lists.
QStringList helpOptions(const QString &help)
{
    QStringList names;
    const qsizetype start = help.indexOf(u"\nOptions:\n"_s);
    if (start < 0)
        return names;
    static const QRegularExpression option(u"^  (?:-[a-zA-Z], )?\\s*(--[a-z][a-z0-9-]*)"_s);
    for (const QString &line : help.mid(start).split(u'\n')) {
        const auto m = option.match(line);
        if (m.hasMatch())
            names.append(m.captured(1));
    }
    return names;
}

// The subcommand names of a help text's "Subcommands:" block (edit, strings).
QStringList subcommands(const QString &help)
{
    QStringList names;
    const qsizetype start = help.indexOf(u"\nSubcommands:\n"_s);
    if (start < 0)
        return names;
    static const QRegularExpression entry(u"^  ([a-z][a-z-]+)(?: |$)"_s);
    const QStringList lines = help.mid(start + 1).split(u'\n').mid(1);
    for (const QString &line : lines) {
        if (line.isEmpty())
            break;
        const auto m = entry.match(line);
        if (m.hasMatch())
            names.append(m.captured(1));
    }
    return names;
}

// Every option a help text names is one the command knows: the parser may refuse the
// missing file, but never the option itself. "--help" follows so that nothing runs (a flag
// ends in the help; an option with a value takes "--help" as its value and then misses the
// command's FILE).
void checkOptionsAccepted(const QStringList &prefix, const QString &help)
{
    const QStringList options = helpOptions(help);
    QVERIFY2(options.contains(u"--help"_s), qPrintable(help));
    for (const QString &option : options) {
        if (option == u"--help")
            continue;
        const Result tried = ovfctl(prefix + QStringList{option, u"--help"_s});
        const QString what = prefix.join(u' ') + u' ' + option + u": "_s + tried.err;
        QVERIFY2(tried.code == 0 || tried.code == 2, qPrintable(what));
        QVERIFY2(!tried.err.contains(u"Unknown option"_s, Qt::CaseInsensitive), qPrintable(what));
    }
}

// Commands and options each must name, as the user documentation (README) shows them.
const QList<std::pair<QString, QStringList>> &expected()
{
    static const QList<std::pair<QString, QStringList>> table = {
        {u"new"_s, {u"--name"_s, u"--disk"_s, u"--template"_s}},
        {u"edit"_s, {u"--system"_s, u"--output"_s}},
        {u"info"_s, {u"--json"_s}},
        {u"validate"_s, {u"--json"_s}},
        {u"lint"_s, {u"--target"_s, u"--json"_s, u"--fix"_s}},
        {u"verify"_s, {u"--json"_s, u"--require"_s}},
        {u"deploy"_s, {u"--target"_s, u"--connect"_s, u"--out"_s, u"--dry-run"_s, u"--answers"_s}},
        {u"strings"_s, {}},
        {u"pack"_s, {u"--format"_s, u"--manifest"_s, u"--sign"_s}},
        {u"sign"_s, {u"--sign"_s, u"--cert"_s, u"--output"_s}},
    };
    return table;
}

} // namespace

class TestOvfctlHelp : public QObject
{
    Q_OBJECT

private slots:
    void overviewListsEveryCommand()
    {
        const Result r = ovfctl({u"--help"_s});
        QCOMPARE(r.code, 0);
        const QStringList listed = overviewCommands(r.out);
        QVERIFY2(!listed.isEmpty(), qPrintable(r.out));
        for (const auto &[name, options] : expected())
            QVERIFY2(listed.contains(name), qPrintable(name + u" missing from:\n"_s + r.out));
        // `ovfctl help` without a command is the same overview.
        QCOMPARE(ovfctl({u"help"_s}).out, r.out);
    }

    void helpOfEachCommand_data()
    {
        QTest::addColumn<QString>("command");
        // Every command the overview lists, so a new command is covered without editing this.
        const QStringList listed = overviewCommands(ovfctl({u"--help"_s}).out);
        for (const QString &name : listed)
            QTest::newRow(qPrintable(name)) << name;
    }

    void helpOfEachCommand()
    {
        QFETCH(QString, command);
        const Result r = ovfctl({u"help"_s, command});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Usage: ovfctl "_s + command), qPrintable(r.out));
        // `ovfctl COMMAND --help` prints the same text.
        const Result dashHelp = ovfctl({command, u"--help"_s});
        QCOMPARE(dashHelp.code, 0);
        QCOMPARE(dashHelp.out, r.out);

        const QStringList options = helpOptions(r.out);
        for (const auto &[name, required] : expected()) {
            if (name != command)
                continue;
            for (const QString &option : required)
                QVERIFY2(options.contains(option), qPrintable(option + u" not named in:\n"_s + r.out));
        }
        checkOptionsAccepted({command}, r.out);

        // Commands with subcommands (edit, strings): each one the help lists has its own help
        // that names its options, all of which it accepts.
        const QString fileArg = command == u"edit" ? u"/nonexistent/ovfctl-help-test.ovf"_s : QString();
        for (const QString &sub : subcommands(r.out)) {
            QStringList prefix{command};
            if (!fileArg.isEmpty())
                prefix << fileArg;
            prefix << sub;
            const Result subHelp = ovfctl(prefix + QStringList{u"--help"_s});
            QVERIFY2(subHelp.code == 0, qPrintable(prefix.join(u' ') + u": "_s + subHelp.err));
            QVERIFY2(subHelp.out.contains(u"ovfctl "_s + command), qPrintable(subHelp.out));
            QVERIFY2(subHelp.out.contains(sub), qPrintable(subHelp.out));
            checkOptionsAccepted(prefix, subHelp.out);
            // `ovfctl help COMMAND SUBCOMMAND`, which usage errors suggest, prints the same.
            const Result viaHelp = ovfctl({u"help"_s, command, sub});
            QCOMPARE(viaHelp.code, 0);
            QCOMPARE(viaHelp.out, subHelp.out);
        }
    }

    void unknownCommandIsAUsageError()
    {
        const Result r = ovfctl({u"help"_s, u"no-such-command"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"no-such-command"_s));
        const Result sub = ovfctl({u"help"_s, u"strings"_s, u"no-such-subcommand"_s});
        QCOMPARE(sub.code, 2);
        QVERIFY(sub.err.contains(u"no-such-subcommand"_s));
    }
};

QTEST_GUILESS_MAIN(TestOvfctlHelp)
#include "tst_ovfctl_help.moc"
