// Shared parts of `ovfctl pack` and `ovfctl sign`: signing options and writing a package.

#include "app/cli/packcommands.h"

#include "app/cli/output.h"
#include "app/cli/progress.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"
#include "model/package/signer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ovfctl {

SigningOptions::SigningOptions()
    : m_key(u"sign"_s, tr("Sign the manifest with this PEM private key."), tr("KEY"))
    , m_cert(u"cert"_s, tr("The PEM certificate (and chain) of the --sign key."), tr("CERT"))
    , m_pkcs12(u"pkcs12"_s, tr("Sign with the key and certificate of this PKCS#12 file."), tr("FILE"))
    , m_passphrase(u"passphrase-file"_s, tr("Read the key's passphrase from the first line of F."), tr("F"))
{
}

bool SigningOptions::requested(const QCommandLineParser &parser) const
{
    return parser.isSet(m_key) || parser.isSet(m_cert) || parser.isSet(m_pkcs12);
}

std::expected<std::optional<ovf::package::Signer>, QString>
SigningOptions::load(const QCommandLineParser &parser, bool *usage) const
{
    *usage = true;
    const bool pem = parser.isSet(m_key) || parser.isSet(m_cert);
    if (pem && parser.isSet(m_pkcs12))
        return std::unexpected(tr("--pkcs12 cannot be combined with --sign/--cert"));
    if (pem && !(parser.isSet(m_key) && parser.isSet(m_cert)))
        return std::unexpected(tr("--sign and --cert go together"));
    if (!pem && !parser.isSet(m_pkcs12)) {
        if (parser.isSet(m_passphrase))
            return std::unexpected(tr("--passphrase-file needs --sign or --pkcs12"));
        return std::optional<ovf::package::Signer>();
    }
    *usage = false;
    QByteArray passphrase;
    if (parser.isSet(m_passphrase)) {
        QFile file(parser.value(m_passphrase));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(tr("%1: %2").arg(file.fileName(), file.errorString()));
        passphrase = file.readLine(4096);
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
    }
    auto signer = pem ? ovf::package::Signer::fromPem(parser.value(m_key), parser.value(m_cert), passphrase)
                      : ovf::package::Signer::fromPkcs12(parser.value(m_pkcs12), passphrase);
    if (!signer)
        return std::unexpected(signer.error());
    return std::optional<ovf::package::Signer>(std::move(*signer));
}

std::optional<ovf::package::PackageWriterOptions::Format> parsePackageFormat(const QString &text)
{
    using Format = ovf::package::PackageWriterOptions::Format;
    const QString f = text.toLower();
    if (f == u"ova")
        return Format::Ova;
    if (f == u"ovf" || f == u"folder")
        return Format::Folder;
    if (f == u"zip")
        return Format::Zip;
    return std::nullopt;
}

std::expected<std::optional<ovf::package::DigestAlgorithm>, QString> parseManifestOption(const QString &text)
{
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return std::optional<ovf::package::DigestAlgorithm>();
    if (auto alg = ovf::package::parseDigestAlgorithm(text))
        return std::optional<ovf::package::DigestAlgorithm>(*alg);
    return std::unexpected(QCoreApplication::translate("ovfctl", "unknown manifest digest '%1' (sha256, sha512, sha1 or none)")
                               .arg(sanitize(text)));
}

std::optional<ovf::package::PackageWriterResult> writePackage(ovf::package::PackInput &input,
                                                              const ovf::package::PackageWriterOptions &options,
                                                              const QString &destination, const QString &label)
{
    const std::atomic<bool> *interrupted = interruptFlag();
    input.setCancelFlag(interrupted);
    ovf::package::PackageWriter writer(input, options);
    writer.setCancelFlag(interrupted);
    ProgressBar progress(label);
    writer.setProgress([&progress](qint64 done, qint64 total) { progress.update(done, total); });
    auto result = writer.write(destination);
    progress.finish();
    if (!result) {
        printError(sanitize(result.error().toString()));
        return std::nullopt;
    }
    for (const QString &w : result->warnings)
        err(u"ovfctl: warning: "_s + sanitize(w) + u'\n');
    return std::move(*result);
}

} // namespace ovfctl
