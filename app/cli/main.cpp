// ovfctl: the command-line twin of OVF Workbench. Dispatches on the first argument to one
// of the commands (one file each: cmd_*.cpp).

#include "app/cli/command.h"
#include "app/cli/output.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    static QString overview(const std::vector<std::unique_ptr<ovfctl::Command>> &commands)
    {
        int width = 0;
        for (const auto &c : commands)
            width = std::max(width, int(c->name().size()));
        QString list;
        for (const auto &c : commands)
            list += u"  "_s + ovfctl::padded(c->name(), width) + u"  "_s + c->summary() + u'\n';
        return tr("Usage: ovfctl COMMAND [OPTIONS] FILE\n"
                  "       ovfctl help COMMAND [SUBCOMMAND]\n"
                  "\n"
                  "Create, edit, check, package and deploy DMTF OVF virtual appliances:\n"
                  "descriptors (.ovf), packages (OVA, OVF folder, ZIP) and OVF environment\n"
                  "documents (ovf-env.xml).\n"
                  "\n"
                  "Commands:\n")
            + list
            + tr("\n"
                 "Options:\n"
                 "  -h, --help     Show this help and exit.\n"
                 "      --version  Show the version and exit.\n"
                 "\n"
                 "Every command accepts --help. Exit status: 0 when the input is clean, 1 when\n"
                 "errors were found in it, 2 for usage errors and files that cannot be read.\n");
    }

    static int run(const QStringList &args)
    {
        const auto commands = ovfctl::allCommands();
        auto find = [&commands](const QString &name) -> ovfctl::Command * {
            for (const auto &c : commands) {
                if (c->name() == name)
                    return c.get();
            }
            return nullptr;
        };
        if (args.isEmpty()) {
            ovfctl::err(overview(commands));
            return ovfctl::ExitUsage;
        }
        const QString first = args.constFirst();
        if (first == u"-h" || first == u"--help" || first == u"-help") {
            ovfctl::out(overview(commands));
            return ovfctl::ExitClean;
        }
        if (first == u"--version" || first == u"-version") {
            ovfctl::out(u"ovfctl (OVF Workbench) "_s + QCoreApplication::applicationVersion() + u'\n');
            return ovfctl::ExitClean;
        }
        if (first == u"help") {
            if (args.size() == 1) {
                ovfctl::out(overview(commands));
                return ovfctl::ExitClean;
            }
            if (args.size() > 3)
                return ovfctl::usageError(tr("help takes a COMMAND and at most one SUBCOMMAND"));
            if (ovfctl::Command *c = find(args.at(1))) {
                if (args.size() == 3) // `help strings stats`, `help edit add-disk`
                    return c->run(c->subcommandHelpArguments(args.at(2)));
                ovfctl::out(c->help());
                return ovfctl::ExitClean;
            }
            return ovfctl::usageError(tr("unknown command '%1'").arg(ovfctl::sanitize(args.at(1))));
        }
        if (first.startsWith(u'-'))
            return ovfctl::usageError(tr("unknown option '%1' (a COMMAND comes first)").arg(ovfctl::sanitize(first)));
        if (ovfctl::Command *c = find(first))
            return c->run(args.mid(1));
        return ovfctl::usageError(tr("unknown command '%1'").arg(ovfctl::sanitize(first)));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ovfctl"_s);
    QCoreApplication::setOrganizationName(u"OVF Workbench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OVFW_VERSION));
    // ovfctl speaks C/English whatever the host's locale: sizes and numbers the shared model
    // writes with the default QLocale (ovf::formatByteSize) come out as scripts expect them.
    QLocale::setDefault(QLocale::c());
    return Main::run(QCoreApplication::arguments().mid(1));
}
