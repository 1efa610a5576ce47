// ovfctl strings export / import / add-locale / make-translatable.

#include "app/cli/output.h"
#include "app/cli/stringscommands.h"
#include "app/cli/stringssupport.h"

#include "model/l10n/addlocalecommand.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/importtranslationscommand.h"
#include "model/ovf/languagetag.h"
#include "model/l10n/maketranslatablecommand.h"
#include "model/l10n/messageusage.h"
#include "model/l10n/movelocalecommand.h"
#include "model/l10n/translationexport.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace ovf::l10n;

namespace ovfctl::strings {

namespace {

class StringsEditText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

int saveTo(const StringsDocument &doc, const QString &out)
{
    const auto written = doc.save(out);
    if (!written) {
        printError(sanitize(written.error()));
        return ExitUsage;
    }
    for (const QString &f : *written)
        err(StringsEditText::tr("wrote %1").arg(sanitize(f)) + u'\n');
    return ExitClean;
}

// Every element below `e` in document order.
void walk(ovf::xml::Element *e, QList<ovf::xml::Element *> &out)
{
    for (ovf::xml::Element *c : e->childElements()) {
        out << c;
        walk(c, out);
    }
}

} // namespace

int exportLocale(const QStringList &args)
{
    const QCommandLineOption locale(u"locale"_s, StringsEditText::tr("The locale to translate into (BCP 47)."), u"L"_s);
    const QCommandLineOption format(u"format"_s, StringsEditText::tr("xliff12, xliff20 or po."), u"FORMAT"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, StringsEditText::tr("The file to write ('-': stdout)."),
                                    u"OUT"_s);
    SubCommand cmd(u"strings export"_s,
                   formatHelp(StringsEditText::tr("strings export FILE --locale L --format xliff12|xliff20|po -o OUT"),
                              StringsEditText::tr("A translation file for one locale: every message with its default text as\n"
                                       "source, where it is used as a note, and its translation with its state\n"
                                       "(stale ones marked for review). A locale the descriptor does not have yet\n"
                                       "gives a file without translations."),
                              {locale, format, output}));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {locale, format, output}, args, 1, u"FILE"_s);
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parser.isSet(locale) || !parser.isSet(format) || !parser.isSet(output))
        return usageError(StringsEditText::tr("strings export needs --locale, --format and -o."), u"strings"_s);
    const auto fmt = TranslationFile::formatFromKey(parser.value(format));
    if (!fmt)
        return usageError(StringsEditText::tr("unknown format '%1' (xliff12, xliff20, po).").arg(sanitize(parser.value(format))),
                          u"strings"_s);
    auto doc = StringsDocument::open(parsed.positional.first(), false);
    if (!doc)
        return doc.error();
    const Catalogue c = doc->catalogue();
    if (c.findLocale(parser.value(locale)).isNull()) {
        if (auto ok = ovf::LanguageTag::check(parser.value(locale)); !ok)
            return usageError(sanitize(ok.error()), u"strings"_s);
    }
    const TranslationFile file = TranslationExport::build(c, parser.value(locale), *fmt, doc->name());
    if (auto r = writeOutput(parser.value(output), file.write()); !r) {
        printError(sanitize(r.error()));
        return ExitUsage;
    }
    return ExitClean;
}

int importFile(const QStringList &args)
{
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, StringsEditText::tr("The descriptor to write."), u"OUT"_s);
    const QCommandLineOption locale(u"locale"_s, StringsEditText::tr("The locale to import into (default: the file's\n"
                                                          "target language)."),
                                    u"L"_s);
    const QCommandLineOption bundle(u"bundle"_s, StringsEditText::tr("A new locale goes into this bundle file (a relative\n"
                                                          "href) instead of an embedded Strings section."),
                                    u"HREF"_s);
    SubCommand cmd(u"strings import"_s,
                   formatHelp(StringsEditText::tr("strings import FILE TRANSLATION -o OUT [--locale L] [--bundle HREF]"),
                              StringsEditText::tr("Reads an XLIFF 1.2/2.0 or PO file (recognized from its content) and writes\n"
                                       "its final translations into the locale: one edit, written to OUT. Units\n"
                                       "whose msgid the descriptor does not use, or whose source text is no longer\n"
                                       "the default text, are reported as FILE:LINE and skipped; targets marked\n"
                                       "fuzzy or for review are counted, not imported. A malformed file changes\n"
                                       "nothing."),
                              {output, locale, bundle},
                              StringsEditText::tr("Exit status: 0 imported, 1 something skipped or refused (OUT is written only\n"
                                       "when something was imported), 2 usage/I/O.")));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {output, locale, bundle}, args, 2,
                                                  StringsEditText::tr("FILE and TRANSLATION"));
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parser.isSet(output))
        return usageError(StringsEditText::tr("strings import needs -o OUT."), u"strings"_s);
    const QString translationPath = parsed.positional.at(1);
    QFile in(translationPath);
    if (!in.open(QIODevice::ReadOnly)) {
        printError(sanitize(u"%1: %2"_s.arg(translationPath, in.errorString())));
        return ExitUsage;
    }
    constexpr qint64 maxBytes = qint64(256) * 1024 * 1024;
    const QByteArray bytes = in.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        printError(StringsEditText::tr("%1: larger than %2 bytes").arg(sanitize(translationPath)).arg(maxBytes));
        return ExitFailed;
    }
    const QString shown = QFileInfo(translationPath).fileName();
    const auto file = TranslationFile::read(bytes, shown);
    if (!file) {
        err(sanitize(file.error().toString()) + u'\n');
        return ExitFailed;
    }
    auto doc = StringsDocument::open(parsed.positional.first(), false);
    if (!doc)
        return doc.error();
    ImportOptions options;
    options.locale = parser.value(locale);
    if (parser.isSet(bundle))
        options.bundleHref = parser.value(bundle);
    ImportReport report;
    auto made = ImportTranslationsCommand::create(&doc->session(), doc->store(), doc->catalogue(), *file, shown, options,
                                                  &report);
    for (const QString &line : report.problemLines())
        err(sanitize(line) + u'\n');
    if (!made) {
        err(sanitize(u"%1: %2"_s.arg(shown, made.error())) + u'\n');
        return ExitFailed;
    }
    if (auto pushed = doc->session().push(std::move(made)); !pushed) {
        err(sanitize(u"%1: %2"_s.arg(shown, pushed.error())) + u'\n');
        return ExitFailed;
    }
    err(sanitize(report.summary()) + u'\n');
    if (const int saved = saveTo(*doc, parser.value(output)); saved != ExitClean)
        return saved;
    return report.hasProblems() ? ExitFailed : ExitClean;
}

int addLocale(const QStringList &args)
{
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, StringsEditText::tr("The descriptor to write."), u"OUT"_s);
    const QCommandLineOption bundle(u"bundle"_s, StringsEditText::tr("Keep the locale's messages in this bundle file."),
                                    u"HREF"_s);
    SubCommand cmd(u"strings add-locale"_s,
                   formatHelp(StringsEditText::tr("strings add-locale FILE LOCALE -o OUT [--bundle HREF]"),
                              StringsEditText::tr("Adds an empty Strings section for LOCALE (a BCP 47 tag such as fr-FR),\n"
                                       "embedded, or as a bundle file named in References with --bundle."),
                              {output, bundle}));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {output, bundle}, args, 2, StringsEditText::tr("FILE and LOCALE"));
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parser.isSet(output))
        return usageError(StringsEditText::tr("strings add-locale needs -o OUT."), u"strings"_s);
    auto doc = StringsDocument::open(parsed.positional.first(), false);
    if (!doc)
        return doc.error();
    const QString tag = parsed.positional.at(1);
    if (auto r = doc->session().push(AddLocaleCommand::create(&doc->session(), doc->catalogue(), tag)); !r) {
        printError(sanitize(r.error()));
        return ExitFailed;
    }
    if (parser.isSet(bundle)) {
        if (auto r = doc->session().push(
                MoveLocaleCommand::create(&doc->session(), doc->store(), doc->catalogue(), tag, parser.value(bundle)));
            !r) {
            printError(sanitize(r.error()));
            return ExitFailed;
        }
    }
    return saveTo(*doc, parser.value(output));
}

int makeTranslatable(const QStringList &args)
{
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, StringsEditText::tr("The descriptor to write."), u"OUT"_s);
    const QCommandLineOption all(u"all"_s, StringsEditText::tr("Every translatable text that has no msgid yet."));
    const QCommandLineOption element(u"element"_s, StringsEditText::tr("One element, by its path as validate prints it\n"
                                                            "(/Envelope/VirtualSystem[1]/ProductSection[1]/Vendor[1])."),
                                     u"PATH"_s);
    const QCommandLineOption msgid(u"msgid"_s, StringsEditText::tr("The msgid for --element (default: a readable one)."),
                                   u"ID"_s);
    SubCommand cmd(u"strings make-translatable"_s,
                   formatHelp(StringsEditText::tr("strings make-translatable FILE -o OUT (--all | --element PATH [--msgid ID])"),
                              StringsEditText::tr("Gives texts an ovf:msgid (product.vendor, prop.KEY.label, ...) so they can\n"
                                       "be translated; their text stays the default text. Prints PATH -> MSGID."),
                              {output, all, element, msgid}));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {output, all, element, msgid}, args, 1, u"FILE"_s);
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parser.isSet(output) || parser.isSet(all) == parser.isSet(element))
        return usageError(StringsEditText::tr("strings make-translatable needs -o OUT and either --all or --element."),
                          u"strings"_s);
    auto doc = StringsDocument::open(parsed.positional.first(), false);
    if (!doc)
        return doc.error();
    QList<ovf::xml::Element *> targets;
    QList<ovf::xml::Element *> every{doc->session().document().root()};
    walk(doc->session().document().root(), every);
    if (parser.isSet(element)) {
        for (ovf::xml::Element *e : std::as_const(every)) {
            if (e->path() == parser.value(element))
                targets << e;
        }
        if (targets.isEmpty()) {
            printError(StringsEditText::tr("no element at %1").arg(sanitize(parser.value(element))));
            return ExitFailed;
        }
    } else {
        for (ovf::xml::Element *e : std::as_const(every)) {
            if (MessageUsage::isTranslatable(e) && !e->hasAttribute(e->namespaceUri(), u"msgid")
                && !e->text().trimmed().isEmpty() && !e->firstChildElement())
                targets << e;
        }
    }
    int done = 0;
    bool refused = false;
    for (ovf::xml::Element *e : std::as_const(targets)) {
        auto made = MakeTranslatableCommand::create(&doc->session(), doc->catalogue(), e, parser.value(msgid));
        if (!made) {
            if (parser.isSet(element)) {
                printError(sanitize(made.error()));
                refused = true;
            }
            continue;
        }
        const QString line = u"%1 -> %2"_s.arg(e->path(), (*made)->msgid());
        if (auto pushed = doc->session().push(std::move(made)); !pushed) {
            printError(sanitize(pushed.error()));
            refused = true;
            continue;
        }
        out(sanitize(line) + u'\n');
        ++done;
    }
    if (refused)
        return ExitFailed;
    if (done == 0) {
        err(StringsEditText::tr("nothing to make translatable") + u'\n');
        return ExitClean;
    }
    return saveTo(*doc, parser.value(output));
}

} // namespace ovfctl::strings
