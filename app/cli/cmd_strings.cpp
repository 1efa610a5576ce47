// ovfctl strings SUBCOMMAND: the localizer's commands (stats, list, export, import,
// add-locale, make-translatable), on the l10n catalogue of model/l10n.

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/stringscommands.h"
#include "app/cli/stringssupport.h"

#include "model/l10n/catalogue.h"
#include "model/l10n/messageusage.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

class StringsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    QString name() const override { return u"strings"_s; }
    QString summary() const override { return tr("Localize a descriptor: coverage, XLIFF/PO exchange, locales"); }

    QString help() const override
    {
        return formatHelp(
            tr("strings SUBCOMMAND FILE [options]"),
            tr("The translatable texts of an OVF descriptor (ovf:msgid, DSP0243 §10) and their\n"
               "translations in embedded Strings sections and external bundle files. FILE is a\n"
               "descriptor or a package (OVA, ZIP, OVF folder); bundles are read from beside it or\n"
               "from inside it. Commands that change the document write it to -o OUT (a .ovf)\n"
               "with new or changed bundle files beside it, and never modify FILE unless OUT\n"
               "names it.\n"
               "\n"
               "Subcommands:\n"
               "  stats FILE [--json]                      coverage per locale\n"
               "  list FILE [--locale L] [--untranslated] [--json]\n"
               "                                           the messages and their translations\n"
               "  export FILE --locale L --format xliff12|xliff20|po -o OUT\n"
               "                                           a translation file for one locale\n"
               "  import FILE TRANSLATION -o OUT [--locale L] [--bundle HREF]\n"
               "                                           translations back (format from content)\n"
               "  add-locale FILE LOCALE -o OUT [--bundle HREF]\n"
               "  make-translatable FILE -o OUT (--all | --element PATH [--msgid ID])\n"
               "\n"
               "Run 'ovfctl strings SUBCOMMAND --help' for the options of one."),
            {},
            tr("Exit status:\n"
               "  0  done\n"
               "  1  problems: unreadable bundles, skipped translations, refused edits,\n"
               "     malformed translation files\n"
               "  2  usage error, or a file cannot be read or written"));
    }

    int run(const QStringList &args) override
    {
        if (args.isEmpty())
            return usageError(tr("strings needs a subcommand (stats, list, export, import, add-locale, "
                                 "make-translatable)."),
                              name());
        const QString sub = args.first();
        const QStringList rest = args.mid(1);
        if (sub == u"-h" || sub == u"--help" || sub == u"help") {
            out(help());
            return ExitClean;
        }
        if (sub == u"stats")
            return strings::stats(rest);
        if (sub == u"list")
            return strings::list(rest);
        if (sub == u"export")
            return strings::exportLocale(rest);
        if (sub == u"import")
            return strings::importFile(rest);
        if (sub == u"add-locale")
            return strings::addLocale(rest);
        if (sub == u"make-translatable")
            return strings::makeTranslatable(rest);
        return usageError(tr("unknown strings subcommand '%1'.").arg(sanitize(sub)), name());
    }
};

} // namespace

std::unique_ptr<Command> makeStringsCommand()
{
    return std::make_unique<StringsCommand>();
}

} // namespace ovfctl
