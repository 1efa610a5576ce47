// ovfctl export-vm DOMAIN... -o OUT: libvirt domains (local or remote) into an OVF package.

#include "app/cli/output.h"
#include "app/cli/packcommands.h"
#include "app/cli/progress.h"

#include "model/deploy/libvirtconnection.h"
#include "model/package/signer.h"
#include "model/vmexport/exportplan.h"
#include "model/vmexport/machineexporter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::package::PackageWriter;
using ovf::package::PackageWriterOptions;

class ExportVmCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    ExportVmCommand()
        : m_connect(u"connect"_s, tr("libvirt connection URI (default qemu:///system); remote\nhosts too: qemu+ssh://, qemu+tcp://, qemu+tls://."), tr("URI"))
        , m_out(QStringList{u"o"_s, u"out"_s}, tr("The package to write (.ova, .zip, else an OVF folder)."), tr("OUT"))
        , m_format(u"format"_s, tr("ova, ovf (a folder) or zip; by default from OUT's\nextension (.ova, .zip, else a folder)."), tr("FMT"))
        , m_manifest(u"manifest"_s, tr("The manifest digest: sha256 (default), sha512, sha1\nor none."), tr("ALG"))
        , m_product(u"product"_s, tr("ProductSection: the product name."), tr("TEXT"))
        , m_vendor(u"vendor"_s, tr("ProductSection: the vendor."), tr("TEXT"))
        , m_version(u"version"_s, tr("ProductSection: the version."), tr("TEXT"))
        , m_includeMac(u"include-mac"_s, tr("Keep the NICs' MAC addresses (rasd:Address); by default\nleft out, so that copies do not share them."))
    {
    }

    QString name() const override { return u"export-vm"_s; }
    QString summary() const override { return tr("Export shut-off libvirt machines into an OVA, OVF folder or ZIP"); }

    QString help() const override
    {
        return formatHelp(
            tr("export-vm DOMAIN... -o OUT [--connect URI] [--format ova|ovf|zip]\n"
               "       [--manifest sha256|sha512|sha1|none]\n"
               "       [--sign KEY --cert CERT [--passphrase-file F] | --pkcs12 FILE]\n"
               "       [--product TEXT] [--vendor TEXT] [--version TEXT] [--include-mac]"),
            tr("Turn libvirt domains into an OVF package. Each domain becomes a VirtualSystem:\n"
               "vCPUs and topology, memory, firmware (BIOS/UEFI; UEFI variables are not\n"
               "carried), machine type, disk controllers, disks, CD-ROMs (as empty drives),\n"
               "network adapters (their networks or bridges become OVF networks), serial\n"
               "ports; title and description become Name and Annotation. Several domains\n"
               "become a VirtualSystemCollection that starts them in the order given.\n"
               "Devices OVF cannot describe (graphics, channels, host devices, ...) are\n"
               "listed as dropped. The domains must be shut off.\n"
               "Disks are read through libvirt's view of them: on this machine the file or\n"
               "device in place (qcow2 backing chains flattened), on a remote host or in a\n"
               "pool without local files as a volume download (raw volumes). Each becomes a\n"
               "streamOptimized VMDK written straight into the package and hashed as it is\n"
               "written: no copy is staged. OUT appears complete or not at all; Ctrl-C\n"
               "leaves nothing behind, here or on the host."),
            allOptions(),
            tr("Exit status:\n"
               "  0  the package was written\n"
               "  1  the export failed (a running domain, a disk that cannot be read, ...)\n"
               "  2  usage error, or the connection failed"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed = parseArguments(parser, *this, allOptions(), args, -1, tr("DOMAIN"));
        if (parsed.exitCode)
            return *parsed.exitCode;
        if (parsed.positional.isEmpty())
            return usageError(tr("export-vm: name at least one DOMAIN"), name());
        if (!parser.isSet(m_out))
            return usageError(tr("export-vm: -o OUT is required"), name());
        const QString destination = parser.value(m_out);

        PackageWriterOptions options;
        options.format = PackageWriter::formatForPath(destination);
        if (parser.isSet(m_format)) {
            const auto format = parsePackageFormat(parser.value(m_format));
            if (!format)
                return usageError(tr("export-vm: unknown format '%1' (ova, ovf or zip)").arg(sanitize(parser.value(m_format))), name());
            options.format = *format;
        }
        if (parser.isSet(m_manifest)) {
            const auto manifest = parseManifestOption(parser.value(m_manifest));
            if (!manifest)
                return usageError(u"export-vm: "_s + manifest.error(), name());
            options.manifest = *manifest;
        }
        bool usage = false;
        auto signer = m_signing.load(parser, &usage);
        if (!signer)
            return usage ? usageError(u"export-vm: "_s + signer.error(), name()) : (printError(signer.error()), int(ExitUsage));
        if (*signer && !options.manifest)
            return usageError(tr("export-vm: a signature needs a manifest (not --manifest none)"), name());
        if (*signer)
            options.signer = &**signer;

        ovf::vmexport::ExportPlanner::Request request;
        request.domains = parsed.positional;
        request.options.includeMac = parser.isSet(m_includeMac);
        request.options.product = parser.value(m_product);
        request.options.vendor = parser.value(m_vendor);
        request.options.version = parser.value(m_version);
        request.baseName = QFileInfo(destination).completeBaseName();

        const QString uri = parser.isSet(m_connect) ? parser.value(m_connect) : u"qemu:///system"_s;
        auto connection = ovf::deploy::LibvirtConnection::open(uri);
        if (!connection) {
            printError(sanitize(connection.error().toString()));
            return ExitUsage;
        }
        auto plan = ovf::vmexport::ExportPlanner::plan(**connection, request);
        if (!plan) {
            printError(sanitize(plan.error()));
            return ExitFailed;
        }
        for (const QString &dropped : std::as_const(plan->dropped))
            err(tr("ovfctl: dropped (no OVF equivalent): %1\n").arg(sanitize(dropped)));
        for (const QString &note : std::as_const(plan->notes))
            err(tr("ovfctl: note: %1\n").arg(sanitize(note)));

        ovf::vmexport::MachineExporter exporter(**connection, *plan, options);
        exporter.setCancelFlag(interruptFlag());
        ProgressBar progress(tr("exporting"));
        exporter.setProgress([&progress](qint64 done, qint64 total) { progress.update(done, total); });
        auto result = exporter.write(destination);
        progress.finish();
        if (!result) {
            printError(sanitize(result.error().toString()));
            return ExitFailed;
        }
        for (const QString &w : std::as_const(result->warnings))
            err(u"ovfctl: warning: "_s + sanitize(w) + u'\n');
        out(tr("%1: %2 written as %3 members%4%5\n")
                .arg(destination, parsed.positional.join(u", "_s))
                .arg(result->members.size())
                .arg(options.manifest ? tr(", %1 manifest").arg(ovf::package::digestAlgorithmName(*options.manifest)) : QString(),
                     options.signer ? tr(", signed") : QString()));
        return ExitClean;
    }

private:
    QList<QCommandLineOption> allOptions() const
    {
        QList<QCommandLineOption> all{m_connect, m_out, m_format, m_manifest};
        all += m_signing.options();
        all += {m_product, m_vendor, m_version, m_includeMac};
        return all;
    }

    QCommandLineOption m_connect;
    QCommandLineOption m_out;
    QCommandLineOption m_format;
    QCommandLineOption m_manifest;
    QCommandLineOption m_product;
    QCommandLineOption m_vendor;
    QCommandLineOption m_version;
    QCommandLineOption m_includeMac;
    SigningOptions m_signing;
};

} // namespace

std::unique_ptr<Command> makeExportVmCommand()
{
    return std::make_unique<ExportVmCommand>();
}

} // namespace ovfctl
