// ovfctl info FILE: a readable summary of a descriptor, or with --json one JSON object.

#include "app/cli/command.h"
#include "app/cli/infocollect.h"
#include "app/cli/inforender.h"
#include "app/cli/output.h"
#include "app/cli/verifyinput.h"

#include "model/ovf/descriptor.h"
#include "model/package/memberlocation.h"
#include "model/validation/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    InfoCommand() : m_json(u"json"_s, tr("Print one JSON object on stdout instead of the text summary.")) { }

    QString name() const override { return u"info"_s; }
    QString summary() const override { return tr("Show a summary of an OVF descriptor or environment document"); }

    QString help() const override
    {
        return formatHelp(
            tr("info [--json] FILE"),
            tr("Show what an OVF descriptor holds: its OVF version and conformance level, file\n"
               "references, disks, networks, deployment options, the virtual systems as a tree\n"
               "with their operating system, hardware, products and properties, EULAs, and the\n"
               "locales of its Strings bundles. For an OVF environment document (ovf-env.xml),\n"
               "show its platform and properties. Password property values are never shown.\n"
               "FILE may also be a package (OVA, ZIP or OVF folder): its descriptor and bundles\n"
               "are read from inside it, under its safety policy ('ovfctl verify' checks its\n"
               "integrity); for an OVA, ZIP or gzip tar the archive's members are listed with\n"
               "their size and, in a plain tar, the offset of their data in the file, so that a\n"
               "disk can be read in place by other tools. One FILE per call."),
            {m_json},
            tr("Exit status:\n"
               "  0  the summary was printed; the descriptor has no errors\n"
               "  1  FILE is not a usable descriptor, or it has errors (see 'ovfctl validate');\n"
               "     the summary is still printed when FILE could be parsed\n"
               "  2  usage error, or FILE cannot be read"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed = parseArguments(parser, *this, {m_json}, args, 1, u"FILE"_s);
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString path = parsed.positional.constFirst();
        const bool json = parser.isSet(m_json);
        auto descriptor = loadDescriptorInput(path, json);
        if (!descriptor)
            return descriptor.error();
        const ovf::Descriptor &d = *descriptor->descriptor;

        QJsonObject info;
        bool hasErrors = false;
        if (d.kind() == ovf::Descriptor::Kind::Environment) {
            info = describeEnvironment(d);
        } else {
            ovf::validation::Options options;
            options.resolveBundle = descriptor->resolveBundle;
            const ovf::validation::Report report = ovf::validation::validate(d, options);
            hasErrors = report.hasErrors();
            info = describeEnvelope(d, report);
        }
        // Members of an archive with where their data lies, so other tools can read a disk in
        // place (plain tar); null for descriptors and folders.
        info.insert(u"archiveMembers"_s, QJsonValue::Null);
        if (descriptor->fromPackage && QFileInfo(path).isFile()) {
            auto members = ovf::package::listArchiveMembers(path);
            if (!members) {
                err(members.error().toString() + u'\n');
                return ExitFailed;
            }
            QJsonArray list;
            for (const ovf::package::ArchiveMember &m : std::as_const(*members)) {
                list.append(QJsonObject{{u"name"_s, m.name},
                                        {u"size"_s, double(m.size)},
                                        {u"dataOffset"_s, m.dataOffset ? QJsonValue(double(*m.dataOffset)) : QJsonValue()}});
            }
            info.insert(u"archiveMembers"_s, list);
        }
        if (json)
            printJson(info);
        else
            out(renderInfo(info, colorEnabled(Stream::Out)));
        return hasErrors ? ExitFailed : ExitClean;
    }

private:
    QCommandLineOption m_json;
};

} // namespace

std::unique_ptr<Command> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace ovfctl
