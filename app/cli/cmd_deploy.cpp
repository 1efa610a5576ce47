// ovfctl deploy PKG: deploy an OVF package to libvirt or to a folder of ready-to-define files,
// with every choice given on the command line or in an answer file.

#include "app/cli/command.h"
#include "app/cli/deployrender.h"
#include "app/cli/output.h"
#include "app/cli/verifyinput.h"

#include "model/deploy/answerfile.h"
#include "model/deploy/deployerdomain.h"
#include "model/deploy/domainxml.h"
#include "model/deploy/environmentdocument.h"
#include "model/deploy/plancheck.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "model/ovf/languagetag.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace ovfctl {

int runDeployment(const Plan &plan, const QString &packagePath); // cmd_deploy_run.cpp
int runDeployCleanup(const QString &uri, bool listOnly);         // cmd_deploy_cleanup.cpp

namespace {

class DeployCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    DeployCommand()
        : m_target(u"target"_s, tr("Where to deploy: 'libvirt' or 'folder' (default: folder,\nor the answer file's)."), u"KIND"_s)
        , m_connect(u"connect"_s, tr("libvirt connection URI (default qemu:///system)."), u"URI"_s)
        , m_out(u"out"_s, tr("Folder backend: the output folder to create."), u"DIR"_s)
        , m_option(u"option"_s, tr("The deployment option (DeploymentOptionSection id);\ndefault: the package's default."), u"ID"_s)
        , m_prop(u"prop"_s, tr("A property value (repeatable). KEY is the full key\n(class.key.instance), or ENTITY:KEY for one system."), u"KEY=VALUE"_s)
        , m_net(u"net"_s, tr("Map an OVF network to a target network (repeatable)."), u"OVFNET=TARGET"_s)
        , m_name(u"name"_s, tr("The VM name of a virtual system (repeatable); default:\nderived from its OVF id."), u"SYS=NAME"_s)
        , m_storage(u"storage"_s, tr("libvirt: the storage pool (default 'default') or an\nabsolute folder for the disk files."), u"POOL_OR_DIR"_s)
        , m_format(u"format"_s, tr("Disk format: qcow2 (default) or raw."), u"FORMAT"_s)
        , m_acceptEulas(u"accept-eulas"_s, tr("Accept the package's license agreements (required when\nit has some and no answer file accepts them)."))
        , m_answers(u"answers"_s, tr("Read the choices from this answer file; options given\nas well override it."), u"FILE"_s)
        , m_saveAnswers(u"save-answers"_s, tr("Save the choices as an answer file (mode 0600)."), u"FILE"_s)
        , m_powerOn(u"power-on"_s, tr("Start the virtual machines once defined."))
        , m_domainType(u"domain-type"_s, tr("The libvirt domain type: 'kvm' or 'qemu' (plain\nemulation, for hosts where KVM fails); default: detected."), u"TYPE"_s)
        , m_dryRun(u"dry-run"_s, tr("Print the plan, the OVF environment documents and the\ndomain XML; create nothing."))
        , m_allowUnchecked(u"allow-unchecked"_s, tr("Deploy a package without a manifest, or whose manifest\ndoes not cover "
                                                    "every file (what is not covered\ncannot be checked). Recorded in "
                                                    "--save-answers."))
        , m_firmware(u"firmware"_s, tr("bios, efi (OVMF) or auto (default: what the package\nasks for, BIOS unless it "
                                       "asks for UEFI)."), u"FW"_s)
        , m_cpus(u"cpus"_s, tr("The vCPU count, within the package's ovf:bound range;\nN for every system or SYS=N "
                               "(repeatable)."), u"[SYS=]N"_s)
        , m_locale(u"locale"_s, tr("The operator's locale (BCP 47, e.g. de-AT): license texts\nare accepted as translated for it (fallback de-AT → de →\ndefault text) and it is the environment's PlatformSection\nLocale; default: the host's."), u"L"_s)
        , m_memory(u"memory"_s, tr("The memory in MiB, within the package's ovf:bound\nrange; MIB for every system or "
                                   "SYS=MIB (repeatable)."), u"[SYS=]MIB"_s)
        , m_cleanup(u"cleanup"_s, tr("Instead of deploying (no PKG): remove what deployments\n"
                                     "that were killed part-way created, from their journals\n"
                                     "(with --connect, only those to that URI; with --dry-run,\n"
                                     "only list it)."))
    {
    }

    QString name() const override { return u"deploy"_s; }
    QString summary() const override { return tr("Deploy a package to libvirt or to a folder"); }

    QList<QCommandLineOption> options() const
    {
        return {m_target, m_connect, m_out, m_option, m_prop, m_net, m_name, m_storage, m_format,
                m_acceptEulas, m_answers, m_saveAnswers, m_powerOn, m_domainType, m_firmware, m_cpus, m_memory,
                m_locale, m_allowUnchecked, m_dryRun, m_cleanup};
    }

    QString help() const override
    {
        return formatHelp(
            tr("deploy PKG --target libvirt [--connect URI] | --target folder --out DIR [OPTIONS]\n"
               "       ovfctl deploy --cleanup [--connect URI] [--dry-run]"),
            tr("Deploy the virtual systems of an OVF package (OVA, ZIP, OVF folder or a lone\n"
               "descriptor for --dry-run). Every choice the package asks for must be made:\n"
               "property values (checked against their types and qualifiers), a target\n"
               "network for every OVF network, acceptance of the license agreements. All\n"
               "invalid values and unmapped networks are reported at once. The package is\n"
               "verified before anything is created; a failure or Ctrl-C removes what was\n"
               "created.\n\n"
               "On a fresh libvirt host: without --storage the pool 'default' is used, and\n"
               "created as virt-install does when it is missing; an OVF network without\n"
               "--net goes to the host's only network, or to user-mode networking when it\n"
               "has none. --net OVFNET=none leaves its adapters not connected, OVFNET=user\n"
               "uses user-mode networking. VM names come from each system's Name.\n\n"
               "A deployment records what it creates in a journal before each step; when it\n"
               "is killed part-way (kill -9, a crash, a power cut) --cleanup removes exactly\n"
               "that: its volumes, files, folders, pool and domains (a domain only while it\n"
               "has the UUID the deployment gave it), nothing else."),
            options(),
            tr("Exit status:\n"
               "  0  deployed (or, with --dry-run, the plan is complete)\n"
               "  1  the plan has problems, or the deployment failed (nothing is left behind)\n"
               "  2  usage error, or PKG or an answer file cannot be read\n"
               "With --cleanup: 0 when nothing of an interrupted deployment is left, 1 when\n"
               "something could not be removed (its journal is kept for the next --cleanup)."));
    }

    int run(const QStringList &args) override
    {
        if (args.contains(u"--cleanup"_s) || args.contains(u"-cleanup"_s)) {
            QCommandLineParser parser;
            const ParsedArguments parsed = parseArguments(parser, *this, {m_cleanup, m_connect, m_dryRun}, args, 0, u"PKG"_s);
            if (parsed.exitCode)
                return *parsed.exitCode;
            return runDeployCleanup(parser.value(m_connect), parser.isSet(m_dryRun));
        }
        QCommandLineParser parser;
        const ParsedArguments parsed = parseArguments(parser, *this, options(), args, 1, u"PKG"_s);
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString path = parsed.positional.constFirst();

        Plan plan;
        if (parser.isSet(m_answers)) {
            const auto answers = AnswerFile::read(parser.value(m_answers));
            if (!answers) {
                printError(sanitize(answers.error()));
                return ExitUsage;
            }
            for (const QString &w : answers->warnings)
                printError(tr("warning: %1").arg(sanitize(w)));
            plan = answers->plan;
        }
        plan.package = path;
        if (const auto usage = applyOptions(parser, plan))
            return usageError(u"deploy: "_s + *usage, name());

        auto input = loadDescriptorInput(path, false);
        if (!input)
            return input.error();
        const ovf::Envelope envelope = input->descriptor->envelope();
        if (input->descriptor->kind() != ovf::Descriptor::Kind::Envelope) {
            printError(tr("%1: an OVF environment document cannot be deployed").arg(sanitize(path)));
            return ExitFailed;
        }
        if (parser.isSet(m_acceptEulas)) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString locale = envelope.defaultLanguage();
            QList<PackageEula> eulas = packageEulas(envelope);
            if (!plan.locale.isEmpty()) {
                // The texts the operator's locale resolves to (external bundles included).
                ovf::l10n::BundleStore store(input->resolveBundle);
                const auto catalogue = ovf::l10n::Catalogue::build(envelope, &store);
                // As the deploy wizard picks it: de-AT -> de, else a locale of the same language.
                if (const QString found = ovf::LanguageTag::bestMatch({plan.locale}, catalogue.locales(),
                                                                      catalogue.defaultLanguage());
                    !found.isEmpty())
                    locale = found;
                for (PackageEula &eula : eulas) {
                    const ovf::LocalizedText license = eula.section.license();
                    if (!eula.texts.contains(locale) && !license.msgid.isEmpty())
                        eula.texts.insert(locale, catalogue.resolve(license.msgid, locale).trimmed());
                }
            }
            for (const PackageEula &eula : std::as_const(eulas)) {
                const bool done = std::any_of(plan.eulaAcceptances.cbegin(), plan.eulaAcceptances.cend(),
                                              [&eula](const EulaAcceptance &a) { return acceptanceMatches(a, eula); });
                if (!done)
                    plan.eulaAcceptances.append(acceptEula(eula, locale, now));
            }
        }

        // A libvirt target is asked what it has: the defaults (pool, networks, names) depend
        // on it, and the dry run shows them.
        std::optional<TargetFacts> facts;
        if (plan.backend == BackendKind::Libvirt) {
            auto gathered = TargetFacts::gather(plan.libvirtUri);
            if (gathered) {
                facts = std::move(*gathered);
            } else if (parser.isSet(m_dryRun)) {
                printError(tr("warning: %1; the plan is shown without the target's defaults")
                               .arg(sanitize(gathered.error().toString())));
            } else {
                printError(sanitize(gathered.error().toString()));
                return ExitFailed;
            }
        }
        // "--cpus N" / "--memory MIB" without a system apply to every system. (The check is
        // held in a variable: a range-for over a member of a temporary would dangle.)
        const PlanCheck systemsCheck = checkPlan(envelope, plan);
        for (const EffectiveSystem &s : systemsCheck.effective.systems()) {
            if (m_everyCpus)
                plan.cpus.insert(s.id, *m_everyCpus);
            if (m_everyMemory)
                plan.memoryMiB.insert(s.id, *m_everyMemory);
        }
        const PlanCheck check = checkPlan(envelope, plan, facts ? &*facts : nullptr);
        if (parser.isSet(m_saveAnswers)) {
            const auto saved = AnswerFile::write(parser.value(m_saveAnswers), plan);
            if (!saved) {
                printError(sanitize(saved.error()));
                return ExitUsage;
            }
        }
        if (!check.ok()) {
            for (const PlanProblem &p : check.problems)
                printError(u"%1 %2"_s.arg(u'[' + planProblemKindName(p.kind) + u']', sanitize(p.toString())));
            if (std::any_of(check.problems.cbegin(), check.problems.cend(),
                            [](const PlanProblem &p) { return p.kind == PlanProblem::Kind::Eula; }))
                err(tr("Read the license agreements ('ovfctl info %1') and pass --accept-eulas to accept them.\n")
                        .arg(shellQuote(path)));
            err(tr("%1 in the deployment plan; nothing was deployed.\n")
                    .arg(countNoun(check.problems.size(), tr("problem"), tr("problems"))));
            return ExitFailed;
        }
        if (parser.isSet(m_dryRun)) {
            printDryRun(plan, check);
            return ExitClean;
        }
        return runDeployment(plan, path);
    }

private:
    // Applies the options to `plan`; the usage error, if any.
    std::optional<QString> applyOptions(const QCommandLineParser &parser, Plan &plan)
    {
        if (parser.isSet(m_locale)) {
            const QString locale = parser.value(m_locale);
            if (const auto ok = ovf::LanguageTag::check(locale); !ok)
                return tr("--locale: %1").arg(sanitize(ok.error()));
            plan.locale = locale;
        }
        if (parser.isSet(m_target)) {
            const auto kind = parseBackendKind(parser.value(m_target));
            if (!kind)
                return tr("--target must be 'libvirt' or 'folder', not '%1'").arg(sanitize(parser.value(m_target)));
            plan.backend = *kind;
        }
        if (parser.isSet(m_connect)) {
            if (plan.backend != BackendKind::Libvirt)
                return tr("--connect needs --target libvirt");
            plan.libvirtUri = parser.value(m_connect);
        }
        if (parser.isSet(m_out)) {
            if (plan.backend != BackendKind::Folder)
                return tr("--out needs --target folder");
            plan.outputPath = QDir::cleanPath(QFileInfo(parser.value(m_out)).absoluteFilePath());
        }
        if (parser.isSet(m_domainType)) {
            const QString type = parser.value(m_domainType);
            if (type != u"kvm" && type != u"qemu")
                return tr("--domain-type must be 'kvm' or 'qemu', not '%1'").arg(sanitize(type));
            plan.domainType = type;
        }
        if (parser.isSet(m_option))
            plan.deploymentOption = parser.value(m_option);
        const auto pairs = [](const QStringList &values, const QString &option,
                              QMap<QString, QString> &into) -> std::optional<QString> {
            for (const QString &v : values) {
                const qsizetype eq = v.indexOf(u'=');
                if (eq <= 0)
                    return tr("--%1 wants %2, got '%3'").arg(option, option == u"prop" ? u"KEY=VALUE"_s : option == u"net" ? u"OVFNET=TARGET"_s : u"SYS=NAME"_s, sanitize(v));
                into.insert(v.left(eq), v.mid(eq + 1));
            }
            return std::nullopt;
        };
        if (auto e = pairs(parser.values(m_prop), u"prop"_s, plan.properties))
            return e;
        if (auto e = pairs(parser.values(m_net), u"net"_s, plan.networks))
            return e;
        if (auto e = pairs(parser.values(m_name), u"name"_s, plan.names))
            return e;
        if (parser.isSet(m_storage))
            plan.storage = parser.value(m_storage);
        if (parser.isSet(m_format)) {
            const auto format = parseDiskFormat(parser.value(m_format));
            if (!format)
                return tr("--format must be 'qcow2' or 'raw', not '%1'").arg(sanitize(parser.value(m_format)));
            plan.diskFormat = *format;
        }
        if (parser.isSet(m_powerOn))
            plan.powerOn = true;
        if (parser.isSet(m_allowUnchecked))
            plan.allowUnchecked = true;
        if (parser.isSet(m_firmware)) {
            const auto firmware = parseFirmwareChoice(parser.value(m_firmware));
            if (!firmware)
                return tr("--firmware must be 'bios', 'efi' or 'auto', not '%1'").arg(sanitize(parser.value(m_firmware)));
            plan.firmware = *firmware;
        }
        // [SYS=]N: a whole number, for one system or (without SYS=) every system.
        const auto counts = [](const QStringList &values, const QString &option, quint64 max,
                               QMap<QString, quint64> &into, std::optional<quint64> &every) -> std::optional<QString> {
            for (const QString &v : values) {
                const qsizetype eq = v.lastIndexOf(u'=');
                bool ok = false;
                const quint64 n = v.mid(eq + 1).toULongLong(&ok);
                if (!ok || n == 0 || n > max || eq == 0)
                    return tr("--%1 wants a whole number from 1 to %2, or SYS=N; got '%3'").arg(option).arg(max).arg(sanitize(v));
                if (eq < 0)
                    every = n;
                else
                    into.insert(v.left(eq), n);
            }
            return std::nullopt;
        };
        QMap<QString, quint64> cpus;
        std::optional<quint64> everyCpus;
        if (auto e = counts(parser.values(m_cpus), u"cpus"_s, 256, cpus, everyCpus))
            return e;
        for (auto it = cpus.cbegin(); it != cpus.cend(); ++it)
            plan.cpus.insert(it.key(), int(it.value()));
        if (everyCpus)
            m_everyCpus = int(*everyCpus);
        std::optional<quint64> everyMemory;
        if (auto e = counts(parser.values(m_memory), u"memory"_s, quint64(1) << 32, plan.memoryMiB, everyMemory))
            return e;
        m_everyMemory = everyMemory;
        return std::nullopt;
    }

    void printDryRun(const Plan &plan, const PlanCheck &check) const
    {
        out(renderPlan(plan, check));
        const PlanCheck masked = maskedPasswords(check);
        // The dry run creates no backend: the platform a local KVM host would report.
        const QString type = !plan.domainType.isEmpty() ? plan.domainType
            : QFileInfo::exists(u"/dev/kvm"_s)         ? u"kvm"_s
                                                       : u"qemu"_s;
        PlatformInfo platform = EnvironmentDocument::hostPlatform(type);
        if (!plan.locale.isEmpty())
            platform.locale = plan.locale;
        // Before anything is created: what each machine gets in place of what the package
        // describes, and what it loses (the deploy reports the same notes afterwards).
        QString mapped;
        for (const EffectiveSystem &s : check.effective.systems()) {
            const DomainSpec spec = DeployerDomain::build(check, s, {});
            if (spec.notes.isEmpty())
                continue;
            mapped += u"  "_s + check.vmNames.value(s.id) + u":\n"_s;
            for (const QString &note : spec.notes)
                mapped += u"    - "_s + sanitize(note) + u'\n';
        }
        out(u"\n"_s + tr("==> What will be mapped or dropped on this target") + u'\n'
            + (mapped.isEmpty() ? tr("  nothing: every device of the package has its counterpart\n") : mapped));
        for (const EffectiveSystem &s : check.effective.systems()) {
            const QString vm = check.vmNames.value(s.id);
            out(u"\n"_s + tr("==> ovf-env.xml of %1 (OVF id \"%2\"), passwords masked").arg(vm, sanitize(s.id)) + u'\n');
            out(QString::fromUtf8(EnvironmentDocument::build(masked, s.id, platform)));
            DomainInputs inputs;
            if (!plan.domainType.isEmpty())
                inputs.type = plan.domainType;
            for (const EffectiveDisk &d : s.disks) {
                if (d.diskId.isEmpty())
                    continue;
                const QString base = DeployerDomain::diskName(vm, d.diskId);
                DiskSource source;
                source.format = plan.diskFormat;
                if (plan.backend == BackendKind::Libvirt && !check.storage.startsWith(u'/')) {
                    source.pool = check.storage;
                    source.volume = base + u'.' + diskFormatName(plan.diskFormat);
                } else {
                    source.file = QDir(check.storage).filePath(base + u'.' + diskFormatName(plan.diskFormat));
                }
                inputs.disks.insert(d.diskId, source);
            }
            if (s.wantsIsoTransport())
                inputs.environmentIso = QDir(plan.backend == BackendKind::Folder ? plan.outputPath : check.storage)
                                            .filePath(vm + u"-env.iso"_s);
            const DomainSpec spec = DeployerDomain::build(check, s, inputs);
            out(u"\n"_s + tr("==> domain XML of %1 (disk paths as planned)").arg(vm) + u'\n');
            out(QString::fromUtf8(DomainXml::write(spec)));
            for (const QString &note : spec.notes)
                out(tr("<!-- note: %1 -->").arg(sanitize(note)) + u'\n');
        }
    }

    QCommandLineOption m_target;
    QCommandLineOption m_connect;
    QCommandLineOption m_out;
    QCommandLineOption m_option;
    QCommandLineOption m_prop;
    QCommandLineOption m_net;
    QCommandLineOption m_name;
    QCommandLineOption m_storage;
    QCommandLineOption m_format;
    QCommandLineOption m_acceptEulas;
    QCommandLineOption m_answers;
    QCommandLineOption m_saveAnswers;
    QCommandLineOption m_powerOn;
    QCommandLineOption m_domainType;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_allowUnchecked;
    QCommandLineOption m_firmware;
    QCommandLineOption m_cpus;
    QCommandLineOption m_locale;
    QCommandLineOption m_memory;
    QCommandLineOption m_cleanup;
    std::optional<int> m_everyCpus; // --cpus N without SYS=
    std::optional<quint64> m_everyMemory;
};

} // namespace

std::unique_ptr<Command> makeDeployCommand()
{
    return std::make_unique<DeployCommand>();
}

} // namespace ovfctl
