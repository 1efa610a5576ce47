// ovfctl strings stats / list: coverage per locale and the messages with their translations.

#include "app/cli/output.h"
#include "app/cli/stringscommands.h"
#include "app/cli/stringssupport.h"

#include "model/l10n/catalogue.h"
#include "model/l10n/messageusage.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ovf::l10n;

namespace ovfctl::strings {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

// Unreadable external bundles, as "FILE: ..." lines on stderr; true when there were any.
bool reportBundleErrors(const Catalogue &c, const QString &name)
{
    bool any = false;
    for (const StringsSection &s : c.sections()) {
        if (s.external && !s.bundleRoot) {
            err(sanitize(u"%1: %2 bundle not read: %3"_s.arg(name, s.language, s.error)) + u'\n');
            any = true;
        }
    }
    return any;
}

} // namespace

int stats(const QStringList &args)
{
    const QCommandLineOption json(u"json"_s, ReportText::tr("Print JSON on stdout."));
    SubCommand cmd(u"strings stats"_s,
                   formatHelp(ReportText::tr("strings stats FILE [--json]"),
                              ReportText::tr("Coverage per locale: of the messages the descriptor uses, how many each\n"
                                       "locale translates, misses (no message or an empty one) and has stale\n"
                                       "(the default text changed after the translation was made)."),
                              {json},
                              ReportText::tr("JSON: {\"locales\": [{\"locale\", \"source\": \"embedded\"|\"external\",\n"
                                       "\"total\", \"translated\", \"missing\", \"stale\"}, ...], \"messages\": N}\n"
                                       "Exit status: 0 done, 1 an external bundle could not be read, 2 usage/I/O.")));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {json}, args, 1, u"FILE"_s);
    if (parsed.exitCode)
        return *parsed.exitCode;
    auto doc = StringsDocument::open(parsed.positional.first(), parser.isSet(json));
    if (!doc)
        return doc.error();
    const Catalogue c = doc->catalogue();
    const bool problems = reportBundleErrors(c, doc->name());
    if (parser.isSet(json)) {
        QJsonArray locales;
        for (const QString &l : c.locales()) {
            const Coverage cov = c.coverage(l);
            locales.append(QJsonObject{{u"locale"_s, cov.locale},
                                       {u"source"_s, cov.external ? u"external"_s : u"embedded"_s},
                                       {u"total"_s, cov.total},
                                       {u"translated"_s, cov.translated},
                                       {u"missing"_s, cov.missing},
                                       {u"stale"_s, cov.stale}});
        }
        printJson(QJsonObject{{u"locales"_s, locales}, {u"messages"_s, int(c.messages().size())}});
        return problems ? ExitFailed : ExitClean;
    }
    QString text = ReportText::tr("%1: %2 messages, default language %3\n")
                       .arg(sanitize(doc->name()))
                       .arg(c.messages().size())
                       .arg(sanitize(c.defaultLanguage()));
    for (const QString &l : c.locales()) {
        const Coverage cov = c.coverage(l);
        text += ReportText::tr("  %1 %2/%3 · %4 missing · %5 stale (%6)\n")
                    .arg(padded(sanitize(cov.locale), 8))
                    .arg(cov.translated)
                    .arg(cov.total)
                    .arg(cov.missing)
                    .arg(cov.stale)
                    .arg(cov.external ? ReportText::tr("external") : ReportText::tr("embedded"));
    }
    out(text);
    return problems ? ExitFailed : ExitClean;
}

int list(const QStringList &args)
{
    const QCommandLineOption json(u"json"_s, ReportText::tr("Print JSON on stdout."));
    const QCommandLineOption locale(u"locale"_s, ReportText::tr("Only this locale."), u"L"_s);
    const QCommandLineOption untranslated(u"untranslated"_s,
                                          ReportText::tr("Only messages missing, empty or stale in the locale (in any\n"
                                                   "locale without --locale)."));
    SubCommand cmd(u"strings list"_s,
                   formatHelp(ReportText::tr("strings list FILE [--locale L] [--untranslated] [--json]"),
                              ReportText::tr("Every message: its id, where it is used, its default text and, per\n"
                                       "locale, its status and translation."),
                              {locale, untranslated, json},
                              ReportText::tr("JSON: {\"defaultLanguage\", \"messages\": [{\"msgid\", \"uses\": [...],\n"
                                       "\"default\", \"translations\": {LOCALE: {\"status\", \"text\"}}}]}\n"
                                       "Exit status: 0 done, 1 an external bundle could not be read, 2 usage/I/O.")));
    QCommandLineParser parser;
    const ParsedArguments parsed = parseArguments(parser, cmd, {locale, untranslated, json}, args, 1, u"FILE"_s);
    if (parsed.exitCode)
        return *parsed.exitCode;
    auto doc = StringsDocument::open(parsed.positional.first(), parser.isSet(json));
    if (!doc)
        return doc.error();
    const Catalogue c = doc->catalogue();
    const bool problems = reportBundleErrors(c, doc->name());
    QStringList locales = c.locales();
    if (parser.isSet(locale)) {
        const QString written = c.findLocale(parser.value(locale));
        locales = {written.isNull() ? parser.value(locale) : written};
    }
    const bool onlyOpen = parser.isSet(untranslated);
    auto isOpen = [](MessageStatus s) {
        return s == MessageStatus::Missing || s == MessageStatus::Empty || s == MessageStatus::Stale;
    };
    QJsonArray messages;
    QString text;
    for (const Message &m : c.messages()) {
        bool open = false;
        for (const QString &l : std::as_const(locales))
            open = open || isOpen(c.status(l, m.msgid));
        if (onlyOpen && !open)
            continue;
        QJsonArray uses;
        for (const ovf::xml::Element *e : m.uses)
            uses.append(MessageUsage::describe(e));
        QJsonObject translations;
        text += u"%1  (%2)\n    %3\n"_s.arg(sanitize(m.msgid), sanitize(MessageUsage::describe(m.uses.first())),
                                               elide(firstLine(m.defaultText), 70));
        for (const QString &l : std::as_const(locales)) {
            const MessageStatus s = c.status(l, m.msgid);
            const auto t = c.translation(l, m.msgid);
            QJsonObject o{{u"status"_s, MessageStatusText::key(s)}};
            if (t)
                o.insert(u"text"_s, t->text);
            translations.insert(l, o);
            text += u"    %1 [%2] %3\n"_s.arg(padded(sanitize(l), 8), MessageStatusText::key(s), t ? elide(firstLine(t->text), 60) : QString());
        }
        messages.append(QJsonObject{{u"msgid"_s, m.msgid},
                                    {u"uses"_s, uses},
                                    {u"default"_s, m.defaultText},
                                    {u"translations"_s, translations}});
    }
    if (parser.isSet(json))
        printJson(QJsonObject{{u"defaultLanguage"_s, c.defaultLanguage()}, {u"messages"_s, messages}});
    else
        out(text);
    return problems ? ExitFailed : ExitClean;
}

} // namespace ovfctl::strings
