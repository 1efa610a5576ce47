// ovfctl verify PKG: integrity and trust of an OVF package (OVA, ZIP or OVF folder).

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/progress.h"
#include "app/cli/verifyrender.h"

#include "model/package/packageverifier.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace ovfctl {

namespace {

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    VerifyCommand()
        : m_json(u"json"_s, tr("Print one JSON object on stdout instead of the text report."))
        , m_require(u"require"_s, tr("Exit with 1 unless the package is at least STATE:\n"
                                     "'verified' or 'intact'."), u"STATE"_s)
        , m_trust(u"trust"_s, tr("Trust the certificates in this PEM file as anchors\n"
                                 "(repeatable)."), u"CERT"_s)
        , m_noSystem(u"no-system-trust"_s, tr("Do not trust the system's certificate store."))
    {
    }

    QString name() const override { return u"verify"_s; }
    QString summary() const override { return tr("Check the integrity and signature of an OVA, ZIP or OVF folder"); }

    QString help() const override
    {
        return formatHelp(
            tr("verify [--json] [--require verified|intact] [--trust CERT]... [--no-system-trust] PKG"),
            tr("Read an OVF package (an OVA, a gzip-compressed OVA, a ZIP or an OVF folder) as a\n"
               "stream, refusing unsafe members, hash every file, and check them against the\n"
               "manifest and the manifest's signature (DSP0243 §5.1, §5.2). Nothing is written.\n"
               "Prints one line per referenced file and the trust state with its reasons:\n"
               "  Verified   signed by a trusted code-signing certificate, SHA-256 or better,\n"
               "             every digest matches, the manifest covers exactly the package\n"
               "  Intact     every digest matches, but unsigned, not trusted, or SHA-1\n"
               "  Incomplete every listed digest matches, but the manifest leaves files\n"
               "             without a digest or lists a file the descriptor does not\n"
               "             reference (each named); deployed only with --allow-unchecked\n"
               "  Unchecked  no manifest\n"
               "  Invalid    a mismatch, a listed file missing, a bad signature or an unsafe\n"
               "             member\n"
               "A progress bar is shown on stderr when it is a terminal; Ctrl-C cancels."),
            {m_json, m_require, m_trust, m_noSystem},
            tr("Exit status:\n"
               "  0    the package is not Invalid (and meets --require)\n"
               "  1    the package is Invalid, or below --require\n"
               "  2    usage error, or PKG cannot be read\n"
               "  130  cancelled with Ctrl-C"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed =
            parseArguments(parser, *this, {m_json, m_require, m_trust, m_noSystem}, args, 1, u"PKG"_s);
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString path = parsed.positional.constFirst();
        const bool json = parser.isSet(m_json);
        std::optional<TrustState> required;
        if (parser.isSet(m_require)) {
            const QString value = parser.value(m_require).toLower();
            if (value == u"verified")
                required = TrustState::Verified;
            else if (value == u"intact")
                required = TrustState::Intact;
            else
                return usageError(tr("--require takes 'verified' or 'intact', not '%1'").arg(sanitize(value)), name());
        }
        VerifyOptions options;
        options.trust.useSystemStore = !parser.isSet(m_noSystem);
        for (const QString &anchor : parser.values(m_trust)) {
            if (!QFileInfo(anchor).isFile()) {
                printError(tr("%1: no such trust anchor file").arg(sanitize(anchor)));
                return ExitUsage;
            }
            options.trust.extraAnchors.append(anchor);
        }

        const std::atomic<bool> *interrupted = interruptFlag();
        VerifyResult result;
        {
            ProgressBar bar(tr("verifying"));
            result = PackageVerifier::verify(path, options, [&bar](qint64 done, qint64 total) { bar.update(done, total); },
                                             interrupted);
        }
        if (result.cancelled || interrupted->load()) {
            printError(tr("verification of %1 cancelled; nothing was written").arg(sanitize(path)));
            return ExitInterrupted;
        }
        if (!result.format && result.error(ruleId(PackageError::Rule::Io))) {
            printError(sanitize(result.errors.constFirst().toString()));
            return ExitUsage;
        }
        if (json)
            printJson(verifyJson(result));
        else
            out(renderVerifyText(result, colorEnabled(Stream::Out)));

        if (result.verdict.state == TrustState::Invalid)
            return ExitFailed;
        if (required) {
            const bool enough = result.verdict.state == TrustState::Verified
                || (*required == TrustState::Intact && result.verdict.state == TrustState::Intact);
            if (!enough) {
                printError(tr("the package is %1, --require %2 asks for more")
                               .arg(trustStateName(result.verdict.state), trustStateId(*required)));
                return ExitFailed;
            }
        }
        return ExitClean;
    }

private:
    QCommandLineOption m_json;
    QCommandLineOption m_require;
    QCommandLineOption m_trust;
    QCommandLineOption m_noSystem;
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace ovfctl
