// ovfctl lint FILE --target T[,T2...] [--json] [--fix -o OUT]: what each target platform
// will do with a package (refused, degraded, ignored), and the fixes for one target.

#include "app/cli/command.h"
#include "app/cli/lintinput.h"
#include "app/cli/output.h"
#include "app/cli/packcommands.h"

#include "model/commands/editsession.h"
#include "model/compat/fixer.h"
#include "model/compat/linter.h"
#include "model/ovf/xmldocument.h"
#include "model/package/descriptorfile.h"
#include "model/package/manifest.h"
#include "model/package/packagewriter.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::compat::Finding;
using ovf::compat::Linter;
using ovf::compat::Profile;
using ovf::compat::Verdict;

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{u"rule"_s, f.ruleId}, {u"verdict"_s, ovf::compat::verdictName(f.verdict)},
                  {u"message"_s, f.message}, {u"path"_s, f.path},
                  {u"line"_s, f.position.line}, {u"column"_s, f.position.column}};
    if (!f.fixId.isEmpty())
        o.insert(u"fix"_s, QJsonObject{{u"id"_s, f.fixId}, {u"description"_s, f.fixDescription}});
    return o;
}

QString summaryVerdict(const QList<Finding> &findings)
{
    const auto worst = Linter::worst(findings);
    return !worst || *worst == Verdict::Ignored ? u"compatible"_s : ovf::compat::verdictName(*worst);
}

class LintCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    LintCommand()
        : m_target(QStringList{u"t"_s, u"target"_s},
                   tr("Targets, comma-separated (default: all):\n%1.").arg(ovf::compat::profileIds().join(u", "_s)),
                   tr("T"))
        , m_json(u"json"_s, tr("Print a JSON report on stdout instead."))
        , m_fix(u"fix"_s, tr("Apply the fixes for the (single) target and write the\nresult to OUT."))
        , m_out(QStringList{u"o"_s, u"output"_s},
                tr("With --fix: a .ovf writes the descriptor; .ova, .zip or a\nfolder writes the whole package "
                   "(FILE's files are\nneeded)."),
                tr("OUT"))
    {
    }

    QString name() const override { return u"lint"_s; }
    QString summary() const override { return tr("Check what target platforms will do with a package, and fix it"); }

    QString help() const override
    {
        return formatHelp(
            tr("lint FILE [--target T[,T2...]] [--json] [--fix -o OUT]"),
            tr("Lint an OVF descriptor or package (OVA, ZIP, OVF folder) against the import\n"
               "behaviour of target platforms. Each finding names the platform's verdict:\n"
               "  refused   the platform will not import it\n"
               "  degraded  it imports, with something lost or changed\n"
               "  ignored   a part the platform does not read\n"
               "one per line: FILE:LINE:COL: VERDICT [TARGET]: MESSAGE [RULE] (fix: ...).\n"
               "With --fix, the fixes for one target are applied (as the GUI's Make Compatible\n"
               "does) and the result is written to OUT, which is linted again; what changed\n"
               "is listed. Template placeholders are reported, never guessed."),
            {m_target, m_json, m_fix, m_out},
            tr("Exit status:\n"
               "  0  no finding is refused or degraded (ignored parts allowed)\n"
               "  1  some finding is refused or degraded (after the fixes, with --fix)\n"
               "  2  usage error, or FILE cannot be read, or OUT cannot be written"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed = parseArguments(parser, *this, {m_target, m_json, m_fix, m_out}, args, 1,
                                                      u"FILE"_s);
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString path = parsed.positional.constFirst();
        const bool json = parser.isSet(m_json);
        QList<const Profile *> targets;
        const QString list = parser.isSet(m_target) ? parser.value(m_target) : u"all"_s;
        for (const QString &id : list.split(u',', Qt::SkipEmptyParts)) {
            if (id.trimmed() == u"all") {
                for (const Profile &p : ovf::compat::allProfiles())
                    targets << &p;
                continue;
            }
            const Profile *p = ovf::compat::findProfile(id.trimmed());
            if (!p)
                return usageError(tr("lint: unknown target '%1' (%2)")
                                      .arg(sanitize(id), ovf::compat::profileIds().join(u", "_s)),
                                  name());
            if (!targets.contains(p))
                targets << p;
        }
        if (targets.isEmpty())
            return usageError(tr("lint: --target names no platform"), name());
        const bool fix = parser.isSet(m_fix);
        if (fix && (!parser.isSet(m_out) || targets.size() != 1))
            return usageError(tr("lint: --fix needs exactly one --target and -o OUT"), name());
        if (!fix && parser.isSet(m_out))
            return usageError(tr("lint: -o is only used with --fix"), name());

        auto input = openLintInput(path, json);
        if (!input)
            return input.error();
        if (fix)
            return runFix(*input, *targets.constFirst(), parser.value(m_out), json);
        return report(*input->descriptor, input->facts, targets, json, {});
    }

private:
    int report(const ovf::Descriptor &d, const ovf::compat::PackageFacts &facts, const QList<const Profile *> &targets,
               bool json, const QJsonObject &extra)
    {
        bool clean = true;
        QJsonArray results;
        QString text;
        const bool color = colorEnabled(Stream::Out);
        for (const Profile *p : targets) {
            QList<Finding> findings = Linter::lint(d, *p, facts);
            std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
                return a.position.line < b.position.line;
            });
            clean = clean && Linter::isClean(findings);
            QJsonArray list;
            int counts[3] = {0, 0, 0};
            for (const Finding &f : std::as_const(findings)) {
                ++counts[int(f.verdict)];
                list.append(findingJson(f));
                const Style style = f.verdict == Verdict::Refused  ? Style::Error
                                  : f.verdict == Verdict::Degraded ? Style::Warning
                                                                   : Style::Note;
                QString line = sanitize(f.toString(d.fileName()));
                text += styled(line, style, color && f.verdict != Verdict::Ignored) + u'\n';
            }
            results.append(QJsonObject{{u"target"_s, p->id}, {u"name"_s, p->name},
                                       {u"verdict"_s, summaryVerdict(findings)},
                                       {u"refused"_s, counts[0]}, {u"degraded"_s, counts[1]},
                                       {u"ignored"_s, counts[2]}, {u"findings"_s, list}});
            text += tr("%1: %2 (%3 refused, %4 degraded, %5 ignored)\n")
                        .arg(p->id, summaryVerdict(findings))
                        .arg(counts[0])
                        .arg(counts[1])
                        .arg(counts[2]);
        }
        if (json) {
            QJsonObject o{{u"file"_s, d.fileName()}, {u"clean"_s, clean}, {u"targets"_s, results}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                o.insert(it.key(), it.value());
            printJson(o);
        } else {
            out(text);
        }
        return clean ? ExitClean : ExitFailed;
    }

    int runFix(LintInput &input, const Profile &profile, const QString &outPath, bool json)
    {
        auto loaded = ovf::Descriptor::fromBytes(input.descriptorBytes, input.descriptor->fileName());
        if (!loaded) {
            printError(loaded.error().toString());
            return ExitFailed;
        }
        ovf::commands::EditSession session(std::move(*loaded));
        const ovf::compat::FixOutcome outcome = ovf::compat::Fixer::makeCompatible(session, profile, input.facts);
        const QByteArray bytes = session.document().save();
        const bool descriptorOnly = outPath.endsWith(u".ovf"_s, Qt::CaseInsensitive);
        if (descriptorOnly) {
            if (auto written = ovf::package::DescriptorFile::write(outPath, bytes); !written) {
                printError(sanitize(written.error().toString()));
                return ExitUsage;
            }
        } else {
            if (!input.package) {
                printError(tr("%1: cannot write a package: %2 (write a .ovf instead)").arg(outPath, input.packageError));
                return ExitUsage;
            }
            if (auto replaced = input.package->replaceDescriptor(bytes); !replaced) {
                printError(replaced.error());
                return ExitFailed;
            }
            ovf::package::PackageWriterOptions options;
            options.format = ovf::package::PackageWriter::formatForPath(outPath);
            const QString algorithm = outcome.manifestAlgorithm.value_or(
                input.facts.manifestAlgorithms && !input.facts.manifestAlgorithms->isEmpty()
                    ? input.facts.manifestAlgorithms->constFirst()
                    : profile.preferredManifest);
            if (auto alg = ovf::package::parseDigestAlgorithm(algorithm))
                options.manifest = *alg;
            options.decompress = outcome.decompress;
            options.joinChunks = outcome.joinChunks;
            if (!writePackage(*input.package, options, outPath, tr("writing")))
                return ExitFailed;
        }
        // Lint what was written.
        auto again = openLintInput(outPath, json);
        if (!again)
            return again.error();
        QJsonArray changes;
        for (const QString &c : outcome.changes + outcome.packageChanges)
            changes.append(c);
        QJsonArray failures;
        for (const QString &c : outcome.failures)
            failures.append(c);
        if (!json) {
            QString text = tr("%1: %n changes for %2\n", nullptr, int(changes.size())).arg(outPath, profile.id);
            for (const QString &c : outcome.changes + outcome.packageChanges)
                text += u"  changed: "_s + sanitize(c) + u'\n';
            for (const QString &c : outcome.failures)
                text += u"  not changed: "_s + sanitize(c) + u'\n';
            out(text);
        }
        return report(*again->descriptor, again->facts, {&profile}, json,
                      QJsonObject{{u"fixed"_s, QJsonObject{{u"output"_s, outPath}, {u"changes"_s, changes},
                                                           {u"failures"_s, failures}}}});
    }

    QCommandLineOption m_target;
    QCommandLineOption m_json;
    QCommandLineOption m_fix;
    QCommandLineOption m_out;
};

} // namespace

std::unique_ptr<Command> makeLintCommand()
{
    return std::make_unique<LintCommand>();
}

} // namespace ovfctl
