// ovfctl validate FILE: the problems of a descriptor, as compiler-style diagnostics on
// stderr or as a JSON report on stdout.

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/verifyinput.h"

#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::validation::Problem;
using ovf::validation::Severity;

class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    ValidateCommand()
        : m_json(u"json"_s, tr("Print a JSON report on stdout instead (it lists every problem,\n"
                               "whatever --quiet says)."))
        , m_quiet(QStringList{u"q"_s, u"quiet"_s}, tr("Print errors only, without the summary line."))
        , m_werror(QStringList{u"werror"_s, u"strict"_s}, tr("Count warnings as errors for the exit status."))
        , m_verbose(QStringList{u"v"_s, u"verbose"_s}, tr("Print infos too (extensions seen, bundles not\n"
                                                          "checked, the conformance level, ...)."))
    {
    }

    QString name() const override { return u"validate"_s; }
    QString summary() const override { return tr("Check a descriptor against DSP0243 and list its problems"); }

    QString help() const override
    {
        return formatHelp(
            tr("validate [--json] [--quiet | --verbose] [--werror] FILE"),
            tr("Check an OVF descriptor against the OVF specification (DSP0243) and print its\n"
               "errors and warnings on stderr, sorted by position, one per line:\n"
               "  FILE:LINE:COL: SEVERITY: MESSAGE [RULE-ID]\n"
               "then a summary line with the counts and the conformance level. A file that\n"
               "cannot be parsed as a descriptor fails validation. External Strings bundles are\n"
               "read from the descriptor's folder (relative hrefs only, at most 64 MiB). FILE\n"
               "may also be a package (OVA, ZIP or OVF folder): the descriptor and bundles are\n"
               "then read from inside it, under its safety policy. One FILE per call."),
            {m_json, m_quiet, m_verbose, m_werror},
            tr("Exit status:\n"
               "  0  no errors (warnings allowed, unless --werror)\n"
               "  1  errors found, or FILE is not an OVF descriptor\n"
               "  2  usage error, or FILE cannot be read"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed =
            parseArguments(parser, *this, {m_json, m_quiet, m_verbose, m_werror}, args, 1, u"FILE"_s);
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString path = parsed.positional.constFirst();
        const bool json = parser.isSet(m_json);
        const bool strict = parser.isSet(m_werror);
        auto descriptor = loadDescriptorInput(path, json, QJsonObject{{u"valid"_s, false}});
        if (!descriptor)
            return descriptor.error();
        const ovf::Descriptor &d = *descriptor->descriptor;

        ovf::validation::Options options;
        options.resolveBundle = descriptor->resolveBundle;
        ovf::validation::Report report = ovf::validation::validate(d, options);
        QList<Problem> problems = report.problems;
        sortProblems(problems, d.fileName());
        const int errors = report.count(Severity::Error);
        const int warnings = report.count(Severity::Warning);
        const bool failed = errors > 0 || (strict && warnings > 0);

        if (json) {
            QJsonArray list;
            for (const Problem &p : problems)
                list.append(problemJson(p, d.fileName()));
            printJson(QJsonObject{
                {u"file"_s, d.fileName()},
                {u"loaded"_s, true},
                {u"kind"_s, d.kind() == ovf::Descriptor::Kind::Environment ? u"environment"_s : u"envelope"_s},
                {u"versionDescription"_s, d.versionDescription()},
                {u"valid"_s, !failed},
                {u"conformanceLevel"_s, report.conformanceLevel},
                {u"errors"_s, errors},
                {u"warnings"_s, warnings},
                {u"infos"_s, report.count(Severity::Info)},
                {u"problems"_s, list},
            });
            return failed ? ExitFailed : ExitClean;
        }

        const bool quiet = parser.isSet(m_quiet);
        const Severity shown = quiet ? Severity::Error : parser.isSet(m_verbose) ? Severity::Info : Severity::Warning;
        const bool color = colorEnabled(Stream::Err);
        QString text;
        for (const Problem &p : problems) {
            // Severity is ordered Error < Warning < Info.
            if (int(p.severity) <= int(shown))
                text += problemLine(p, d.fileName(), color);
        }
        if (!quiet)
            text += summaryLine(d.fileName(), report, color);
        err(text);
        return failed ? ExitFailed : ExitClean;
    }

private:
    static QString fileOf(const Problem &p, const QString &descriptorFile)
    {
        return p.location.file.isEmpty() ? descriptorFile : p.location.file;
    }

    // Problems of the descriptor first, then those of other files (external bundles); within
    // a file, by line and column, problems without a position first.
    static void sortProblems(QList<Problem> &problems, const QString &descriptorFile)
    {
        std::stable_sort(problems.begin(), problems.end(), [&descriptorFile](const Problem &a, const Problem &b) {
            const QString fa = fileOf(a, descriptorFile);
            const QString fb = fileOf(b, descriptorFile);
            const bool oa = fa != descriptorFile;
            const bool ob = fb != descriptorFile;
            if (oa != ob)
                return ob;
            if (fa != fb)
                return fa < fb;
            const auto &pa = a.location.position;
            const auto &pb = b.location.position;
            return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
        });
    }

    static QString problemLine(const Problem &p, const QString &descriptorFile, bool color)
    {
        QString where = fileOf(p, descriptorFile);
        if (p.location.position.isValid())
            where += u':' + p.location.position.toString();
        const Style style = p.severity == Severity::Error ? Style::Error
            : p.severity == Severity::Warning            ? Style::Warning
                                                         : Style::Note;
        return styled(sanitize(where) + u':', Style::Bold, color) + u' '
            + styled(ovf::validation::severityName(p.severity) + u':', style, color) + u' ' + sanitize(p.message)
            + u" ["_s + p.ruleId + u"]\n"_s;
    }

    static QString summaryLine(const QString &file, const ovf::validation::Report &report, bool color)
    {
        const int errors = report.count(Severity::Error);
        const int warnings = report.count(Severity::Warning);
        const int infos = report.count(Severity::Info);
        QString counts = countNoun(errors, tr("error"), tr("errors")) + u", "_s
            + countNoun(warnings, tr("warning"), tr("warnings"));
        if (infos > 0)
            counts += u", "_s + countNoun(infos, tr("info"), tr("infos"));
        const Style style = errors ? Style::Error : (warnings ? Style::Warning : Style::Good);
        return styled(sanitize(file) + u':', Style::Bold, color) + u' ' + styled(counts, style, color) + u' '
            + tr("(conformance level %1)").arg(report.conformanceLevel) + u'\n';
    }

    static QJsonObject problemJson(const Problem &p, const QString &descriptorFile)
    {
        const auto &pos = p.location.position;
        return QJsonObject{
            {u"ruleId"_s, p.ruleId},
            {u"severity"_s, ovf::validation::severityName(p.severity)},
            {u"message"_s, p.message},
            {u"file"_s, fileOf(p, descriptorFile)},
            {u"path"_s, p.location.path},
            {u"line"_s, pos.isValid() ? QJsonValue(pos.line) : QJsonValue()},
            {u"column"_s, pos.isValid() ? QJsonValue(pos.column) : QJsonValue()},
        };
    }

    QCommandLineOption m_json;
    QCommandLineOption m_quiet;
    QCommandLineOption m_werror;
    QCommandLineOption m_verbose;
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace ovfctl
