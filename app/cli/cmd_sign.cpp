// ovfctl sign PKG: adds or replaces the certificate of a package whose manifest matches.

#include "app/cli/output.h"
#include "app/cli/packcommands.h"

#include "model/package/manifest.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"
#include "model/package/signer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

using ovf::package::ArchiveReader;
using ovf::package::PackageWriter;
using ovf::package::PackageWriterOptions;

class SignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    SignCommand()
        : m_digest(u"manifest-digest"_s, tr("The signature's digest: sha256 (default) or sha512."), tr("ALG"))
        , m_output(QStringList{u"o"_s, u"output"_s}, tr("Write the signed package to OUT instead of\nreplacing PKG."), tr("OUT"))
    {
    }

    QString name() const override { return u"sign"_s; }
    QString summary() const override { return tr("Add or replace the certificate of a package"); }

    QString help() const override
    {
        QList<QCommandLineOption> all = m_signing.options();
        all += {m_digest, m_output};
        return formatHelp(
            tr("sign PKG (--sign KEY --cert CERT | --pkcs12 FILE) [--manifest-digest ALG] [-o OUT]"),
            tr("Sign the manifest of the package PKG (an OVA, ZIP or OVF folder) and write the\n"
               "certificate file beside it (DSP0243 §5.2). Every file is hashed first: a package\n"
               "whose manifest does not match its files, or does not list exactly the descriptor\n"
               "and the referenced files, is refused. Every File gets its ovf:size, as 'pack'\n"
               "gives it; the manifest is kept byte for byte unless that changed the descriptor\n"
               "(then only the descriptor's digest changes). An OVA or ZIP is rewritten (the\n"
               "certificate right after the manifest) and replaces PKG only once complete."),
            all,
            tr("Exit status:\n"
               "  0  the package was signed\n"
               "  1  PKG has no manifest, or it does not match, or signing failed\n"
               "  2  usage error, or PKG cannot be read"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        QList<QCommandLineOption> all = m_signing.options();
        all += {m_digest, m_output};
        const ParsedArguments parsed = parseArguments(parser, *this, all, args, 1, tr("PKG"));
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString package = parsed.positional.at(0);
        const QString destination = parser.isSet(m_output) ? parser.value(m_output) : package;

        PackageWriterOptions options;
        if (parser.isSet(m_digest)) {
            const auto alg = ovf::package::parseDigestAlgorithm(parser.value(m_digest));
            if (!alg || !ovf::package::isStrongDigest(*alg))
                return usageError(tr("sign: --manifest-digest is sha256 or sha512"), name());
            options.signatureAlgorithm = *alg;
        }
        if (!m_signing.requested(parser))
            return usageError(tr("sign: give --sign KEY --cert CERT, or --pkcs12 FILE"), name());
        bool usage = false;
        auto signer = m_signing.load(parser, &usage);
        if (!signer)
            return usage ? usageError(u"sign: "_s + signer.error(), name()) : (printError(signer.error()), int(ExitUsage));
        options.signer = &**signer;

        auto input = ovf::package::PackInput::open(package);
        if (!input) {
            printError(input.error());
            return QFileInfo::exists(package) ? ExitFailed : ExitUsage;
        }
        if (!input->manifest()) {
            printError(tr("%1: the package has no manifest %2 to sign; 'ovfctl pack' writes one")
                           .arg(package, input->manifestName()));
            return ExitFailed;
        }
        auto manifest = ovf::package::Manifest::parse(*input->manifest(), input->manifestName());
        if (!manifest) {
            printError(manifest.error().toString());
            return ExitFailed;
        }
        if (manifest->hasErrors()) {
            printError(manifest->problems().constFirst().toString());
            return ExitFailed;
        }
        const auto algorithm = manifest->entries().constFirst().algorithm;
        for (const auto &entry : manifest->entries()) {
            if (entry.algorithm != algorithm) {
                printError(tr("%1: mixes digest algorithms; repack it with 'ovfctl pack'").arg(input->manifestName()));
                return ExitFailed;
            }
        }
        options.manifest = algorithm;
        options.existingManifest = *input->manifest();
        const auto format = input->archiveFormat();
        options.format = !format || *format == ArchiveReader::Format::Folder ? PackageWriterOptions::Format::Folder
            : *format == ArchiveReader::Format::Zip                          ? PackageWriterOptions::Format::Zip
                                                                             : PackageWriterOptions::Format::Ova;
        if (options.format == PackageWriterOptions::Format::Folder && !QFileInfo(package).isDir()) {
            printError(tr("%1: sign the package's folder, not its descriptor").arg(package));
            return ExitUsage;
        }

        const auto result = writePackage(*input, options, destination, tr("signing"));
        if (!result)
            return ExitFailed;
        out(tr("%1: signed by %2\n").arg(destination, sanitize(options.signer->certificate().subject)));
        return ExitClean;
    }

private:
    SigningOptions m_signing;
    QCommandLineOption m_digest;
    QCommandLineOption m_output;
};

} // namespace

std::unique_ptr<Command> makeSignCommand()
{
    return std::make_unique<SignCommand>();
}

} // namespace ovfctl
