// ovfctl pack SRC OUT: writes an OVA, OVF folder or ZIP from a descriptor with its files, a
// folder, an OVA or a ZIP, with a manifest, optionally signed, chunked and compressed.

#include "app/cli/output.h"
#include "app/cli/packcommands.h"
#include "app/cli/progress.h"

#include "model/ovf/job.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"
#include "model/package/signer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::package::PackageWriter;
using ovf::package::PackageWriterOptions;

class PackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    PackCommand()
        : m_format(u"format"_s, tr("ova, ovf (a folder) or zip; by default from OUT's\nextension (.ova, .zip, else a folder)."), tr("FMT"))
        , m_manifest(u"manifest"_s, tr("The manifest digest: sha256 (default), sha512, sha1\nor none."), tr("ALG"))
        , m_chunk(u"chunk-size"_s, tr("Split every file into members of N bytes\n(ovf:chunkSize); 0 joins chunked files of SRC."), tr("N"))
        , m_compress(u"compress"_s, tr("gzip every file (ovf:compression=\"gzip\"; ovf:size\nbecomes the compressed size)."))
        , m_noCompress(u"no-compress"_s, tr("Store every file uncompressed: inflate the gzip\nfiles of SRC."))
        , m_maxInflated(u"max-inflated"_s, tr("With --no-compress: the most bytes a gzip file no\nDisk references may inflate to (default 64 GiB);\na Disk's file is capped at its capacity."), tr("N"))
    {
    }

    QString name() const override { return u"pack"_s; }
    QString summary() const override { return tr("Write an OVA, OVF folder or ZIP with a manifest, optionally signed"); }

    QString help() const override
    {
        QList<QCommandLineOption> all{m_format, m_manifest};
        all += m_signing.options();
        all += {m_chunk, m_compress, m_noCompress, m_maxInflated};
        return formatHelp(
            tr("pack SRC OUT [--format ova|ovf|zip] [--manifest sha256|sha512|sha1|none]\n"
               "       [--sign KEY --cert CERT [--passphrase-file F] | --pkcs12 FILE]\n"
               "       [--chunk-size N] [--compress | --no-compress [--max-inflated N]]"),
            tr("Write the OVF package SRC (a .ovf with its files beside it, an OVF folder, an\n"
               "OVA or a ZIP) to OUT. An OVA is a USTAR archive in the order DSP0243 prescribes:\n"
               "descriptor, manifest, certificate, then the files in References order. The\n"
               "manifest lists the descriptor and every file, hashed while written. The same\n"
               "input gives byte-identical output. OUT appears complete or not at all: an\n"
               "existing OUT is only replaced once the new package is complete.\n"
               "Files that SRC stores chunked or gzip-compressed keep that form (their bytes\n"
               "carried through) unless --chunk-size, --compress or --no-compress says\n"
               "otherwise; the References are updated to match.\n"
               "Inflating is capped, so that a gzip bomb cannot fill the disk: a file a Disk\n"
               "references at the Disk's capacity plus 1/64 and 1 MiB for image metadata,\n"
               "any other at --max-inflated; the free space beside OUT is checked as it goes.\n"
               "A File that names a disk image still to be converted (ovfw:source and\n"
               "ovfw:sourceFormat, as 'ovfctl new --disk' writes them) becomes a streamOptimized\n"
               "VMDK member, converted while written (raw, qcow2, VMDK, VDI, VHD, VHDX; no\n"
               "backing or external data file); ovf:size, the Disk's ovf:format and\n"
               "ovf:populatedSize are set and the ovfw attributes dropped."),
            all,
            tr("Exit status:\n"
               "  0  the package was written\n"
               "  1  packing failed (a missing or changed file, a signing error, ...)\n"
               "  2  usage error, or SRC cannot be read\n"
               "  130  cancelled with Ctrl-C (nothing was written)"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        QList<QCommandLineOption> all{m_format, m_manifest, m_chunk, m_compress, m_noCompress, m_maxInflated};
        all += m_signing.options();
        const ParsedArguments parsed = parseArguments(parser, *this, all, args, 2, tr("SRC and OUT"));
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString source = parsed.positional.at(0);
        const QString destination = parsed.positional.at(1);

        PackageWriterOptions options;
        options.format = PackageWriter::formatForPath(destination);
        if (parser.isSet(m_format)) {
            const QString f = parser.value(m_format).toLower();
            if (f == u"ova")
                options.format = PackageWriterOptions::Format::Ova;
            else if (f == u"ovf" || f == u"folder")
                options.format = PackageWriterOptions::Format::Folder;
            else if (f == u"zip")
                options.format = PackageWriterOptions::Format::Zip;
            else
                return usageError(tr("pack: unknown format '%1' (ova, ovf or zip)").arg(sanitize(f)), name());
        }
        if (parser.isSet(m_manifest)) {
            const QString m = parser.value(m_manifest);
            if (m.compare(u"none"_s, Qt::CaseInsensitive) == 0)
                options.manifest.reset();
            else if (auto alg = ovf::package::parseDigestAlgorithm(m))
                options.manifest = *alg;
            else
                return usageError(tr("pack: unknown manifest digest '%1' (sha256, sha512, sha1 or none)").arg(sanitize(m)), name());
        }
        if (parser.isSet(m_chunk)) {
            bool ok = false;
            options.chunkSize = parser.value(m_chunk).toLongLong(&ok);
            if (!ok || options.chunkSize < 0)
                return usageError(tr("pack: --chunk-size takes a number of bytes (0: not chunked)"), name());
            options.joinChunks = options.chunkSize == 0;
        }
        options.compress = parser.isSet(m_compress);
        options.decompress = parser.isSet(m_noCompress);
        if (options.compress && options.decompress)
            return usageError(tr("pack: --compress and --no-compress exclude each other"), name());
        if (parser.isSet(m_maxInflated)) {
            bool ok = false;
            options.maxInflatedBytes = parser.value(m_maxInflated).toLongLong(&ok);
            if (!ok || options.maxInflatedBytes < 0)
                return usageError(tr("pack: --max-inflated takes a number of bytes"), name());
        }
        bool usage = false;
        auto signer = m_signing.load(parser, &usage);
        if (!signer)
            return usage ? usageError(u"pack: "_s + signer.error(), name()) : (printError(signer.error()), int(ExitUsage));
        if (*signer && !options.manifest)
            return usageError(tr("pack: a signature needs a manifest (not --manifest none)"), name());
        if (*signer)
            options.signer = &**signer;
        if (QFileInfo(source).absoluteFilePath() == QFileInfo(destination).absoluteFilePath())
            return usageError(tr("pack: OUT must differ from SRC (use 'ovfctl sign' to sign in place)"), name());

        auto input = ovf::package::PackInput::open(source);
        if (!input) {
            printError(input.error());
            return QFileInfo::exists(source) ? ExitFailed : ExitUsage;
        }
        const auto result = writePackage(*input, options, destination, tr("packing"));
        if (!result)
            return ovf::Job::isCancelled(interruptFlag()) ? ExitInterrupted : ExitFailed;
        for (const QString &c : result->conversions)
            out(tr("converted %1\n").arg(sanitize(c)));
        out(tr("%1: %2 members%3%4\n")
                .arg(destination)
                .arg(result->members.size())
                .arg(options.manifest ? tr(", %1 manifest").arg(ovf::package::digestAlgorithmName(*options.manifest)) : QString(),
                     options.signer ? tr(", signed") : QString()));
        return ExitClean;
    }

private:
    QCommandLineOption m_format;
    QCommandLineOption m_manifest;
    QCommandLineOption m_chunk;
    QCommandLineOption m_compress;
    QCommandLineOption m_noCompress;
    QCommandLineOption m_maxInflated;
    SigningOptions m_signing;
};

} // namespace

std::unique_ptr<Command> makePackCommand()
{
    return std::make_unique<PackCommand>();
}

} // namespace ovfctl
